/** Pilot: containerise the first workload properly, and learn where failure is cheap. */
import type { Action } from "@/lib/engine/content-schema";

export const actions: Action[] = [
  {
    id: "containerise-pilot",
    title: "Write the pilot's Dockerfile to today's practice",
    detail:
      "Use a multi-stage build on a curated minimal base, an exec-form `ENTRYPOINT [\"/app/server\"]` (shell form makes /bin/sh PID 1 and swallows SIGTERM), the process in the foreground (nginx `daemon off;`, httpd `-DFOREGROUND`), a numeric non-root `USER`, and `STOPSIGNAL` if the app expects something other than SIGTERM. Lint it with hadolint in CI, and replace any 'sleep forever' or 'tail -f' wrapper.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["app-knowledge.signals-lost-as-pid1", "app-knowledge.daemonising-process", "skills.app-design-gap"],
    dependsOn: ["build-images-in-ci", "choose-pilot-service"],
    references: [{ label: "Dockerfile reference", url: "https://docs.docker.com/reference/dockerfile/" }],
  },
  {
    id: "add-an-init",
    title: "Put a minimal init in front of processes that spawn children",
    detail:
      'If the application spawns child processes or was not written to be PID 1, run a minimal init that forwards signals and reaps zombies: `ENTRYPOINT ["tini", "--", "/app/server"]`, or `docker run --init` and `init: true` in Compose. In Kubernetes, `shareProcessNamespace: true` makes the pause container PID 1 and reap orphans, but lets containers in the pod see each other\'s processes; prefer tini unless you need that.',
    phase: "pilot",
    owner: "development",
    effort: "S",
    mitigates: ["processes.zombie-processes", "app-knowledge.signals-lost-as-pid1"],
    dependsOn: ["containerise-pilot"],
    references: [{ label: "tini", url: "https://github.com/krallin/tini" }],
  },
  {
    id: "graceful-shutdown",
    title: "Handle SIGTERM and size the grace period",
    detail:
      "On SIGTERM, stop accepting new work, fail readiness, finish in-flight requests, flush and exit. Set `terminationGracePeriodSeconds` above the measured worst-case drain (the default is 30 seconds) and add a short preStop `sleep` action (stable since Kubernetes 1.34) so load balancers stop sending traffic before the app stops listening. Prove it: deleting pods under load must drop no requests.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["app-knowledge.unclean-shutdown"],
    dependsOn: ["containerise-pilot"],
    references: [{ label: "Pod termination", url: "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination" }],
  },
  {
    id: "health-probes",
    title: "Expose liveness, readiness and startup probes",
    detail:
      "Wire three probes: readiness says whether this instance can serve now; liveness detects only a wedged process and never checks databases or other services (or one outage restarts every replica); a startup probe covers slow starts instead of long initial delays. On ECS or Cloud Run, use their health-check equivalents.",
    phase: "pilot",
    owner: "development",
    effort: "S",
    mitigates: ["app-knowledge.no-health-signal", "networking.cascading-failure"],
    dependsOn: ["containerise-pilot"],
    references: [
      {
        label: "Configure liveness, readiness and startup probes",
        url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      },
    ],
  },
  {
    id: "log-to-stdout",
    title: "Log structured events to stdout and stderr",
    detail:
      "Make the application write one JSON event per line to stdout or stderr, with timestamp, level, and trace and span ids, and the stack trace inside the event rather than across lines. Where the app cannot change, symlink its log files to /dev/stdout and /dev/stderr (as the official nginx image does), or stream them from a shared emptyDir with a small native sidecar; never run a log shipper inside the application container.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    // Every adoption needs it, but each application makes the change in its own code.
    level: "application",
    mitigates: ["logging.lost-logs", "logging.unparseable", "shared-services.agent-overhead"],
    dependsOn: ["choose-pilot-service"],
    baseline: true,
  },
  {
    id: "externalise-config",
    title: "Build one image for every environment",
    detail:
      "Inject configuration at deploy time (environment variables and ConfigMaps for settings, mounted secrets from the secret manager for credentials), following twelve-factor config. Nothing environment-specific or secret goes into the image; `docker history` and the image's layers show no credentials.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["ownership.untested-artefact", "security.secrets-exposed", "skills.app-design-gap"],
    dependsOn: ["containerise-pilot"],
    references: [{ label: "The Twelve-Factor App: config", url: "https://12factor.net/config" }],
  },
  {
    id: "split-processes",
    title: "One concern per container; a supervisor only when unavoidable",
    detail:
      "Give each concern its own container so the orchestrator sees and restarts each one: web server and app server as two containers in one pod, helpers as native sidecars (init containers with `restartPolicy: Always`, stable since Kubernetes 1.33), host agents as DaemonSets. Keep a supervisor only where processes truly cannot be separated, and then one that stops the container when a critical process dies (s6-overlay, or supervisord with an event listener that exits).",
    phase: "pilot",
    owner: "architecture",
    effort: "M",
    mitigates: ["processes.supervisor-masks-failure", "processes.zombie-processes", "shared-services.agent-overhead"],
    dependsOn: ["containerise-pilot"],
    references: [{ label: "Sidecar containers", url: "https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/" }],
  },
  {
    id: "scheduled-jobs-on-platform",
    title: "Move scheduled work to the platform's scheduler",
    detail:
      "Take cron jobs out of the application and off the host: a Kubernetes CronJob with `concurrencyPolicy: Forbid`, a `startingDeadlineSeconds` and alerts on failed jobs (or Cloud Scheduler, EventBridge Scheduler on serverless). If work must stay in-app, elect a single leader with a Kubernetes Lease so replicas do not all run it.",
    phase: "pilot",
    owner: "development",
    effort: "S",
    mitigates: ["processes.cron-duplication"],
    dependsOn: ["containerise-pilot"],
    references: [{ label: "Kubernetes CronJob", url: "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/" }],
  },
  {
    id: "discovery-by-name",
    title: "Address every dependency by a stable name",
    detail:
      "Replace IP addresses and server names in configuration with names the platform resolves: Kubernetes Service DNS names (`orders.payments.svc.cluster.local`), Cloud Map or Consul names, or managed endpoints. Pod IPs change on every restart; names do not.",
    phase: "pilot",
    owner: "development",
    effort: "S",
    mitigates: ["networking.brittle-addressing"],
    dependsOn: ["map-dependencies"],
  },
  {
    id: "resilient-dependency-calls",
    title: "Give every outbound call a timeout, retries and a breaker",
    detail:
      "Set a timeout on every outbound call, retry with exponential backoff and jitter within a budget, and add circuit breakers or bulkheads around slow dependencies. Start without waiting for dependencies (there is no start order across services) and report not-ready until they answer; prove it by killing a dependency during the pilot.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["networking.cascading-failure"],
    dependsOn: ["map-dependencies"],
  },
  {
    id: "move-state-out",
    title: "Move the pilot's state out of the container",
    detail:
      "Move tables to a managed database with point-in-time recovery, files to object storage (S3, GCS, Azure Blob) through its API, sessions to a managed Redis or Valkey, and local queues to a managed broker. The container filesystem then holds nothing anyone would miss, and any instance can be killed at any time.",
    phase: "pilot",
    owner: "development",
    effort: "L",
    mitigates: [
      "storage.data-loss-on-reschedule",
      "storage.unrecoverable-data",
      "storage.shared-volume-corruption",
      "storage.self-run-database",
    ],
    dependsOn: ["decide-state-strategy"],
  },
  {
    id: "csi-volumes-for-state",
    title: "Put remaining state on CSI volumes through StatefulSets",
    detail:
      "Where state stays on the platform, use a StatefulSet with volumeClaimTemplates on a CSI StorageClass: `reclaimPolicy: Retain` so deleting a claim does not delete data, `volumeBindingMode: WaitForFirstConsumer` to keep volume and pod in one zone, and `ReadWriteOncePod` for single writers. Avoid shared ReadWriteMany volumes for anything that assumes local-disk locking, and run databases only through an operator such as CloudNativePG, Percona or Strimzi.",
    phase: "pilot",
    owner: "operations",
    effort: "M",
    mitigates: ["storage.data-loss-on-reschedule", "storage.shared-volume-corruption", "storage.self-run-database"],
    dependsOn: ["decide-state-strategy", "provision-platform-as-code"],
    references: [{ label: "StatefulSets", url: "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/" }],
  },
  {
    id: "harden-pod-security",
    title: "Run the pilot non-root with a restrictive security context",
    detail:
      'Set `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true` (with emptyDir for scratch), `capabilities.drop: ["ALL"]` and `seccompProfile.type: RuntimeDefault`, and keep AppArmor or SELinux enforcing on the nodes. Label the namespace `pod-security.kubernetes.io/enforce: restricted`. On hosts without an orchestrator, use rootless Podman or rootless Docker.',
    phase: "pilot",
    owner: "security",
    effort: "M",
    mitigates: ["security.excess-privilege"],
    dependsOn: ["containerise-pilot"],
    references: [
      { label: "Pod Security Standards", url: "https://kubernetes.io/docs/concepts/security/pod-security-standards/" },
      { label: "Docker rootless mode", url: "https://docs.docker.com/engine/security/rootless/" },
    ],
  },
  {
    id: "pilot-review",
    title: "Review the pilot blamelessly against its success criteria",
    detail:
      "End the pilot with a blameless review, Dev and Ops together, against the criteria agreed at the start: what broke, what was harder than expected, which measures moved. Decide go, change or stop before widening scope, and turn what was learned into the template for the next services.",
    phase: "pilot",
    owner: "management",
    effort: "S",
    mitigates: ["scope.no-success-measure", "scope.boil-the-ocean", "ownership.dev-ops-friction"],
    dependsOn: ["choose-pilot-service", "build-images-in-ci"],
    baseline: true,
  },
  {
    id: "right-size-resources",
    title: "Set requests and limits from measured usage, and size heaps to them",
    detail:
      "Run the pilot under realistic load, read actual CPU and memory use (the Vertical Pod Autoscaler in recommendation mode, Goldilocks, or the provider's recommendations), and set requests from it; set a memory limit, and be sparing with CPU limits, which throttle. Size language runtimes to the limit rather than the host: -XX:MaxRAMPercentage for the JVM, --max-old-space-size for Node.js, DOTNET_GCHeapHardLimitPercent for .NET, GOMEMLIMIT for Go. Alert on OOMKilled restarts and CPU throttling, and revisit the numbers every quarter.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["resilience.oom-and-throttling", "resilience.capacity-lags-demand", "operations.cost-overrun"],
    dependsOn: ["containerise-pilot"],
    references: [
      {
        label: "Kubernetes: resource management for pods and containers",
        url: "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      },
    ],
  },
  {
    id: "make-replicas-safe",
    title: "Make the application safe to run as several copies",
    detail:
      "Replace multicast or static peer lists with discovery through DNS or the Kubernetes API (JGroups DNS_PING or KUBE_PING, the Hazelcast Kubernetes discovery plugin, Akka or Pekko Cluster Bootstrap) and a headless Service. Make work that must happen once run under leader election on a Kubernetes Lease or a database lock, or move it to a CronJob; use a StatefulSet where members need ordered start-up and stable names. Until then, pin the Deployment to replicas: 1 with strategy Recreate, and say so in the runbook.",
    phase: "pilot",
    owner: "development",
    effort: "L",
    mitigates: ["resilience.unsafe-second-copy"],
    dependsOn: ["containerise-pilot"],
  },
  {
    id: "measure-startup-and-probe",
    title: "Measure start-up time and set probes and scaling from it",
    detail:
      "Time the pilot from container start to first successful request, at the slowest percentile, on a cold node. Give slow starters a startupProbe so liveness checks begin only after start-up, scale on a leading signal (HPA on requests, KEDA on queue length) with headroom for the start-up delay, and cut the time itself: class data sharing or CRaC for the JVM, lazy cache loading, migrations run as a separate Job.",
    phase: "pilot",
    owner: "development",
    effort: "S",
    mitigates: ["app-knowledge.slow-start"],
    dependsOn: ["containerise-pilot"],
  },
  {
    id: "instrument-with-opentelemetry",
    title: "Instrument the application with OpenTelemetry",
    detail:
      "Add the OpenTelemetry SDK or zero-code auto-instrumentation (the OpenTelemetry Operator can inject it for Java, .NET, Node.js and Python) so the service exports request metrics and traces over OTLP to an OpenTelemetry Collector and propagates W3C trace context to every call. Expose RED metrics (rate, errors, duration) and alert on them rather than on pod status.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["app-knowledge.opaque-application"],
    dependsOn: ["containerise-pilot"],
    references: [{ label: "OpenTelemetry documentation", url: "https://opentelemetry.io/docs/" }],
  },
  {
    id: "tune-dns-lookups",
    title: "Cut DNS lookups and cache them on each node",
    detail:
      "Call outside services by fully qualified names with a trailing dot, or lower `ndots` (e.g. 2) in the pod's `dnsConfig`, so one lookup is not multiplied across every search domain. Run NodeLocal DNSCache, scale CoreDNS with the cluster (cluster-proportional-autoscaler) and watch its request rate, latency and SERVFAILs.",
    phase: "pilot",
    owner: "operations",
    effort: "S",
    mitigates: ["networking.dns-overload"],
    dependsOn: ["containerise-pilot"],
    references: [
      { label: "NodeLocal DNSCache", url: "https://kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/" },
      { label: "DNS for Services and Pods", url: "https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/" },
    ],
  },
  {
    id: "balance-and-drain-connections",
    title: "Balance gRPC per request and drain long-lived connections on deploy",
    detail:
      "Balance gRPC per request, not per connection: a Gateway API GRPCRoute or an HTTP/2-aware proxy (Envoy Gateway, Istio, Linkerd), or client-side balancing over a headless Service. Publish WebSockets through a gateway with long idle timeouts and raw TCP or UDP through an L4 load balancer (a LoadBalancer Service, or Gateway API TCPRoute and UDPRoute). On deploys, add a `preStop` hook that waits for the load balancer to deregister the pod, close connections gracefully on SIGTERM, and set `terminationGracePeriodSeconds` to cover the drain.",
    phase: "pilot",
    owner: "development",
    effort: "M",
    mitigates: ["networking.connections-mishandled"],
    dependsOn: ["graceful-shutdown", "gateway-ingress"],
    references: [
      { label: "Gateway API GRPCRoute", url: "https://gateway-api.sigs.k8s.io/api-types/grpcroute/" },
      { label: "Pod termination", url: "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination" },
    ],
  },
];
