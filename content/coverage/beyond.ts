/**
 * Topics the 2015 talk did not reach, which every adoption now meets (issue 13). Each is
 * its own "slide": the title of the area that asks about it.
 */
import type { CoverageEntry } from "./entry";

const RESILIENCE = "Beyond the talk: resources, availability and scaling";
const OPERATIONS = "Beyond the talk: access, releases and cost";
/** Topics inside an area of the talk: the slide is that area's own challenge. */
const APPLICATION = "Deep application knowledge necessary";

export const entries: CoverageEntry[] = [
  {
    slide: RESILIENCE,
    talkPoint: "Resource requests and limits, right-sizing, and runtime memory inside cgroup limits",
    ids: ["resilience.resources", "resilience.oom-and-throttling", "right-size-resources"],
    today:
      "Requests decide placement, eviction and cost; JVM, Node.js and .NET heaps must be sized to the container's limit, not the host's memory.",
  },
  {
    slide: RESILIENCE,
    talkPoint: "Autoscaling pods and nodes",
    ids: ["resilience.autoscaling", "resilience.capacity-lags-demand", "autoscale-pods-and-nodes"],
    today:
      "HPA or KEDA scale pods, Karpenter or the Cluster Autoscaler scale nodes; asked when elastic scale is a goal or the estate is large.",
  },
  {
    slide: RESILIENCE,
    talkPoint: "Availability across nodes and zones: PodDisruptionBudgets and topology spread",
    ids: ["resilience.availability", "resilience.maintenance-downtime", "spread-and-budget-replicas"],
    today: "Nodes are drained on every upgrade; two replicas spread across zones with a disruption budget keep that from being downtime.",
  },
  {
    slide: RESILIENCE,
    talkPoint: "Losing a whole cluster or region: rebuild from Git, restore, RTO and RPO",
    ids: ["resilience.recovery", "resilience.unrecoverable-platform", "cluster-rebuild-drill"],
    today:
      "Managed platforms too: the provider restores its service, not your objects and volumes; rebuild from code and Git, restore with Velero.",
  },
  {
    slide: RESILIENCE,
    talkPoint: "Horizontal scalability: singletons, in-app clustering, start-up order, leader election",
    ids: ["resilience.workload-traits", "resilience.replicas", "resilience.unsafe-second-copy", "make-replicas-safe"],
    today:
      "Orchestrators start a second copy on every rolling update; discovery through DNS or the API and leader election on a Lease make it safe.",
  },
  {
    slide: RESILIENCE,
    talkPoint: "Workload and node constraints: Windows, arm64, GPUs, very large images, kernel modules",
    ids: ["resilience.workload-traits", "shared-services.node-fit", "shared-services.workload-node-mismatch", "special-node-pools"],
    today: "Windows builds must match the host, images must be multi-arch for arm64, and big images need pre-pulling or lazy loading.",
  },
  {
    slide: RESILIENCE,
    talkPoint: "Node prerequisites: cgroup v2 and containerd 2",
    ids: ["shared-services.node-prerequisites", "shared-services.node-prerequisites-unmet", "node-prerequisites-check"],
    today: "From Kubernetes 1.35 the kubelet refuses cgroup v1 nodes by default, and 1.35 is the last release to support containerd 1.x.",
  },
  {
    slide: OPERATIONS,
    talkPoint: "Access control: cluster-admin and exec in production, SSO/OIDC for people",
    ids: ["operations.access", "operations.uncontrolled-admin-access", "sso-and-break-glass"],
    today: "Sign in through the identity provider, keep cluster-admin for audited emergencies, and restrict exec into production pods.",
  },
  {
    slide: OPERATIONS,
    talkPoint: "Service-account tokens and workload identity to cloud IAM",
    ids: ["operations.access", "operations.leaked-workload-credentials", "workload-identity"],
    today: "EKS Pod Identity, GKE Workload Identity Federation and AKS Workload Identity replace static cloud keys in containers.",
  },
  {
    slide: OPERATIONS,
    talkPoint: "Release safety: N and N-1 together, canary or blue-green, rollback, test automation",
    ids: ["operations.releases", "operations.failed-release", "safe-release-strategy"],
    today: "Rolling updates run two versions at once, so schema changes expand and contract; Argo Rollouts or Flagger automate canaries.",
  },
  {
    slide: OPERATIONS,
    talkPoint: "Cost: containers often raise cost at first; cost visibility per namespace",
    ids: ["operations.cost", "operations.cost-overrun", "cost-allocation"],
    today:
      "Idle capacity, over-requested pods, log ingestion and egress raise the first bill; OpenCost or provider tools split it per team.",
  },
  {
    slide: OPERATIONS,
    talkPoint: "Third-party software: vendor container support and per-core or per-host licensing",
    ids: ["operations.vendor-terms", "operations.vendor-terms-broken", "vendor-container-terms"],
    today:
      "Per-host licences can count every core a pod could land on; confine such software to a fixed, tainted node pool or use per-container terms.",
  },
  {
    slide: APPLICATION,
    talkPoint: "Secrets asked apart from configuration",
    ids: ["app-knowledge.secrets", "security.secrets-exposed", "secrets-from-a-manager"],
    today:
      "Configuration can sit in ConfigMaps; secrets come from a secret manager through External Secrets Operator or the Secrets Store CSI Driver.",
  },
  {
    slide: APPLICATION,
    talkPoint: "Start-up time, which drives probes, autoscaling and cold starts",
    ids: ["app-knowledge.startup-time", "app-knowledge.slow-start", "measure-startup-and-probe"],
    today: "A startupProbe covers slow starters; asked of existing workloads, since a new service can be built to start in seconds.",
  },
  {
    slide: APPLICATION,
    talkPoint: "Application telemetry: request metrics and trace context (OpenTelemetry)",
    ids: ["app-knowledge.telemetry", "app-knowledge.opaque-application", "instrument-with-opentelemetry"],
    today: "OpenTelemetry SDKs or the Operator's auto-instrumentation export metrics and traces over OTLP; asked of existing workloads.",
  },
  {
    slide: "Orchestration",
    talkPoint: "Several teams on one cluster: namespaces, ResourceQuotas and LimitRanges, RBAC boundaries, noisy neighbours",
    ids: ["orchestration.multi-team", "orchestration.noisy-neighbours", "multi-team-guardrails"],
    today:
      "Asked when several teams or the whole estate move: a quota, a LimitRange and namespaced roles per team namespace, or separate (virtual) clusters.",
  },
  {
    slide: "Security",
    talkPoint: "CI/CD pipeline security: runner isolation, secrets in CI, actions pinned by commit SHA, OIDC instead of cloud keys",
    ids: ["security.ci-pipeline", "security.ci-pipeline-compromise", "harden-ci-pipelines"],
    today:
      "Movable action tags were abused in the 2025 tj-actions compromise; pin by SHA, federate with OIDC, and keep secrets off runners that run untrusted code.",
  },
  {
    slide: "Security",
    talkPoint: "Base-image patch latency: how fast a fixed base image reaches production after a critical CVE",
    ids: ["security.patch-latency", "security.slow-base-image-patching", "rebuild-on-base-image-fix"],
    today:
      "Renovate or Dependabot bump the digest, CI rebuilds and Trivy or Grype rescan; the fix, not the next release, triggers the rollout.",
  },
  {
    slide: OPERATIONS,
    talkPoint: "On-call for production on every platform: who is paged, and runbooks",
    ids: ["operations.on-call", "operations.no-on-call", "on-call-rota-and-runbooks"],
    today: "Kubernetes or not, each service needs a named rota that knows the platform, paged by alerts linked to runbooks.",
  },
  {
    slide: "Shared services",
    talkPoint:
      "Registry and dependency availability: Docker Hub pull limits, public images and charts that move or disappear, air-gapped sites",
    ids: ["shared-services.image-sources", "shared-services.upstream-unavailable", "mirror-images-and-charts"],
    today:
      "A pull-through cache (Harbor, Zot, a cloud registry's) with charts vendored as OCI artifacts; Bitnami's catalogue moved behind a paid offering in 2025.",
  },
  {
    slide: "Shared services",
    talkPoint: "The lifecycle of add-ons, charts and operators: each one a product with its own upgrades and support window",
    ids: ["shared-services.addon-lifecycle", "shared-services.stale-addons", "addon-inventory-and-upgrades"],
    today: "An add-on inventory in Git, Renovate for chart bumps, Nova and Pluto before upgrades; ingress-nginx was retired in March 2026.",
  },
  {
    slide: "Container networking",
    talkPoint:
      "Egress and addressing: partner IP allow-lists and stable egress IPs, pod CIDR overlap, subnet exhaustion with VPC-native pod IPs",
    ids: [
      "networking.egress-ips",
      "networking.address-plan",
      "networking.egress-allow-list-breaks",
      "networking.address-clash",
      "plan-egress-and-addresses",
    ],
    today:
      "A NAT gateway or Cilium/Istio egress gateway gives fixed source IPs; pod ranges are checked against on-premises networks and subnets sized for VPC-native pod IPs; asked of existing workloads.",
  },
  {
    slide: "Container networking",
    talkPoint: "DNS behaviour: ndots:5 and search domains multiplying lookups, CoreDNS load, NodeLocal DNSCache",
    ids: ["networking.dns", "networking.dns-overload", "tune-dns-lookups"],
    today: "Fully qualified names or a lower ndots cut the fan-out; NodeLocal DNSCache takes the load off CoreDNS.",
  },
  {
    slide: "Container networking",
    talkPoint: "Non-HTTP protocols and long-lived connections: gRPC balancing, WebSockets, raw TCP/UDP, connection draining on deploys",
    ids: ["networking.protocols", "networking.connections-mishandled", "balance-and-drain-connections"],
    today:
      "GRPCRoute or a mesh balances HTTP/2 per request; TCPRoute, UDPRoute or an L4 load balancer carry the rest; preStop and terminationGracePeriodSeconds drain connections.",
  },
];
