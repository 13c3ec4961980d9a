/** Decide: agree what you are doing, for which workload, and who owns what, before anything is built. */
import type { Action } from "@/lib/engine/content-schema";

export const actions: Action[] = [
  {
    id: "agree-goals-and-measures",
    title: "Agree the goals and how success will be measured",
    detail:
      "Write down the two or three outcomes you want from containers and take a baseline today: the four DORA measures (deployment frequency, lead time for changes, change failure rate, time to restore) plus any cost or utilisation target. State what is out of scope for the first year. Review the measures at every phase gate and report them quarterly.",
    phase: "decide",
    owner: "management",
    effort: "S",
    mitigates: ["scope.no-success-measure", "scope.boil-the-ocean"],
    dependsOn: [],
    baseline: true,
    references: [{ label: "DORA: software delivery performance metrics", url: "https://dora.dev/" }],
  },
  {
    id: "choose-pilot-service",
    title: "Choose one pilot service and its success criteria",
    detail:
      "Pick one service that matters enough to be real but can fail cheaply: stateless, owned by a willing team, few dependencies, and not the system the business can least afford to break. Write its success criteria (for example: deployed by pipeline several times a week, p95 latency unchanged, rebuilt from scratch in under an hour) and a time box. Move nothing else until the pilot review.",
    phase: "decide",
    owner: "architecture",
    effort: "S",
    mitigates: ["scope.wrong-first-workload", "scope.boil-the-ocean"],
    dependsOn: ["agree-goals-and-measures"],
    baseline: true,
  },
  {
    id: "adopt-before-build",
    title: "Adopt before you build, and fund what you do build",
    detail:
      "Use managed services and mature CNCF projects for registry, scheduling, secrets, delivery and observability; the gaps that forced Spotify, New Relic and Shopify to write Helios, Centurion and ejson are filled today (Spotify itself retired Helios for Kubernetes). Record each remaining 'build' decision with a funded owning team, its expected maintenance cost and an exit plan, and keep in-house code to thin glue. Settle developer workstations too: Docker Desktop needs paid subscriptions in larger companies; Podman Desktop, Rancher Desktop or Colima are the usual alternatives.",
    phase: "decide",
    owner: "architecture",
    effort: "S",
    mitigates: ["scope.tooling-burden"],
    dependsOn: ["agree-goals-and-measures"],
  },
  {
    id: "set-operating-model",
    title: "Decide who owns images, Dockerfiles and the platform",
    detail:
      "Write the ownership down: application teams own their Dockerfiles, images and on-call for their services ('you build it, you run it'); a platform team owns the base images, the cluster and the paved road. Encode it in CODEOWNERS for Dockerfiles and deployment manifests. Containers do not fix Dev/Ops friction; shared goals, a shared on-call rota and shared reviews do.",
    phase: "decide",
    owner: "management",
    effort: "M",
    mitigates: ["ownership.dev-ops-friction", "ownership.unpatched-images"],
    dependsOn: ["agree-goals-and-measures"],
  },
  {
    id: "skills-matrix",
    title: "Map the skills the platform needs against the team",
    detail:
      "List the skills the chosen platform calls for (Linux namespaces and cgroups, the OCI image model, the orchestrator, networking and DNS, distributed-systems failure modes, observability, secure image builds, twelve-factor application design) and score each person honestly. The gaps set the training plan and show where to buy help.",
    phase: "decide",
    owner: "management",
    effort: "S",
    mitigates: ["skills.orchestration-gap", "skills.distributed-gap", "skills.app-design-gap"],
    dependsOn: [],
  },
  {
    id: "choose-platform",
    title: "Choose the smallest platform you can staff",
    detail:
      "Pick the simplest option that meets the goals: a serverless container service (Cloud Run, ECS on Fargate, Azure Container Apps) for a few stateless services; Docker Compose or Podman Quadlet on a single host; managed Kubernetes (EKS, GKE, AKS, with GKE Autopilot, EKS Auto Mode or AKS Automatic if nobody wants to run nodes) once you have many services and a team to own it. Run your own control plane only with a funded platform team. Apache Mesos was retired to the Apache Attic in 2025 and Docker Swarm mode is a niche, so neither suits a new platform; HashiCorp Nomad is simpler but source-available under the Business Source License, so check its terms. Record the decision and what would make you revisit it.",
    phase: "decide",
    owner: "architecture",
    effort: "M",
    mitigates: ["orchestration.platform-beyond-capacity", "orchestration.overkill", "orchestration.under-orchestrated"],
    dependsOn: ["agree-goals-and-measures", "skills-matrix"],
  },
  {
    id: "map-dependencies",
    title: "Map the pilot's dependencies from evidence",
    detail:
      "Draw the upstream and downstream dependencies from data, not memory: traces (an OpenTelemetry service graph), VPC or Hubble flow logs, connection tables on the current hosts (`ss -tnp`), firewall rules and DNS query logs. Note everything addressed by IP, every file share, licence server and cron job. The map drives network policies, start-up behaviour and the migration order.",
    phase: "decide",
    owner: "architecture",
    effort: "M",
    mitigates: ["app-knowledge.unknown-dependencies", "networking.brittle-addressing", "networking.cascading-failure"],
    dependsOn: ["choose-pilot-service"],
  },
  {
    id: "classify-data-and-tenancy",
    title: "Classify data and tenancy, and choose the isolation boundary",
    detail:
      "Record what data the workload handles, who else shares its hosts, and which regimes apply (PCI DSS, HIPAA, GDPR, SOC 2, DORA/NIS2). From that, choose the boundary: namespaces within one trusted organisation, dedicated nodes or sandboxed runtimes between customers, separate clusters or VMs for hostile code. Decide this before the platform is built; retrofitting isolation is expensive.",
    phase: "decide",
    owner: "security",
    effort: "S",
    mitigates: ["security.cross-tenant-escape", "security.compliance-gap", "networking.flat-network", "networking.unencrypted-east-west"],
    dependsOn: [],
  },
  {
    id: "decide-state-strategy",
    title: "Decide where state lives: stateless first",
    detail:
      "Keep containers stateless by default and move state to managed services: a managed database with point-in-time recovery, object storage for files, a managed Redis or Valkey for sessions. Where state must stay on the platform, decide it explicitly (a StatefulSet on CSI volumes, or a database operator such as CloudNativePG with its own backup and failover), and ban hostPath for application data.",
    phase: "decide",
    owner: "architecture",
    effort: "M",
    mitigates: ["storage.data-loss-on-reschedule", "storage.self-run-database", "storage.shared-volume-corruption"],
    dependsOn: ["choose-pilot-service"],
  },
  {
    id: "vendor-container-terms",
    title: "Get the vendor's container support and licence terms in writing",
    detail:
      "Ask each vendor for its written statement on container and Kubernetes support (certified images, operators, supported platforms and versions) and how its licence counts in containers: per container, per vCPU limit, or per core of every host the pod could run on. Where it counts hosts, confine the software to a dedicated, fixed-size node pool with taints and node affinity, outside any autoscaler, and record the decision.",
    phase: "decide",
    owner: "management",
    effort: "S",
    mitigates: ["operations.vendor-terms-broken"],
    dependsOn: [],
  },
  {
    id: "state-what-containers-replace",
    title: "Write down what containers will not replace",
    detail:
      "Before the business case is signed, list what stays: hosts and clusters are still described as code (Terraform or OpenTofu, Ansible for the hosts that remain, or an immutable node OS such as Bottlerocket, Flatcar or Talos), per-environment configuration lives in git and is applied by Argo CD or Flux, and nodes still run on VMs unless you buy bare metal. Where workloads relied on a VM boundary, keep one: separate node pools or clusters, or a sandboxed runtime (gVisor, Kata Containers). Take the hypervisor and configuration-management savings out of the business case until the pilot shows them.",
    phase: "decide",
    owner: "architecture",
    effort: "S",
    mitigates: ["scope.expects-no-config-management", "scope.expects-no-vms"],
    dependsOn: ["agree-goals-and-measures"],
  },
];
