/** Foundations: the pipeline, registry, skills and supply-chain controls every service relies on. */
import type { Action } from "@/lib/engine/content-schema";

export const actions: Action[] = [
  {
    id: "build-images-in-ci",
    title: "Build every image in CI, labelled with its source",
    detail:
      "Build images in CI from a clean checkout on every merge, never on a laptop: BuildKit (`docker buildx build`) with multi-stage Dockerfiles, a .dockerignore and a layer cache. Stamp each image with OCI labels `org.opencontainers.image.source`, `org.opencontainers.image.revision` (the commit SHA), `org.opencontainers.image.created` and `org.opencontainers.image.version`, and tag it with the commit SHA. Build once and promote the same digest through every environment.",
    phase: "foundations",
    owner: "development",
    effort: "M",
    mitigates: ["ownership.no-traceability", "ownership.untested-artefact"],
    dependsOn: ["choose-pilot-service"],
    baseline: true,
    references: [{ label: "OCI image annotations", url: "https://github.com/opencontainers/image-spec/blob/main/annotations.md" }],
  },
  {
    id: "registry-with-policies",
    title: "Run a private registry with immutability and retention",
    detail:
      "Serve images from a private registry (ECR, Artifact Registry, ACR, GHCR, or Harbor on-premises) with tag immutability on, lifecycle rules that keep every digest still deployed, and push rights for CI only. Put Docker Hub behind a pull-through cache so builds survive rate limits and upstream images that vanish or change terms.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["ownership.untested-artefact", "security.supply-chain-compromise"],
    dependsOn: [],
    baseline: true,
  },
  {
    id: "pin-images-by-digest",
    title: "Deploy images by digest, and let a bot bump them",
    detail:
      "Refer to images by digest (`registry.example.com/app@sha256:…`) in every manifest, never by `latest`. Let Renovate or Dependabot open pull requests that bump base-image and dependency digests, so updates are reviewed, tested and traceable.",
    phase: "foundations",
    owner: "development",
    effort: "S",
    // The digest convention and the bot that bumps digests are set up once, for every repository.
    level: "programme",
    mitigates: ["ownership.untested-artefact"],
    dependsOn: ["build-images-in-ci", "registry-with-policies"],
  },
  {
    id: "curate-base-images",
    title: "Offer a small set of curated, minimal base images",
    detail:
      "Publish a handful of approved base images (distroless, Chainguard/Wolfi, Docker Hardened Images, UBI micro or a slim Debian), owned by the platform team and rebuilt at least weekly and whenever a fixable critical CVE lands. Application Dockerfiles start only from these, so one rebuild fixes many services.",
    phase: "foundations",
    owner: "security",
    effort: "M",
    // One set of approved base images serves every application.
    level: "programme",
    mitigates: ["ownership.unpatched-images", "security.supply-chain-compromise"],
    dependsOn: ["set-operating-model", "registry-with-policies"],
  },
  {
    id: "scan-and-sbom",
    title: "Scan images and publish an SBOM for each",
    detail:
      "Scan every image in CI with Trivy or Grype and fail the build on fixable critical and high vulnerabilities, with a written exception process; rescan daily in the registry, since new CVEs appear after the build. Generate an SBOM with Syft (or `docker buildx build --sbom=true`) in SPDX or CycloneDX and attach it to the image as an attestation.",
    phase: "foundations",
    owner: "security",
    effort: "M",
    // Scanning lives in the shared pipeline and registry.
    level: "programme",
    mitigates: ["security.supply-chain-compromise", "ownership.unpatched-images", "security.compliance-gap"],
    dependsOn: ["build-images-in-ci"],
    references: [
      { label: "Trivy", url: "https://github.com/aquasecurity/trivy" },
      { label: "Syft", url: "https://github.com/anchore/syft" },
    ],
  },
  {
    id: "training-and-backstop",
    title: "Fund training, and arrange cover while skills grow",
    detail:
      "Budget real learning time: a lab cluster, courses towards CKA and CKAD (CKS for the security lead), pairing with people who have run production clusters, and game days. Until the skills are proven, arrange cover for the bad nights (the provider's support plan, a vendor subscription or a partner on call) or remove the hard part with a managed control plane and managed nodes. Re-score the skills matrix each quarter.",
    phase: "foundations",
    owner: "management",
    effort: "M",
    mitigates: ["skills.orchestration-gap", "skills.distributed-gap", "skills.app-design-gap", "orchestration.platform-beyond-capacity"],
    dependsOn: ["skills-matrix"],
  },
  {
    id: "provision-platform-as-code",
    title: "Build the platform from code, with upgrades switched on",
    detail:
      "Create the platform with Terraform/OpenTofu, Pulumi or Crossplane so it can be rebuilt: the managed cluster on a release channel with a maintenance window, node pools with auto-upgrade and auto-repair, the CNI, and workload identity (EKS Pod Identity or IAM roles for service accounts on EKS, Microsoft Entra Workload ID on AKS, Workload Identity Federation for GKE) instead of credentials on nodes. Keep a non-production cluster built from the same code.",
    phase: "foundations",
    owner: "operations",
    effort: "L",
    mitigates: ["orchestration.platform-beyond-capacity", "orchestration.version-drift"],
    dependsOn: ["choose-platform"],
  },
  {
    id: "gitops-delivery",
    title: "Deliver with GitOps so git is the record of what runs",
    detail:
      "Let Argo CD or Flux reconcile the cluster from a repository of manifests, so every change is a reviewed commit and drift is reported or reverted. Remove routine `kubectl apply` rights from people and keep an audited break-glass role.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    // One delivery path for the platform; each application only adds its manifests.
    level: "programme",
    mitigates: ["ownership.no-traceability", "ownership.untested-artefact"],
    dependsOn: ["provision-platform-as-code", "build-images-in-ci"],
    references: [
      { label: "Argo CD", url: "https://argo-cd.readthedocs.io/" },
      { label: "Flux", url: "https://fluxcd.io/" },
    ],
  },
  {
    id: "automate-static-placement",
    title: "Automate static placement declaratively",
    detail:
      "If you place containers yourself, make it declarative: Podman Quadlet `.container` units (or systemd units that run the container) with restart policies, rendered and rolled out by Ansible from git, with image digests as variables. Anyone should be able to rebuild a host from the playbook in minutes.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["orchestration.unautomated-static"],
    dependsOn: ["choose-platform"],
    references: [
      { label: "Podman Quadlet (podman-systemd.unit)", url: "https://docs.podman.io/en/stable/markdown/podman-systemd.unit.5.html" },
    ],
  },
  {
    id: "collect-logs-at-node",
    title: "Collect stdout and stderr once per node, centrally, with retention",
    detail:
      "Run one log collector per node (Fluent Bit, or the OpenTelemetry Collector with its filelog receiver, as a DaemonSet) reading the runtime's container logs under /var/log/pods and shipping them with Kubernetes metadata to a central store (Loki, OpenSearch or a cloud logging service). Set retention per regime and enable multi-line parsers where needed. On serverless containers, use the provider's log routing; nothing inside the application container ships logs.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["logging.lost-logs", "logging.node-only-logs", "logging.unparseable", "shared-services.agent-overhead"],
    dependsOn: [],
    baseline: true,
    references: [{ label: "Kubernetes logging architecture", url: "https://kubernetes.io/docs/concepts/cluster-administration/logging/" }],
  },
  {
    id: "observability-stack",
    title: "Stand up shared metrics, traces and alerting",
    detail:
      "Provide metrics, traces and alerts once for every service: Prometheus (or a managed Prometheus) and the OpenTelemetry Collector, Grafana or the cloud's equivalent, with kube-state-metrics and node exporters. Services emit OpenTelemetry; dashboards and alert rules live in git beside each service.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["shared-services.blind-operations"],
    dependsOn: ["choose-platform"],
    references: [{ label: "OpenTelemetry Collector", url: "https://opentelemetry.io/docs/collector/" }],
  },
  {
    id: "network-policy-baseline",
    title: "Enforce default-deny network policy with a capable CNI",
    detail:
      "Use a CNI that enforces NetworkPolicy (Cilium or Calico; flannel only with its optional network-policy controller turned on, or Calico beside it), apply default-deny ingress and egress to every namespace, and allow DNS and each mapped dependency explicitly. Block the cloud metadata endpoint for workloads that do not need it, and use Hubble or Calico flow logs to see what policy blocked.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    // Default deny is the platform's; each application's allow rules follow from its own dependency map.
    level: "programme",
    mitigates: ["networking.flat-network"],
    dependsOn: ["provision-platform-as-code", "classify-data-and-tenancy"],
    references: [
      { label: "Kubernetes network policies", url: "https://kubernetes.io/docs/concepts/services-networking/network-policies/" },
      { label: "flannel network policy controller", url: "https://github.com/flannel-io/flannel/blob/master/Documentation/netpol.md" },
    ],
  },
  {
    id: "gateway-ingress",
    title: "Bring traffic in through a load balancer and the Gateway API",
    detail:
      "Route outside traffic through a cloud load balancer and a Gateway API implementation (the cloud's own controller, Envoy Gateway, Cilium, Istio or NGINX Gateway Fabric), with certificates from cert-manager or the provider. The community ingress-nginx controller was retired in March 2026, so do not start on it, and plan a migration if you run it. No service is reached through a port on a named host.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    // The gateway is shared; each application only adds its routes.
    level: "programme",
    mitigates: ["networking.exposed-host-ports"],
    dependsOn: ["provision-platform-as-code"],
    references: [{ label: "Kubernetes Gateway API", url: "https://kubernetes.io/docs/concepts/services-networking/gateway/" }],
  },
  {
    id: "secrets-from-a-manager",
    title: "Deliver secrets from a secret manager at runtime",
    detail:
      "Keep secrets in a secret manager (Vault or OpenBao, AWS Secrets Manager, Google Secret Manager, Azure Key Vault) and deliver them at runtime with External Secrets Operator or the Secrets Store CSI Driver, with Kubernetes Secrets encrypted at rest through a KMS provider. Scan repositories and images for leaked secrets (gitleaks, trufflehog) in CI, and rotate anything ever baked into an image.",
    phase: "foundations",
    owner: "security",
    effort: "M",
    mitigates: ["security.secrets-exposed"],
    dependsOn: ["choose-platform"],
    references: [{ label: "External Secrets Operator", url: "https://external-secrets.io/" }],
  },
  {
    id: "immutable-hosts",
    title: "Run immutable, auto-updated hosts with a patch deadline",
    detail:
      "Run containers on a minimal, immutable host OS (Bottlerocket, Flatcar, Talos, or the provider's managed node image) that is replaced rather than patched, with node auto-upgrades and surge replacement in a maintenance window. Set a deadline of days for kernel and runtime security fixes (escapes like runc's CVE-2024-21626 are fixed on the host, not in images) and alert on any node older than it. Nobody logs in to fix a host.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["shared-services.unmanaged-hosts"],
    dependsOn: ["choose-platform"],
  },
  {
    id: "sso-and-break-glass",
    title: "Sign people in through SSO, and keep cluster-admin for emergencies",
    detail:
      "Map your identity provider's groups to Kubernetes RBAC through the provider's integration (EKS access entries with IAM Identity Center, GKE with Google groups, AKS with Entra ID and Azure RBAC) or an OIDC issuer in the API server's structured authentication configuration, and retire shared kubeconfigs and client certificates. Give day-to-day roles namespaced, mostly read-only RoleBindings; grant cluster-admin just in time for an emergency and alert on its use. Deny pods/exec, pods/attach, pods/portforward and ephemeral containers in production except for an audited break-glass group, and keep API audit logs.",
    phase: "foundations",
    owner: "security",
    effort: "M",
    // Access to the platform is set once, for everyone.
    level: "programme",
    mitigates: ["operations.uncontrolled-admin-access", "security.compliance-gap"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      { label: "Kubernetes: authenticating", url: "https://kubernetes.io/docs/reference/access-authn-authz/authentication/" },
      { label: "Kubernetes: RBAC good practices", url: "https://kubernetes.io/docs/concepts/security/rbac-good-practices/" },
    ],
  },
  {
    id: "workload-identity",
    title: "Give workloads short-lived identities instead of keys",
    detail:
      "Bind each workload's Kubernetes service account to a narrowly scoped cloud role with workload identity (EKS Pod Identity or IRSA, GKE Workload Identity Federation, AKS Workload Identity), then delete the static cloud keys from Secrets and CI variables. Set automountServiceAccountToken: false on service accounts and pods that do not call the Kubernetes API, so the rest only receive short-lived projected tokens.",
    phase: "foundations",
    owner: "security",
    effort: "S",
    mitigates: ["operations.leaked-workload-credentials"],
    dependsOn: ["provision-platform-as-code"],
    references: [{ label: "Kubernetes: service accounts", url: "https://kubernetes.io/docs/concepts/security/service-accounts/" }],
  },
  {
    id: "special-node-pools",
    title: "Prepare node pools and images for the workload's special needs",
    detail:
      "Give special workloads their own tainted node pools and build images that fit them: Windows pools on the same LTSC build as the images' base (ltsc2022 or ltsc2025) selected with kubernetes.io/os, multi-arch images built with docker buildx --platform linux/amd64,linux/arm64 (check base images and sidecars too), and GPU pools with the NVIDIA GPU Operator or the vendor's device plugin. For multi-gigabyte images, slim them first, then pre-pull or lazy-load (SOCI, stargz, GKE image streaming) and add startup probes; bake kernel modules and sysctls into the node image rather than loading them from privileged containers.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    // Node pools are platform work; the applications that need them are listed with it.
    level: "programme",
    mitigates: ["shared-services.workload-node-mismatch"],
    dependsOn: ["provision-platform-as-code"],
  },
  {
    id: "harden-ci-pipelines",
    title: "Harden the pipelines that build and deploy images",
    detail:
      "Pin every third-party action, orb and CI image by full commit SHA or digest, and let Renovate (the helpers:pinGitHubActionDigests preset) or Dependabot keep the pins current through reviewed pull requests. Replace stored cloud keys with OIDC federation: GitHub Actions or GitLab CI ID tokens exchanged for an AWS IAM role, GCP Workload Identity Federation or an Azure federated credential, scoped to the repository and protected branch. Set job tokens read-only by default (permissions: contents: read), keep deploy secrets in protected environments, run builds on ephemeral runners (hosted, or Actions Runner Controller in ephemeral mode), and never run fork pull requests where secrets are reachable. Check workflows with zizmor or the OpenSSF Scorecard in CI.",
    phase: "foundations",
    owner: "security",
    effort: "M",
    // The shared pipelines are hardened once.
    level: "programme",
    mitigates: ["security.ci-pipeline-compromise", "security.supply-chain-compromise"],
    dependsOn: ["build-images-in-ci"],
    references: [
      { label: "OpenSSF Scorecard", url: "https://github.com/ossf/scorecard" },
      { label: "zizmor", url: "https://github.com/zizmorcore/zizmor" },
    ],
  },
  {
    id: "rebuild-on-base-image-fix",
    title: "Rebuild every affected image as soon as a fixed base image is out",
    detail:
      "Let the fix, not the next feature, trigger the rebuild: Renovate or Dependabot open a pull request when a pinned base-image digest changes, CI rebuilds, tests and scans it, and a passing bump merges automatically and rolls out through GitOps. Rebuild services that are not otherwise changing on a schedule too. Rescan running images daily with Trivy or Grype (or the registry's scanning: Amazon Inspector, Artifact Analysis, Defender for Containers) against their SBOMs, so a new critical CVE names the affected services at once, and set a target, such as fixed critical CVEs running in production within seven days.",
    phase: "foundations",
    owner: "development",
    effort: "M",
    mitigates: ["security.slow-base-image-patching", "ownership.unpatched-images"],
    dependsOn: ["scan-and-sbom", "pin-images-by-digest"],
    references: [
      { label: "Renovate Docker support", url: "https://docs.renovatebot.com/docker/" },
      { label: "Grype", url: "https://github.com/anchore/grype" },
    ],
  },
  {
    id: "multi-team-guardrails",
    title: "Give every team on a shared cluster its own namespaces, quotas and roles",
    detail:
      "Create each team's namespaces from code, each with a ResourceQuota (CPU, memory, pods, load balancers, storage) and a LimitRange that sets default requests and limits, so no pod runs unbounded. Bind namespaced Roles to each team's identity-provider group with RoleBindings; keep ClusterRoles for the platform team, and cluster-admin for audited emergencies. Generate the defaults for new namespaces with Kyverno generate rules or a tenancy operator such as Capsule, add a default-deny NetworkPolicy per namespace, and use PriorityClasses so platform agents are evicted last. Where teams must not see each other at all, give them separate clusters or virtual clusters (vCluster).",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["orchestration.noisy-neighbours"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      { label: "Kubernetes resource quotas", url: "https://kubernetes.io/docs/concepts/policy/resource-quotas/" },
      { label: "Kubernetes multi-tenancy", url: "https://kubernetes.io/docs/concepts/security/multi-tenancy/" },
    ],
  },
  {
    id: "mirror-images-and-charts",
    title: "Pull every image and chart through a registry you control",
    detail:
      "Run a pull-through cache or mirror (Harbor, Zot, or the cloud registry's pull-through cache: ECR, Artifact Registry remote repositories, ACR cache rules) and point nodes and CI at it, with authenticated upstream accounts so Docker Hub's rate limits never reach the nodes. Copy the charts you install into the registry as OCI artifacts (helm push, or oras) and install from there, so a chart or image that moves upstream, as Bitnami's did in 2025, is still where you left it. Air-gapped sites sync the same list with a tool such as Hauler or skopeo sync, and an admission policy (Kyverno) refuses images from any other registry.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["shared-services.upstream-unavailable"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      { label: "Harbor proxy cache", url: "https://goharbor.io/docs/main/administration/configure-proxy-cache/" },
      { label: "Helm OCI registries", url: "https://helm.sh/docs/topics/registries/" },
    ],
  },
  {
    id: "addon-inventory-and-upgrades",
    title: "Keep an inventory of cluster add-ons and upgrade them like products",
    detail:
      "List every add-on in Git with its chart version, owner and support window: ingress or Gateway API controller, cert-manager, CSI drivers, service mesh, policy engine, operators. Let Renovate open pull requests for new chart versions, run Nova to flag outdated Helm releases and Pluto to find deprecated APIs before each cluster upgrade, and review the list each quarter for licence changes and retirements; ingress-nginx was retired in March 2026, so plan its replacement with a maintained controller or the Gateway API.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    mitigates: ["shared-services.stale-addons"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      { label: "Renovate Helm support", url: "https://docs.renovatebot.com/modules/manager/helmv3/" },
      { label: "Nova", url: "https://github.com/FairwindsOps/nova" },
      { label: "Pluto", url: "https://github.com/FairwindsOps/pluto" },
    ],
  },
  {
    id: "plan-egress-and-addresses",
    title: "Give egress fixed addresses and plan pod ranges against your networks",
    detail:
      "Send traffic to allow-listing partners through fixed addresses: a cloud NAT gateway with reserved IPs for the nodes' subnets, or a Cilium or Istio egress gateway for chosen namespaces, and give partners those addresses instead of servers'. Before creating the cluster, check pod and service CIDRs against on-premises, VPN and peered ranges (IPAM records), size subnets for VPC-native pod IPs (AWS VPC CNI prefix delegation or custom networking, GKE secondary ranges, Azure CNI Overlay) and alert on free addresses per subnet.",
    phase: "foundations",
    owner: "operations",
    effort: "M",
    // Egress addresses and address ranges belong to the platform's network.
    level: "programme",
    mitigates: ["networking.egress-allow-list-breaks", "networking.address-clash"],
    dependsOn: ["provision-platform-as-code"],
    references: [
      { label: "Cilium egress gateway", url: "https://docs.cilium.io/en/stable/network/egress-gateway/" },
      { label: "Amazon VPC CNI prefix delegation", url: "https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html" },
    ],
  },
];
