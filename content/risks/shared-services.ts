import { when, type Risk } from "@/lib/engine/content-schema";

/**
 * "No hosts of our own" is true only of serverless and fully managed nodes; with any other
 * platform (or one not chosen yet) the hosts exist, and nobody has taken them on.
 */
const disownedHosts = when.all(
  when.equals("shared-services.host-management", "provider"),
  when.any(
    when.in("orchestration.platform", ["other-scheduler", "compose", "static", "undecided"]),
    when.in("orchestration.k8s-mode", ["managed", "distribution", "self-run", "not-sure"]),
  ),
);
const manualHosts = when.any(
  when.in("shared-services.host-management", ["manual", "not-sure"]),
  when.in("shared-services.host-patching", ["rarely", "not-sure"]),
  disownedHosts,
);

const trait = (option: string) => when.includes("resilience.workload-traits", option);
/** The node-fit answer lacks a preparation, or the team does not know. */
const unready = (option: string) =>
  when.any(when.not(when.includes("shared-services.node-fit", option)), when.includes("shared-services.node-fit", "not-sure"));

export const risks: Risk[] = [
  {
    id: "shared-services.agent-overhead",
    area: "shared-services",
    title: "Agents inside every container bloat it and force a multi-process design",
    description:
      "Log, monitoring and security agents baked into each image multiply memory and CPU use by the number of containers, enlarge every image, and need a supervisor. Upgrading an agent means rebuilding every image.",
    affects: "The budget, and the teams rebuilding images for every agent change",
    rules: [
      {
        when: when.in("shared-services.agent-placement", ["in-container", "not-sure"]),
        likelihood: 5,
        impact: 3,
        reason: "The talk's cost list exactly: bigger images, more memory and CPU, and a forced multi-process container.",
      },
      {
        when: when.all(
          when.equals("shared-services.agent-placement", "sidecar"),
          when.in("orchestration.scale", ["medium", "large", "not-sure"]),
        ),
        likelihood: 3,
        impact: 2,
        reason: "A sidecar per pod multiplies resource requests and upgrade work by the number of pods.",
      },
    ],
  },
  {
    id: "shared-services.unmanaged-hosts",
    area: "shared-services",
    title: "Container hosts drift and go unpatched",
    description:
      "Hosts configured and patched by hand drift apart and fall behind on kernel and runtime fixes. Since every container shares its host's kernel, one unpatched host exposes every workload on it to known escapes.",
    affects: "Every workload on the hosts, and the security team",
    rules: [
      {
        when: when.all(manualHosts, when.in("security.tenancy", ["customers", "untrusted-code", "not-sure"])),
        likelihood: 4,
        impact: 5,
        reason: "Unpatched shared kernels under other tenants' code: a public escape exploit becomes a cross-tenant breach.",
      },
      {
        when: manualHosts,
        likelihood: 4,
        impact: 4,
        reason:
          "Hand-patched hosts, or hosts nobody counts as theirs ('no hosts of our own' on a platform that has them), lag behind runtime and kernel fixes such as runc's 'Leaky Vessels'.",
      },
      {
        when: when.equals("shared-services.host-patching", "monthly"),
        likelihood: 2,
        impact: 4,
        reason: "A month is a long window once a container escape is public.",
      },
    ],
  },
  {
    id: "shared-services.blind-operations",
    area: "shared-services",
    title: "Failures are found by customers first",
    description:
      "Without shared metrics, traces and alerts, short-lived containers fail and restart unseen. Capacity problems, crash loops and slow dependencies surface as customer complaints, and nobody can show what happened.",
    affects: "Customers, and on-call staff working without evidence",
    rules: [
      {
        when: when.in("shared-services.observability", ["none", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "No monitoring on a platform that restarts things automatically hides every failure until it is big.",
      },
      {
        when: when.equals("shared-services.observability", "per-team"),
        likelihood: 3,
        impact: 3,
        reason: "Per-team monitoring leaves gaps between teams, exactly where cross-service failures happen.",
      },
    ],
  },
  {
    id: "shared-services.workload-node-mismatch",
    area: "shared-services",
    title: "The workload does not fit the nodes it lands on",
    description:
      "Pods stay Pending for want of a matching node, or start on one they cannot run on: a Windows image on a host of another build, an amd64-only image on arm64, a GPU job on a node without drivers. Images of several gigabytes and modules loaded from containers make every reschedule slow or every kernel update an outage.",
    affects: "Users waiting for the service to start, and the operators who must fix nodes by hand",
    rules: [
      {
        when: when.all(trait("windows"), unready("windows-match")),
        likelihood: 4,
        impact: 3,
        reason: "Likely: process-isolated Windows containers run only on a host whose build matches their base image.",
      },
      {
        when: when.all(trait("arm64"), unready("multi-arch")),
        likelihood: 4,
        impact: 3,
        reason: "Likely: one single-architecture image, often a base or a sidecar, fails with 'exec format error'.",
      },
      {
        when: when.all(trait("large-image"), unready("fast-start")),
        likelihood: 4,
        impact: 3,
        reason: "Likely: pulling gigabytes on every new node makes scale-out and recovery take minutes, not seconds.",
      },
      {
        when: when.all(trait("kernel"), unready("kernel-in-node-image")),
        likelihood: 4,
        impact: 3,
        reason:
          "Likely: modules loaded from a privileged container break with the node's next kernel update, and the container holds full host access.",
      },
      {
        when: when.all(trait("gpu"), unready("gpu-nodes")),
        likelihood: 3,
        impact: 3,
        reason: "Possible: GPU pods wait without drivers, or ordinary pods fill expensive GPU nodes.",
      },
    ],
  },
  {
    id: "shared-services.node-prerequisites-unmet",
    area: "shared-services",
    title: "Nodes stop joining the cluster at the next upgrade",
    description:
      "A kubelet of Kubernetes 1.35 or later refuses by default to start on a node booted with cgroup v1, and releases after 1.35 need containerd 2. Nodes built from older images fall out of the cluster during the upgrade, taking their workloads with them.",
    affects: "Operations staff during upgrades, and the services on the affected nodes",
    rules: [
      {
        when: when.in("shared-services.node-prerequisites", ["some-old", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason: "Likely: self-built node images are the ones still on cgroup v1 or containerd 1.7, and unchecked ones often are.",
      },
    ],
  },
  {
    id: "shared-services.upstream-unavailable",
    area: "shared-services",
    title: "Pods cannot start because an upstream image or chart is rate-limited or gone",
    description:
      "Nodes pulling straight from public registries hit Docker Hub's pull rate limits during scale-out or a node replacement, and images or charts that move or vanish upstream (as Bitnami's catalogue did in 2025) break installs and restores. A pod whose image cannot be pulled stays in ImagePullBackOff, however healthy the rest of the platform is.",
    affects: "Every service during scale-out, recovery and cluster rebuilds, and the operators chasing missing images",
    rules: [
      {
        when: when.in("shared-services.image-sources", ["public-anonymous", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason:
          "Likely: anonymous pulls from many nodes behind one address hit Docker Hub's limits, and a public chart or tag that moves breaks the next install.",
      },
      {
        when: when.equals("shared-services.image-sources", "authenticated"),
        likelihood: 3,
        impact: 3,
        reason: "Possible: paid accounts lift the rate limits, but images and charts that move or vanish upstream still break installs.",
      },
      {
        when: when.equals("shared-services.image-sources", "air-gapped"),
        likelihood: 2,
        impact: 3,
        reason: "Unlikely but slow to fix: an image or chart nobody carried in cannot be pulled until someone does.",
      },
    ],
  },
  {
    id: "shared-services.stale-addons",
    area: "shared-services",
    title: "Cluster add-ons age out of support unnoticed",
    description:
      "Ingress controllers, cert-manager, CSI drivers, service meshes, policy engines and operators each have their own releases and support windows. Left as installed, they miss security fixes, block cluster upgrades by relying on removed APIs, or are retired under the team (ingress-nginx in March 2026) with no plan to replace them.",
    affects: "Every service behind the ingress, certificates and storage, and operations staff during cluster upgrades",
    rules: [
      {
        when: when.in("shared-services.addon-lifecycle", ["nobody", "not-sure"]),
        likelihood: 4,
        impact: 4,
        reason:
          "Likely: add-ons nobody owns are found out of support only when a cluster upgrade breaks them or a CVE has no fix for their version.",
      },
      {
        when: when.equals("shared-services.addon-lifecycle", "ad-hoc"),
        likelihood: 3,
        impact: 4,
        reason: "Possible: without an inventory, upgrades happen after something breaks, and a retired add-on goes unnoticed.",
      },
      {
        when: when.equals("shared-services.addon-lifecycle", "provider"),
        likelihood: 2,
        impact: 3,
        reason: "Unlikely: managed add-ons are upgraded for you, but anything installed beside them is not.",
      },
    ],
  },
];
