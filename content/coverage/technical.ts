/** Coverage of the talk's technical challenge slides. */
import type { CoverageEntry } from "./entry";

export const entries: CoverageEntry[] = [
  // Persistent storage
  {
    slide: "Persistent storage",
    talkPoint: "Container filesystem disappears when the container exits",
    ids: ["storage.stateful", "storage.state-kind", "storage.data-loss-on-reschedule", "move-state-out"],
    today: "Still true, and orchestrators now replace containers routinely: on every deployment, node upgrade and eviction.",
  },
  {
    slide: "Persistent storage",
    talkPoint: "Docker volumes can help, but are not a first-class citizen in the ecosystem",
    ids: ["storage.state-location", "storage.self-run-database", "csi-volumes-for-state", "database-operations-standard"],
    today:
      "Dated: volumes are first-class; CSI drivers exist for every cloud and storage array, and StatefulSets and operators run databases.",
  },
  {
    slide: "Persistent storage",
    talkPoint: "Mounting paths on the host works, but containers are now tied to the host",
    ids: ["storage.state-location", "storage.data-loss-on-reschedule", "decide-state-strategy", "admission-policies"],
    today: "Still true; hostPath is discouraged for application data, and the Pod Security 'baseline' and 'restricted' levels forbid it.",
  },
  {
    slide: "Persistent storage",
    talkPoint: "Using host paths shifts the problem, but doesn't fix it",
    ids: [
      "storage.backup",
      "storage.shared-writes",
      "storage.unrecoverable-data",
      "storage.shared-volume-corruption",
      "backup-restore-drills",
    ],
    today:
      "What fixes it is state outside the container plus backups that are restored in drills (Velero, CSI snapshots, managed point-in-time recovery).",
  },

  // Logging
  {
    slide: "Logging",
    talkPoint: "Docker (via docker logs) only captures STDOUT and STDERR",
    ids: ["logging.destination", "logging.aggregation", "logging.node-only-logs", "collect-logs-at-node"],
    today:
      "Still true of every runtime; the kubelet keeps and rotates these streams on the node, so a node-level collector ships them centrally.",
  },
  {
    slide: "Logging",
    talkPoint: "Writing to log files could be an issue (refer to persistent storage concerns)",
    ids: ["logging.can-change", "logging.file-handling", "logging.lost-logs"],
    today: "Still true; when the app cannot change, symlink the files to /dev/stdout or stream them with a native sidecar.",
  },
  {
    slide: "Logging",
    talkPoint: "Running a logging agent inside the container forces you to go the multi-process container route",
    ids: ["logging.file-handling", "shared-services.agent-overhead", "node-agents-as-daemonsets"],
    today: "Unnecessary now: Fluent Bit or the OpenTelemetry Collector run once per node as a DaemonSet.",
  },
  {
    slide: "Logging",
    talkPoint: "Alternately, you can re-architect your application to use STDOUT and STDERR",
    ids: ["logging.can-change", "logging.format", "logging.unparseable", "log-to-stdout"],
    today: "The norm, with one structured JSON event per line carrying trace ids.",
  },

  // Single-process vs. multi-process
  {
    slide: "Single-process vs. multi-process",
    talkPoint: "Single-process containers are viewed as “the Docker way” of doing things",
    ids: ["processes.count", "split-processes"],
    today: "Refined to 'one concern per container'; pods group cooperating containers that share a network and volumes.",
  },
  {
    slide: "Single-process vs. multi-process",
    talkPoint: "You’ll need to go the multi-process route if you want logging agents, monitoring agents, etc. in the container",
    ids: ["processes.count", "shared-services.agent-placement", "shared-services.agent-overhead", "node-agents-as-daemonsets"],
    today:
      "No longer needed: DaemonSets and native sidecar containers (stable since Kubernetes 1.33) run agents beside the app, not inside it.",
  },
  {
    slide: "Single-process vs. multi-process",
    talkPoint:
      "Multi-process involves some sort of supervisor process (supervisord, runit, or others) managing the “real” application process(es) in the container",
    ids: [
      "processes.supervisor",
      "processes.children",
      "processes.supervisor-masks-failure",
      "processes.zombie-processes",
      "add-an-init",
      "split-processes",
    ],
    today:
      "s6-overlay is the usual supervisor when one is unavoidable; for single-process containers a minimal init (tini, docker run --init) covers PID 1's duties.",
  },

  // Security
  {
    slide: "Security",
    talkPoint: "Containers (especially single-process containers) do reduce the attack surface",
    ids: ["security.run-as", "security.hardening", "harden-pod-security", "curate-base-images"],
    today:
      "Minimal or distroless images, non-root users, read-only root filesystems and the seccomp RuntimeDefault profile shrink it much further.",
  },
  {
    slide: "Security",
    talkPoint: "Containers don't provide comprehensive isolation (SELinux and AppArmor can help)",
    ids: [
      "security.tenancy",
      "security.hardening",
      "security.excess-privilege",
      "security.cross-tenant-escape",
      "shared-services.unmanaged-hosts",
    ],
    today:
      "Still true, and escapes still happen (runc's CVE-2024-21626); seccomp, user namespaces, Pod Security Admission and fast host patching join SELinux and AppArmor.",
  },
  {
    slide: "Security",
    talkPoint: "Consider using VMs as a security boundary",
    ids: ["security.isolation", "tenant-isolation"],
    today: "Sandboxed runtimes (gVisor, Kata Containers, Firecracker microVMs) now give VM-like boundaries per pod through RuntimeClass.",
  },
  {
    slide: "Security",
    talkPoint: "None of the security challenges are insurmountable, but you do want to be sure to consider them",
    ids: [
      "security.data-sensitivity",
      "security.compliance",
      "security.supply-chain",
      "security.compliance-gap",
      "classify-data-and-tenancy",
      "admission-policies",
      "runtime-detection",
    ],
    today:
      "The biggest change since 2015 is the supply chain: scanning, SBOMs, signing, provenance and admission policy are expected, and regulators ask for them.",
  },

  // Deep application knowledge necessary
  {
    slide: "Deep application knowledge necessary",
    talkPoint: "How does the application handle logging? Can it be changed?",
    ids: ["logging.destination", "logging.can-change", "log-to-stdout"],
    today: "Usually a configuration switch today; the symlink or sidecar routes cover applications that cannot change.",
  },
  {
    slide: "Deep application knowledge necessary",
    talkPoint: "How does the application handle signals?",
    ids: ["app-knowledge.sigterm", "app-knowledge.shutdown-time", "app-knowledge.unclean-shutdown", "graceful-shutdown"],
    today:
      "Platforms send SIGTERM, then SIGKILL after terminationGracePeriodSeconds (30 s by default); a preStop sleep action (stable since Kubernetes 1.34) covers load-balancer lag.",
  },
  {
    slide: "Deep application knowledge necessary",
    talkPoint: "Does the application work as expected when PPID=1?",
    ids: [
      "app-knowledge.pid1",
      "app-knowledge.foreground",
      "app-knowledge.signals-lost-as-pid1",
      "app-knowledge.daemonising-process",
      "processes.zombie-processes",
      "add-an-init",
      "containerise-pilot",
    ],
    today: "Exec-form ENTRYPOINT, a foreground process and a minimal init (tini, docker run --init) are standard practice.",
  },
  {
    slide: "Deep application knowledge necessary",
    talkPoint: "What are the upstream and downstream dependencies for this application?",
    ids: [
      "app-knowledge.dependencies",
      "networking.dependency-failure",
      "app-knowledge.unknown-dependencies",
      "map-dependencies",
      "resilient-dependency-calls",
    ],
    today:
      "Tracing (OpenTelemetry service graphs) and flow logs (e.g. Cilium Hubble) discover dependencies from evidence rather than memory.",
  },

  // Container networking
  {
    slide: "Container networking",
    talkPoint: "No good solution for networking across containers right now",
    ids: ["networking.topology", "network-policy-baseline", "provision-platform-as-code"],
    today: "Dated: CNI is mature; Cilium, Calico and the clouds' VPC CNIs give every pod a routable address across hosts.",
  },
  {
    slide: "Container networking",
    talkPoint: "Docker is working on pluggable network subsystem",
    ids: ["networking.topology", "network-policy-baseline"],
    today: "Docker shipped libnetwork's plugin model, but Kubernetes standardised on CNI, which is what platforms use.",
  },
  {
    slide: "Container networking",
    talkPoint: "OVN (Open Virtual Network) might be a good fit, but still in development",
    ids: ["networking.topology", "network-policy-baseline"],
    today: "OVN shipped and underpins OVN-Kubernetes, OpenShift's default network plugin; it is one mature CNI choice among several.",
  },
  {
    slide: "Container networking",
    talkPoint: "A form of SDN or network virtualization is pretty much a given",
    ids: [
      "networking.policy",
      "networking.east-west",
      "networking.flat-network",
      "networking.unencrypted-east-west",
      "network-policy-baseline",
      "encrypt-service-traffic",
    ],
    today: "Overlay or routed pod networks with NetworkPolicy are standard; add a service mesh only when mTLS or traffic policy needs it.",
  },
  {
    slide: "Container networking",
    talkPoint: "Some networking decisions/architectures will be driven by the orchestration tool",
    ids: [
      "networking.discovery",
      "networking.ingress",
      "networking.brittle-addressing",
      "networking.exposed-host-ports",
      "gateway-ingress",
      "discovery-by-name",
    ],
    today:
      "Kubernetes Services, cluster DNS and the Gateway API define the model; the community ingress-nginx controller was retired in March 2026.",
  },

  // Orchestration
  {
    slide: "Orchestration",
    talkPoint: "You'll need an orchestration tool or you'll have to do static orchestration",
    ids: ["orchestration.scale", "orchestration.platform", "orchestration.overkill", "choose-platform"],
    today:
      "Serverless container services (Cloud Run, ECS on Fargate, Azure Container Apps) add a third way: no cluster of your own at all.",
  },
  {
    slide: "Orchestration",
    talkPoint:
      "Orchestration tools are still relatively young (Mesos is at version 0.22, Swarm is at version 0.2.0, Kubernetes is at version 0.14.2)",
    ids: ["orchestration.platform", "orchestration.k8s-mode", "orchestration.upgrades", "orchestration.version-drift", "upgrade-cadence"],
    today:
      "Dated: Kubernetes (1.3x, three releases a year) is the de facto standard and offered managed by every cloud; Swarm lingers as a niche and Mesos was retired to the Apache Attic in 2025.",
  },
  {
    slide: "Orchestration",
    talkPoint: "Orchestration tools require additional complexity (etcd, Consul, service registration and discovery)",
    ids: [
      "orchestration.k8s-mode",
      "orchestration.etcd-backup",
      "orchestration.platform-beyond-capacity",
      "orchestration.etcd-loss",
      "etcd-backups",
      "choose-platform",
    ],
    today:
      "Managed control planes hide etcd and discovery is built in, but self-run clusters still carry all of it, which sinks teams without operations staff.",
  },
  {
    slide: "Orchestration",
    talkPoint: "If static orchestration, how will you automate it?",
    ids: ["orchestration.static-automation", "orchestration.unautomated-static", "automate-static-placement"],
    today: "Declaratively: systemd units or Podman Quadlet files rolled out by Ansible from git.",
  },

  // Shared services
  {
    slide: "Shared services",
    talkPoint: "Will you run shared services on the host (logging, monitoring, etc.), or in the containers?",
    ids: [
      "shared-services.agents",
      "shared-services.agent-placement",
      "shared-services.observability",
      "node-agents-as-daemonsets",
      "observability-stack",
    ],
    today: "On the node, as DaemonSets; sidecars (native since Kubernetes 1.33) only for agents that must share a pod's network or files.",
  },
  {
    slide: "Shared services",
    talkPoint: "Running them in the containers increases image size, memory footprint, CPU usage, forces multi-process approach",
    ids: ["shared-services.agent-placement", "shared-services.agent-overhead", "split-processes"],
    today: "Still true, which is why in-container agents have largely disappeared.",
  },
  {
    slide: "Shared services",
    talkPoint:
      "If running them outside the container, how will you manage them? (you're still going to need something to manage container hosts)",
    ids: [
      "shared-services.host-management",
      "shared-services.host-patching",
      "shared-services.unmanaged-hosts",
      "immutable-hosts",
      "node-agents-as-daemonsets",
    ],
    today:
      "Immutable host OSes with node auto-upgrades, and agents as DaemonSets delivered through GitOps; serverless containers remove hosts from your list entirely.",
  },
];
