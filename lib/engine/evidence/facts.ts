/**
 * Facts: what a reader of the team's own files (Dockerfiles, Compose files, Kubernetes
 * manifests) can state, each with the line that shows it. Readers turn parsed files into
 * facts; content rules (content/evidence/) turn facts into proposed answers. A fact is
 * stated only when the file decides it: where it does not (a base image's user, a script
 * we cannot see), the value is "undetermined" rather than a guess.
 *
 * The vocabulary is closed: every fact id and every value it may take is listed here, so
 * the content check can prove a rule names only facts a reader can produce.
 */

export const FACT_VALUES = {
  /** Which platform the files describe. */
  platform: ["kubernetes", "compose", "image-only"],
  /** The user the final image stage runs as (Dockerfile). */
  "image-user": ["root", "non-root", "undetermined"],
  /** The user a Compose service or Kubernetes container is told to run as, over the image's. */
  "runtime-user": ["root", "non-root"],
  /** An entrypoint that starts as root and steps down with gosu, su-exec, setpriv or chroot. */
  "user-step-down": ["present"],
  /** Privileged containers (Kubernetes `privileged: true`, Compose `privileged: true`). */
  privileged: ["yes"],
  /** What runs as PID 1, from ENTRYPOINT/CMD, a Compose `entrypoint:`/`command:` or `init: true`. */
  pid1: ["init", "app", "shell", "undetermined"],
  /** The form of the instruction that starts the process. */
  "start-form": ["exec", "shell"],
  /** What PID 1 is when a Compose service or Kubernetes container replaces the image's entrypoint or command. */
  "runtime-pid1": ["init", "app", "shell"],
  /** A Compose `entrypoint:` override with no init: it replaces the image's ENTRYPOINT, with any init it ran. */
  "entrypoint-override": ["without-init"],
  /** Kubernetes `shareProcessNamespace: true`: the pause container reaps zombies. */
  "shared-process-namespace": ["yes"],
  /** Several long-running processes in one container. */
  processes: ["several"],
  /** What starts them. */
  "process-manager": ["supervisor", "script"],
  /** A stop signal other than SIGTERM (STOPSIGNAL, Compose `stop_signal`). */
  "stop-signal": ["sigterm", "other"],
  /** Dockerfile HEALTHCHECK or Compose `healthcheck:` (or `disable: true` / `NONE`). */
  "health-check": ["present", "disabled"],
  /** Kubernetes probes on a container. */
  probes: ["liveness-and-readiness", "liveness-only", "readiness-only", "none"],
  /** Where state goes. */
  storage: ["persistent-volume-claim", "host-path", "bind-mount", "named-volume", "image-volume", "memory"],
  /** A StatefulSet (ordered identities, usually with volume claims). */
  "stateful-set": ["yes"],
  /** Log files linked to /dev/stdout or /dev/stderr. */
  "log-link": ["stdout"],
  /** Writing logs to files inside the container (a log directory made a VOLUME, a log path configured). */
  "log-files": ["yes"],
  /** OCI image labels that trace the image to its source. */
  "oci-source": ["present"],
  "oci-revision": ["present"],
  /** How a deployment (Compose `image:`, Kubernetes `image:`) refers to an image. */
  "deploy-image-ref": ["digest", "tag", "latest"],
  /** How a Dockerfile's FROM refers to its base image (final stage). */
  "base-image-ref": ["digest", "tag", "latest"],
  /** Where the final stage's base image comes from. */
  "base-image-source": ["official", "registry", "scratch"],
  /** A secret-looking setting given in plain configuration (ENV, ARG, `environment:`, `env.value`). */
  "plain-secret": ["image", "configuration"],
  /** Secrets handed over by the orchestrator (`secretKeyRef`, a Secret volume, Compose `secrets:`, `*_FILE`). */
  "orchestrator-secret": ["present"],
  /** Resource requests and limits on a container. */
  resources: ["requests-and-limits", "requests-only", "limits-only", "none"],
  /** securityContext controls. */
  "run-as-non-root": ["yes"],
  "read-only-root": ["yes"],
  "dropped-capabilities": ["all", "some"],
  "added-capabilities": ["yes"],
  seccomp: ["runtime-default", "localhost", "unconfined"],
  "mandatory-access-control": ["apparmor", "selinux"],
  /** A namespace with a Pod Security Standards enforce label. */
  "pod-security": ["restricted", "baseline", "privileged"],
  /** Replicas of a Deployment or StatefulSet, or Compose `deploy.replicas`. */
  replicas: ["one", "several"],
  /** Kubernetes workload kinds present. */
  workload: ["deployment", "stateful-set", "daemon-set", "job", "cron-job", "pod"],
  /** Scheduled work given to the platform (a CronJob). */
  "cron-job": ["yes"],
  /** Host access. */
  "host-network": ["yes"],
  "host-port": ["yes"],
  "host-path": ["yes"],
  /** NetworkPolicies and what they allow. */
  "network-policy": ["default-deny", "restricted", "open"],
  "egress-policy": ["restricted", "open"],
  /** How outside traffic comes in. */
  "ingress-route": ["ingress", "http-route", "load-balancer", "node-port", "published-port"],
  /** Disruption and scaling objects. */
  "disruption-budget": ["yes"],
  autoscaler: ["yes"],
  "zone-spread": ["yes"],
  /** terminationGracePeriodSeconds (Kubernetes) or `stop_grace_period` (Compose). */
  "grace-period": ["default", "longer", "shorter"],
  /** A preStop hook. */
  "pre-stop": ["yes"],
  /** Special hardware or operating systems. */
  gpu: ["yes"],
  windows: ["yes"],
  /** Protocols visible in probes and ports. */
  protocol: ["http", "grpc", "tcp", "udp"],
  /** Metrics scraped by the platform: a ServiceMonitor or PodMonitor, or prometheus.io/scrape on the pods. */
  "metrics-endpoint": ["service-monitor", "scrape-annotation"],
  /** Secrets fetched from a secret manager at runtime (an ExternalSecret, a SecretProviderClass). */
  "secret-manager": ["external-secrets", "secrets-store-csi"],
  /** Deployment by a GitOps controller (an Argo CD Application, a Flux Kustomization or HelmRelease). */
  gitops: ["argo-cd", "flux"],
  /** A ServiceAccount bound to a cloud identity (EKS, GKE or Azure workload identity annotations). */
  "workload-identity": ["yes"],
  /** A setting that reaches another service by its name (a Compose service, a Kubernetes Service), so DNS finds it. */
  "service-discovery": ["by-name"],
  /** Configuration handed in by the platform (ConfigMap, env_file, environment). */
  "injected-config": ["yes"],
} as const satisfies Record<string, readonly string[]>;

export type FactId = keyof typeof FACT_VALUES;
export type FactValue<Id extends FactId = FactId> = (typeof FACT_VALUES)[Id][number];

/** Where a fact was read: the file's name as given, the 1-based line, and that line's text (trimmed). */
export interface Source {
  file: string;
  line: number;
  text: string;
}

export type ArtefactKind = "dockerfile" | "compose" | "kubernetes";

/** One thing a file shows. `subject` names what it is about: a stage, a service, a container. */
export type Fact = {
  [Id in FactId]: {
    id: Id;
    value: FactValue<Id>;
    subject: string;
    source: Source;
    /** One line for a reader: what the fact means here, in plain words. */
    note: string;
  };
}[FactId];

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACT_VALUES, id);
}

export function isFactValue(id: FactId, value: string): boolean {
  return (FACT_VALUES[id] as readonly string[]).includes(value);
}

/** A file handed in, before it is read: a name (as picked, dropped or typed) and its text. */
export interface ArtefactInput {
  name: string;
  text: string;
}

/** What reading one file gave: its kind and facts, or one line saying why it could not be read. */
export type ReadArtefact =
  | { ok: true; name: string; kind: ArtefactKind; facts: Fact[]; documents: number; notes: string[] }
  | { ok: false; name: string; reason: string };

/** What each kind of file is called on screen and in the command line's report. */
export const ARTEFACT_KIND_LABELS: Record<ArtefactKind, string> = {
  dockerfile: "Dockerfile",
  compose: "Compose file",
  kubernetes: "Kubernetes YAML",
};
