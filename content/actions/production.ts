/** Production: make the pilot safe to run for real. */
import type { Action } from "@/lib/engine/content-schema";

export const actions: Action[] = [
  {
    id: "backup-restore-drills",
    title: "Back up all state, and drill restores",
    detail:
      "Back up every piece of state the service keeps (managed database snapshots and point-in-time recovery, CSI VolumeSnapshots, Velero for namespaces and volumes) to a separate account or region, with retention that meets your recovery point objective. Restore into a clean environment at least quarterly and time it against your recovery time objective; an untested backup is a hope.",
    phase: "production",
    owner: "operations",
    effort: "M",
    mitigates: ["storage.unrecoverable-data", "storage.data-loss-on-reschedule"],
    dependsOn: ["decide-state-strategy"],
    references: [{ label: "Velero documentation", url: "https://velero.io/docs/" }],
  },
  {
    id: "etcd-backups",
    title: "Back up etcd and practise restoring it",
    detail:
      "If you run the control plane, take scheduled `etcdctl snapshot save` backups, encrypt them and copy them off the cluster, alert on their age, and practise `etcdutl snapshot restore` into a scratch cluster. Better still, let a managed control plane own etcd.",
    phase: "production",
    owner: "operations",
    effort: "S",
    mitigates: ["orchestration.etcd-loss"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      {
        label: "Operating etcd clusters for Kubernetes",
        url: "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/",
      },
    ],
  },
  {
    id: "upgrade-cadence",
    title: "Upgrade Kubernetes on a schedule",
    detail:
      "Kubernetes ships three minor releases a year, patches each for about fourteen months, and the control plane cannot skip a minor: upgrade one minor at a time, roughly every four months, test cluster first, through the provider's release channel and maintenance windows. Check for removed APIs before each upgrade (pluto on manifests and Helm releases, `kubectl convert` to rewrite old manifests, and the API server's `apiserver_requested_deprecated_apis` metric or audit annotations for live clients), check self-managed nodes run cgroup v2 and, past Kubernetes 1.35, containerd 2, keep PodDisruptionBudgets so drains stay safe, and treat extended-support charges (EKS, AKS) as a warning light.",
    phase: "production",
    owner: "operations",
    effort: "S",
    mitigates: ["orchestration.version-drift"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      { label: "Kubernetes releases and support period", url: "https://kubernetes.io/releases/" },
      { label: "Kubernetes version skew policy", url: "https://kubernetes.io/releases/version-skew-policy/" },
      { label: "Deprecated API migration guide", url: "https://kubernetes.io/docs/reference/using-api/deprecation-guide/" },
    ],
  },
  {
    id: "sign-and-verify-images",
    title: "Sign images, attach provenance and verify before running",
    detail:
      "Sign images in CI with Sigstore cosign (keyless, using the CI system's OIDC identity) and attach SLSA build provenance (`docker buildx build --provenance=mode=max`, or GitHub artifact attestations). Verify signature and provenance at admission with a Kyverno ImageValidatingPolicy or the Sigstore policy-controller, so only images your pipeline built from your repositories can run.",
    phase: "production",
    owner: "security",
    effort: "M",
    // Signing in the shared pipeline and verification at admission serve every application.
    level: "programme",
    mitigates: ["security.supply-chain-compromise", "ownership.no-traceability", "security.compliance-gap"],
    dependsOn: ["scan-and-sbom"],
    references: [
      { label: "SLSA", url: "https://slsa.dev/" },
      { label: "Sigstore documentation", url: "https://docs.sigstore.dev/" },
      { label: "Kyverno ImageValidatingPolicy", url: "https://kyverno.io/docs/policy-types/image-validating-policy/" },
    ],
  },
  {
    id: "admission-policies",
    title: "Enforce pod security and image rules at admission",
    detail:
      "Enforce the restricted level of the Pod Security Standards with Pod Security Admission on workload namespaces, and use Kyverno, OPA Gatekeeper or the built-in ValidatingAdmissionPolicy (stable since Kubernetes 1.30) for what it does not cover: images by digest from approved registries, resource limits, required labels, no hostPath. Start in audit mode, fix what it reports, then enforce.",
    phase: "production",
    owner: "security",
    effort: "M",
    // Admission policy is enforced by the platform, once every application's pods pass it.
    level: "programme",
    mitigates: ["security.excess-privilege", "ownership.untested-artefact", "security.compliance-gap"],
    dependsOn: ["harden-pod-security", "pin-images-by-digest"],
    references: [
      { label: "Pod Security Admission", url: "https://kubernetes.io/docs/concepts/security/pod-security-admission/" },
      { label: "ValidatingAdmissionPolicy", url: "https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/" },
    ],
  },
  {
    id: "tenant-isolation",
    title: "Match the isolation boundary to the threat",
    detail:
      "For customer tenants, use dedicated node pools (taints and tolerations) and user namespaces (`hostUsers: false`, stable since Kubernetes 1.36) so root in a container is not root on the node. For untrusted code, use a sandboxed runtime through RuntimeClass (gVisor's runsc, or Kata Containers and Firecracker microVMs) or separate clusters and VMs per tenant. A namespace is an administrative boundary, not a security boundary against hostile code.",
    phase: "production",
    owner: "security",
    effort: "L",
    // Separating tenants is a property of the platform, not of one application.
    level: "programme",
    mitigates: ["security.cross-tenant-escape"],
    dependsOn: ["classify-data-and-tenancy", "harden-pod-security"],
    references: [
      { label: "Runtime classes", url: "https://kubernetes.io/docs/concepts/containers/runtime-class/" },
      { label: "User namespaces", url: "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/" },
    ],
  },
  {
    id: "encrypt-service-traffic",
    title: "Encrypt and authenticate service-to-service traffic where needed",
    detail:
      "Where data or regime demands it, add mTLS with workload identities and automatic certificate rotation through a service mesh in its lightest form (Istio ambient mode, or Linkerd, whose open-source project ships only edge releases while stable releases come commercially, for example from Buoyant), or Cilium's transparent WireGuard encryption if you need encryption without a mesh. Adopt a mesh for mTLS or traffic policy you actually need, not as default furniture.",
    phase: "production",
    owner: "security",
    effort: "M",
    // A mesh or the CNI encrypts service traffic for the whole platform.
    level: "programme",
    mitigates: ["networking.unencrypted-east-west"],
    dependsOn: ["network-policy-baseline"],
  },
  {
    id: "compliance-evidence",
    title: "Map regime controls to the platform and collect evidence",
    detail:
      "Map each control to where it now lives and collect evidence automatically: Kubernetes audit logs and central logs kept for the required period (PCI DSS asks for twelve months, three immediately available), SBOMs and signatures, admission-policy reports, access reviews of cluster roles, and patch timelines for nodes and images. Walk an auditor through the pilot before go-live.",
    phase: "production",
    owner: "security",
    effort: "M",
    // Evidence is collected by the platform, for every application in scope.
    level: "programme",
    mitigates: ["security.compliance-gap", "logging.node-only-logs"],
    dependsOn: ["classify-data-and-tenancy", "collect-logs-at-node"],
  },
  {
    id: "runtime-detection",
    title: "Detect suspicious behaviour at runtime",
    detail:
      "Run runtime threat detection as a DaemonSet (Falco or Tetragon, both eBPF-based) alerting on shells in containers, writes to sensitive paths, unexpected outbound connections and privilege escalation. Route alerts to the security team's queue with runbooks, and tune the rules in audit mode first so that real alerts are not drowned out.",
    phase: "production",
    owner: "security",
    effort: "M",
    // Runtime detection runs on every node, once.
    level: "programme",
    mitigates: ["security.cross-tenant-escape", "security.excess-privilege"],
    dependsOn: ["immutable-hosts"],
    references: [{ label: "Falco", url: "https://falco.org/" }],
  },
  {
    id: "slo-alerting-on-call",
    title: "Alert on service levels and page the owning team",
    detail:
      "Define service level objectives for the pilot (availability, latency) and alert on error-budget burn rate, not on every restart. Page the owning team first, with the platform team as second line, and link every alert to a runbook.",
    phase: "production",
    owner: "operations",
    effort: "M",
    mitigates: ["shared-services.blind-operations", "ownership.dev-ops-friction"],
    dependsOn: ["observability-stack", "set-operating-model"],
  },
  {
    id: "blameless-reviews",
    title: "Hold blameless post-incident reviews, Dev and Ops together",
    detail:
      "After every significant incident, hold a blameless review with everyone involved, asking how the system allowed it rather than who caused it, and track the actions to done. This, not a new tool, is what takes down the wall between Dev and Ops.",
    phase: "production",
    owner: "management",
    effort: "S",
    mitigates: ["ownership.dev-ops-friction"],
    dependsOn: ["set-operating-model"],
  },
  {
    id: "spread-and-budget-replicas",
    title: "Run replicas across zones, protected by disruption budgets",
    detail:
      "Run at least two replicas of every service that users depend on, spread across zones with topologySpreadConstraints on topology.kubernetes.io/zone and node pools in several zones. Give each a PodDisruptionBudget (maxUnavailable: 1 is a good start) so drains and upgrades cannot take all replicas at once, and check that upgrades still complete. Agree an availability target (an SLO) so that the spread is sized to what the business needs.",
    phase: "production",
    owner: "operations",
    effort: "S",
    mitigates: ["resilience.maintenance-downtime"],
    dependsOn: ["health-probes"],
    references: [
      {
        label: "Kubernetes: pod topology spread constraints",
        url: "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/",
      },
      { label: "Kubernetes: disruptions", url: "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/" },
    ],
  },
  {
    id: "autoscale-pods-and-nodes",
    title: "Autoscale pods, and let nodes follow",
    detail:
      "Scale pods with a HorizontalPodAutoscaler on CPU or a request-rate metric, or with KEDA for queues and events, and set sensible minimum and maximum replicas. Let nodes follow with Karpenter or the Cluster Autoscaler (or provider-managed nodes such as GKE Autopilot, EKS Auto Mode, AKS node auto-provisioning), and load-test a peak to see how long scale-out takes from the first Pending pod.",
    phase: "production",
    owner: "operations",
    effort: "M",
    mitigates: ["resilience.capacity-lags-demand"],
    dependsOn: ["right-size-resources"],
    references: [{ label: "KEDA", url: "https://keda.sh/docs/" }],
  },
  {
    id: "cluster-rebuild-drill",
    title: "Rebuild a cluster from code and restore it, against agreed RTO and RPO",
    detail:
      "Agree recovery time and data-loss objectives (RTO and RPO) with the business for each service, including those on managed platforms. Keep everything needed to recreate a cluster in code (OpenTofu or Terraform, Crossplane or Cluster API, and the GitOps bootstrap for Argo CD or Flux) and back up cluster state and volumes with Velero or the provider's backup service to another region or account. Once or twice a year rebuild into an empty account or region, restore the data, and time it against the objectives.",
    phase: "production",
    owner: "operations",
    effort: "M",
    // The cluster is rebuilt as a whole; each application's recovery targets feed the drill.
    level: "programme",
    mitigates: ["resilience.unrecoverable-platform", "orchestration.etcd-loss"],
    dependsOn: ["provision-platform-as-code", "gitops-delivery"],
    references: [{ label: "Velero documentation", url: "https://velero.io/docs/" }],
  },
  {
    id: "node-prerequisites-check",
    title: "Check nodes for cgroup v2 and containerd 2 before upgrading",
    detail:
      "Before moving to Kubernetes 1.35 check every node image: `stat -fc %T /sys/fs/cgroup` must print cgroup2fs, and plan containerd 2.x before going past 1.35, which is the last release to support containerd 1.x. Rebuild node images that fail rather than setting failCgroupV1: false, which only postpones the problem, and add the check to the node image pipeline.",
    phase: "production",
    owner: "operations",
    effort: "S",
    mitigates: ["shared-services.node-prerequisites-unmet"],
    dependsOn: ["upgrade-cadence"],
    references: [{ label: "Kubernetes: about cgroup v2", url: "https://kubernetes.io/docs/concepts/architecture/cgroups/" }],
  },
  {
    id: "safe-release-strategy",
    title: "Release so that two versions can run together and one can be undone",
    detail:
      "Make every schema and API change backward-compatible so the old and new versions can run side by side: expand first, migrate, and contract only in a later release. Gate each release on automated tests, including one that runs the previous version against the new schema, and roll out as a canary or blue-green with Argo Rollouts or Flagger analysing error rates and latency. Practise rollback as a Git revert that the GitOps controller applies in minutes.",
    phase: "production",
    owner: "development",
    effort: "M",
    mitigates: ["operations.failed-release"],
    dependsOn: ["gitops-delivery"],
    references: [{ label: "Argo Rollouts", url: "https://argoproj.github.io/argo-rollouts/" }],
  },
  {
    id: "cost-allocation",
    title: "Show the cost of each namespace and team, against a target",
    detail:
      "Label workloads by team and service, and report cost per namespace and team with OpenCost or Kubecost, or the provider's own allocation (GKE cost allocation, AKS cost analysis, EKS split cost allocation data). Watch the items containers add: idle node capacity, requests far above use, log ingestion volume, and cross-zone and internet egress. Review it monthly against the target the efficiency goal set, with budgets and alerts in the cloud account.",
    phase: "production",
    owner: "operations",
    effort: "S",
    // Cost is allocated across the whole platform.
    level: "programme",
    mitigates: ["operations.cost-overrun"],
    dependsOn: ["provision-platform-as-code"],
    references: [{ label: "OpenCost", url: "https://opencost.io/docs/" }],
  },
  {
    id: "on-call-rota-and-runbooks",
    title: "Name who is paged for each containerised service, with runbooks",
    detail:
      "Whatever the platform (Kubernetes, ECS, Cloud Run or Compose on one host), give each service in production a named on-call rota in PagerDuty, incident.io or Grafana IRM, paged by its alerts, with the platform's owners as second line. Write a runbook per alert next to the code (how to see logs, restart, roll back, scale, and whom to escalate to) and link it from the alert. Train the rota on the new platform before go-live, shadow the first incidents, and review the runbooks after each one.",
    phase: "production",
    owner: "operations",
    effort: "M",
    mitigates: ["operations.no-on-call"],
    dependsOn: ["slo-alerting-on-call"],
  },
];
