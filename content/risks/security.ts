import { when, type Risk } from "@/lib/engine/content-schema";

const sensitive = when.in("security.data-sensitivity", ["personal", "regulated", "not-sure"]);
const includesAny = (question: string, options: string[]) => when.any(...options.map((option) => when.includes(question, option)));
const strictRegime = includesAny("security.compliance", ["pci-dss", "hipaa", "dora-nis2", "fedramp", "not-sure"]);
const otherRegime = includesAny("security.compliance", ["gdpr", "soc2-iso"]);
/** Controls auditors look for; each missing one (or unknown) is a finding. */
const weakControls = when.any(
  includesAny("security.hardening", ["none", "not-sure"]),
  includesAny("security.supply-chain", ["none", "not-sure"]),
  when.in("logging.aggregation", ["node-only", "not-sure"]),
  when.in("networking.policy", ["flat", "not-sure"]),
  when.in("networking.east-west", ["not-in-place", "not-sure"]),
  when.in("security.isolation", ["shared-nodes", "not-sure"]),
);
const supplyChainAnswered = when.answered("security.supply-chain");

const ciPipeline = (option: string) => when.includes("security.ci-pipeline", option);
/** The pipeline answer lacks a control, or the team does not know. */
const ciPipelineLacks = (option: string) =>
  when.all(when.answered("security.ci-pipeline"), when.any(when.not(ciPipeline(option)), ciPipeline("not-sure")));

export const risks: Risk[] = [
  {
    id: "security.cross-tenant-escape",
    area: "security",
    title: "A container breakout crosses from one tenant to another",
    description:
      "A kernel or container-runtime flaw lets one tenant's container reach the host, and from there other tenants' containers, data and credentials. Containers share the host kernel; they are not lightweight VMs.",
    affects: "Every tenant on the shared hosts, and the platform's owner",
    rules: [
      {
        when: when.all(when.equals("security.tenancy", "untrusted-code"), when.in("security.isolation", ["shared-nodes", "not-sure"])),
        likelihood: 4,
        impact: 5,
        reason:
          "Hostile code on shared kernels: escapes like runc's CVE-2024-21626 are actively sought, and the talk's advice to use VMs as the boundary applies.",
      },
      {
        when: when.all(when.equals("security.tenancy", "customers"), when.equals("security.isolation", "not-sure")),
        likelihood: 4,
        impact: 5,
        reason: "Customers share hosts and nobody knows what separates them.",
      },
      {
        when: when.all(when.equals("security.tenancy", "not-sure"), when.in("security.isolation", ["shared-nodes", "not-sure"])),
        likelihood: 4,
        impact: 5,
        reason: "Unknown tenancy on shared nodes: assume strangers share your kernel.",
      },
      {
        when: when.all(when.equals("security.tenancy", "customers"), when.equals("security.isolation", "shared-nodes"), sensitive),
        likelihood: 3,
        impact: 5,
        reason: "Namespace-only isolation between customers holding sensitive data: one escape is a reportable breach.",
      },
      {
        when: when.all(when.equals("security.tenancy", "customers"), when.equals("security.isolation", "shared-nodes")),
        likelihood: 3,
        impact: 4,
        reason: "Namespaces are an administrative boundary, not a security boundary, between customers.",
      },
      {
        when: when.all(when.in("security.tenancy", ["untrusted-code", "not-sure"]), when.equals("security.isolation", "node-pools")),
        likelihood: 2,
        impact: 5,
        reason: "Dedicated nodes contain an escape, but hostile code still reaches the node's kubelet credentials and the cluster network.",
      },
      {
        when: when.all(when.equals("security.tenancy", "customers"), when.equals("security.isolation", "node-pools"), sensitive),
        likelihood: 2,
        impact: 5,
        reason:
          "Dedicated nodes make an escape into another customer's containers unlikely, but the node's credentials and the shared control plane and network still reach their sensitive data.",
      },
      {
        when: when.all(when.equals("security.tenancy", "customers"), when.equals("security.isolation", "node-pools")),
        likelihood: 2,
        impact: 4,
        reason: "Dedicated nodes make an escape into another customer's containers unlikely; the shared control plane and network remain.",
      },
      {
        when: when.all(
          when.equals("security.tenancy", "not-sure"),
          when.not(when.in("security.isolation", ["shared-nodes", "node-pools", "not-sure"])),
        ),
        likelihood: 2,
        impact: 4,
        reason:
          "Unknown tenancy: even behind a sandbox or separate clusters, assume other teams' or customers' compromised code runs on the platform.",
      },
      {
        when: when.all(when.equals("security.tenancy", "internal-teams"), sensitive),
        likelihood: 2,
        impact: 4,
        reason:
          "Trusted teams are not the threat, their compromised dependencies are: an escape on a shared kernel is unlikely but reaches another team's sensitive data.",
      },
      {
        when: when.equals("security.tenancy", "internal-teams"),
        likelihood: 2,
        impact: 3,
        reason:
          "Trusted teams are not the threat, their compromised dependencies are: an escape on a shared kernel is unlikely but crosses teams.",
      },
    ],
  },
  {
    id: "security.excess-privilege",
    area: "security",
    title: "A compromised container has far more power than it needs",
    description:
      "An attacker who gets code execution in a container running as root, with all default capabilities and no seccomp or MAC policy, has a short path to the host. A privileged container or a mounted Docker socket is the host.",
    affects: "Every workload on the same host, and the security team",
    rules: [
      {
        when: when.in("security.run-as", ["privileged", "not-sure"]),
        likelihood: 4,
        impact: 5,
        reason: "Privileged mode, host namespaces or the Docker socket give root on the host to whoever controls the container.",
      },
      {
        when: when.all(when.equals("security.run-as", "root"), includesAny("security.hardening", ["none", "not-sure"])),
        likelihood: 4,
        impact: 4,
        reason: "Root with default capabilities and no seccomp or MAC profile turns any kernel flaw into a breakout.",
      },
      {
        when: when.all(when.equals("security.run-as", "root"), when.not(includesAny("security.hardening", ["none", "not-sure"]))),
        likelihood: 3,
        impact: 4,
        reason: "Root in the container is root on the host after an escape.",
      },
      {
        when: when.includes("security.hardening", "not-sure"),
        likelihood: 4,
        impact: 3,
        reason: "Unknown runtime controls are usually the permissive defaults.",
      },
      {
        when: when.includes("security.hardening", "none"),
        likelihood: 3,
        impact: 3,
        reason: "Non-root helps, but without seccomp, dropped capabilities or a read-only filesystem the attack surface stays wide.",
      },
    ],
  },
  {
    id: "security.supply-chain-compromise",
    area: "security",
    title: "A vulnerable or tampered image reaches production",
    description:
      "Images with known critical vulnerabilities, or images not built by your pipeline, are deployed because nothing checks them. A compromised dependency or registry account runs with your credentials.",
    affects: "The organisation's customers and data, and the security team",
    rules: [
      {
        when: when.includes("security.supply-chain", "not-sure"),
        likelihood: 5,
        impact: 4,
        reason: "If nobody knows what checks images, nothing does.",
      },
      {
        when: when.includes("security.supply-chain", "none"),
        likelihood: 4,
        impact: 4,
        reason: "Unscanned, unsigned images with no admission control: known CVEs ship by default.",
      },
      {
        when: when.all(supplyChainAnswered, when.not(when.includes("security.supply-chain", "scanning"))),
        likelihood: 3,
        impact: 4,
        reason: "Without scanning, known vulnerabilities are found by attackers first.",
      },
      {
        when: when.all(sensitive, supplyChainAnswered, when.not(when.includes("security.supply-chain", "signing"))),
        likelihood: 2,
        impact: 4,
        reason: "For sensitive data, nothing proves an image came from your pipeline; SLSA and signing close that gap.",
      },
    ],
  },
  {
    id: "security.compliance-gap",
    area: "security",
    title: "The container platform fails an audit",
    description:
      "Controls the regime requires (patching, access, logging, change evidence) have moved into the platform, but nobody can show them working. Findings delay go-live or put the right to process card or health data at risk.",
    affects: "The business's licence to operate, compliance and security staff",
    rules: [
      {
        when: when.all(strictRegime, weakControls),
        likelihood: 4,
        impact: 5,
        reason:
          "A prescriptive regime with missing hardening, supply-chain, log, network-segmentation, encryption or tenant-isolation controls: findings are likely and serious.",
      },
      {
        when: when.all(otherRegime, weakControls),
        likelihood: 3,
        impact: 4,
        reason: "Privacy and assurance frameworks expect these controls too, with less prescriptive evidence.",
      },
      {
        when: strictRegime,
        likelihood: 2,
        impact: 4,
        reason: "Even with controls in place, auditors need new evidence: provenance, admission logs, who can exec into pods.",
      },
      {
        when: otherRegime,
        likelihood: 2,
        impact: 3,
        reason: "Evidence for the platform has to be gathered once before the first audit.",
      },
    ],
  },
  {
    id: "security.secrets-exposed",
    area: "security",
    title: "Secrets leak through images, repositories or deployment files",
    description:
      "Credentials baked into an image can be read by anyone who can pull it, and deleting them in a later layer does not remove them. Secrets in plain deployment files end up in git history, CI logs and describe output.",
    affects: "The systems those credentials unlock, and the security team rotating them",
    rules: [
      {
        when: when.in("app-knowledge.secrets", ["baked", "not-sure"]),
        likelihood: 4,
        impact: 5,
        reason: "Image layers and git history keep secrets for ever; registries and repositories are widely readable.",
      },
      {
        when: when.equals("app-knowledge.secrets", "plain"),
        likelihood: 3,
        impact: 4,
        reason: "Plain values in deployment files spread to git, CI logs and 'kubectl describe' output.",
      },
      {
        when: when.equals("app-knowledge.secrets", "k8s-secrets"),
        likelihood: 2,
        impact: 4,
        reason:
          "Unlikely but serious: Kubernetes Secrets are base64, readable by anyone allowed to get them, and stored in etcd unencrypted unless a KMS provider is set.",
      },
    ],
  },
  {
    id: "security.ci-pipeline-compromise",
    area: "security",
    title: "A compromised pipeline leaks cloud keys or ships a poisoned image",
    description:
      "A third-party action or CI image referenced by a movable tag is replaced with malicious code, or an untrusted pull request runs on a runner that holds deploy secrets. The job's long-lived cloud keys and registry credentials are stolen, or a tampered image is built, signed and deployed as if it were yours.",
    affects: "The cloud accounts and registries the pipeline can reach, and every service it deploys",
    rules: [
      {
        when: when.any(ciPipeline("none"), ciPipeline("not-sure"), when.all(ciPipelineLacks("pinned"), ciPipelineLacks("oidc"))),
        likelihood: 4,
        impact: 5,
        reason:
          "Likely: actions pulled by movable tags and cloud keys stored as CI secrets are how the March 2025 tj-actions/changed-files compromise leaked secrets from thousands of repositories.",
      },
      {
        when: when.any(ciPipelineLacks("pinned"), ciPipelineLacks("oidc")),
        likelihood: 3,
        impact: 5,
        reason:
          "Possible: either an unpinned third-party step can be swapped under you, or a stored cloud key outlives the job that leaks it; both reach the whole account.",
      },
      {
        when: when.any(ciPipelineLacks("isolated-runners"), ciPipelineLacks("scoped-secrets")),
        likelihood: 3,
        impact: 4,
        reason:
          "Possible: shared, long-lived runners or secrets readable from any branch let one untrusted job read what the deploy job holds.",
      },
    ],
  },
  {
    id: "security.slow-base-image-patching",
    area: "security",
    title: "A fixed critical CVE stays in production for weeks",
    description:
      "A critical vulnerability in a base image is fixed upstream, but the fixed image reaches production only when someone happens to rebuild each service. Quiet services keep the vulnerable layer for months, and when asked, nobody can say quickly which running images are affected.",
    affects: "Security staff racing a published exploit, and the customers whose data the services hold",
    rules: [
      {
        when: when.in("security.patch-latency", ["no-process", "next-release", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason:
          "Likely: without a rebuild triggered by the fix itself, images of services that are not being changed keep a known, exploitable CVE for months.",
      },
      {
        when: when.equals("security.patch-latency", "weeks"),
        likelihood: 3,
        impact: 4,
        reason: "Possible: exploits for critical CVEs often appear within days, well inside a patch round measured in weeks.",
      },
    ],
  },
];
