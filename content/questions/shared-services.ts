/** Shared services: agents on the host or in the containers, and managing the hosts themselves. */
import { when, type Question } from "@/lib/engine/content-schema";

/**
 * Beyond one greenfield pilot on a managed platform: more services, an existing workload, or
 * a cluster the team runs itself. Only then are registry and add-on upkeep asked.
 */
const beyondFirstService = when.any(
  when.in("scope.breadth", ["one-team", "many-teams", "whole-estate", "not-sure"]),
  when.in("scope.first-workload", ["existing-stateless", "batch", "legacy-stateful", "most-critical", "undecided"]),
  when.in("orchestration.k8s-mode", ["self-run", "distribution", "not-sure"]),
);

export const questions: Question[] = [
  {
    id: "shared-services.agents",
    area: "shared-services",
    kind: "multi",
    prompt: "Which agents does each workload or host need? Choose all that apply.",
    help: "Every agent has to run somewhere. Counting them up front decides whether they belong once per host or once per container, the talk's central question for shared services.",
    required: true,
    options: [
      { id: "logs", label: "Log shipping" },
      { id: "metrics", label: "Metrics and monitoring" },
      { id: "tracing", label: "Tracing or APM" },
      { id: "security", label: "Security or runtime detection (e.g. Falco, an EDR agent)" },
      { id: "backup", label: "Backup" },
      { id: "none", label: "None" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.agent-placement",
    area: "shared-services",
    kind: "single",
    prompt: "Where will those agents run?",
    help: "Agents inside each container increase image size, memory and CPU use, and force a multi-process container. Once per host (a DaemonSet) is usually cheaper; a sidecar sits in between.",
    required: true,
    when: when.any(
      when.includes("shared-services.agents", "logs"),
      when.includes("shared-services.agents", "metrics"),
      when.includes("shared-services.agents", "tracing"),
      when.includes("shared-services.agents", "security"),
      when.includes("shared-services.agents", "backup"),
      when.includes("shared-services.agents", "not-sure"),
    ),
    options: [
      { id: "node", label: "Once per host: a DaemonSet or a host service" },
      { id: "sidecar", label: "A sidecar container beside each workload" },
      { id: "in-container", label: "Inside each application container" },
      { id: "provider", label: "The provider handles it (serverless containers)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.host-management",
    area: "shared-services",
    kind: "single",
    prompt: "How are the container hosts themselves built and patched?",
    help: "Even with everything in containers, you still need something to manage the hosts, as the talk noted, and every container on a host shares its kernel, so the hosts' patch level is every container's patch level.",
    required: true,
    options: [
      {
        id: "immutable",
        label: "A minimal, immutable OS replaced on update, or provider-managed node images",
        hint: "For example Bottlerocket, Flatcar, Talos or Fedora CoreOS.",
      },
      { id: "config-mgmt", label: "A general-purpose OS managed by configuration management (Ansible, Puppet, Chef)" },
      { id: "manual", label: "Patched by hand" },
      { id: "provider", label: "We have no hosts of our own (serverless containers)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.host-patching",
    area: "shared-services",
    kind: "single",
    prompt: "How soon are kernel and container-runtime security fixes applied to hosts?",
    help: "Container escapes are usually fixed on the host, not in images: runc's 'Leaky Vessels' (CVE-2024-21626) needed a runtime update on every node. Hosts patched monthly or rarely stay exposed long after an exploit is public.",
    required: true,
    when: when.in("shared-services.host-management", ["config-mgmt", "manual", "not-sure"]),
    options: [
      { id: "days", label: "Within days" },
      { id: "monthly", label: "Within a month" },
      { id: "rarely", label: "Rarely or irregularly" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.observability",
    area: "shared-services",
    kind: "single",
    prompt: "How will you see what the containers are doing: metrics, traces and alerts?",
    help: "Containers are short-lived and many; you cannot log in to one and look around. Without shared metrics and alerts, customers find failures before you do.",
    required: true,
    options: [
      {
        id: "platform",
        label: "A shared platform (e.g. Prometheus and OpenTelemetry with Grafana, or a cloud or SaaS service) with alerts",
      },
      { id: "per-team", label: "Each team sets up its own" },
      { id: "none", label: "Nothing yet" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.node-fit",
    area: "shared-services",
    kind: "multi",
    prompt: "Which of these are ready for the workload's special needs? Choose all that apply.",
    help: "Special workloads need nodes and images that fit each other: a process-isolated Windows container starts only on a host whose Windows build matches its base image, an amd64-only image fails on arm64 with 'exec format error', and a multi-gigabyte image makes every reschedule and scale-out slow. Kernel modules loaded from a container break with the next kernel update and need privileges no workload should have.",
    required: true,
    // Against its area: whether the platform fits depends on this workload's own special needs, asked per application.
    level: "application",
    when: when.any(
      when.includes("resilience.workload-traits", "windows"),
      when.includes("resilience.workload-traits", "arm64"),
      when.includes("resilience.workload-traits", "gpu"),
      when.includes("resilience.workload-traits", "large-image"),
      when.includes("resilience.workload-traits", "kernel"),
    ),
    options: [
      {
        id: "windows-match",
        label: "Windows node pools whose OS build matches the images' base (ltsc2022, ltsc2025), or Hyper-V isolation",
      },
      {
        id: "multi-arch",
        label: "Multi-arch images (docker buildx, one manifest list) for every architecture we run, base images included",
      },
      { id: "gpu-nodes", label: "Tainted GPU node pools with the NVIDIA GPU Operator or the vendor's device plugin" },
      {
        id: "fast-start",
        label: "Start-up handled: slimmer images, pre-pulling or lazy loading (SOCI, stargz, GKE image streaming), startup probes",
      },
      { id: "kernel-in-node-image", label: "Kernel modules and node settings come with the node image, not from containers" },
      { id: "none", label: "None of these yet" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.node-prerequisites",
    area: "shared-services",
    kind: "single",
    prompt: "Are your nodes ready for current Kubernetes: cgroup v2 and containerd 2?",
    help: "From Kubernetes 1.35 the kubelet refuses by default to start on a node booted with cgroup v1, and 1.35 is the last release to support containerd 1.x. Nodes built from older images or distributions stop joining the cluster at the next upgrade.",
    required: true,
    when: when.in("orchestration.k8s-mode", ["self-run", "distribution", "not-sure"]),
    options: [
      { id: "ready", label: "Yes: every node runs cgroup v2 and containerd 2.x, checked in our node images" },
      { id: "some-old", label: "Some nodes still boot cgroup v1 or run containerd 1.7" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.image-sources",
    area: "shared-services",
    kind: "single",
    prompt: "Where do your nodes and pipelines pull images and Helm charts from?",
    help: "Every pull from a public registry depends on someone else's limits and catalogue: Docker Hub rate-limits anonymous pulls, and public images and charts move or disappear (Bitnami's catalogue moved behind a paid offering in 2025). A pod that cannot pull its image does not start, so a rate limit or a vanished tag turns a routine reschedule into an outage.",
    required: true,
    when: beyondFirstService,
    options: [
      {
        id: "mirror",
        label: "Through our own registry or pull-through cache, charts vendored as OCI artifacts",
        hint: "For example Harbor, Zot, or a cloud registry's pull-through cache (ECR, Artifact Registry, ACR).",
      },
      { id: "air-gapped", label: "An air-gapped site: images and charts are carried in to an internal registry" },
      { id: "authenticated", label: "Straight from public registries, with paid or authenticated accounts" },
      { id: "public-anonymous", label: "Straight from public registries and chart repositories, anonymously" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "shared-services.addon-lifecycle",
    area: "shared-services",
    kind: "single",
    prompt:
      "Who keeps the cluster's add-ons (ingress controller, cert-manager, CSI drivers, service mesh, policy engine, operators) upgraded?",
    help: "Each add-on is a product with its own releases and support window, upgraded apart from Kubernetes itself, and several changed licence or were retired in 2025–26: ingress-nginx was retired in March 2026. Without an owner and an inventory, add-ons age until a cluster upgrade removes an API they use or a CVE has no fix.",
    required: true,
    when: when.all(when.answered("orchestration.k8s-mode"), beyondFirstService),
    options: [
      {
        id: "inventory",
        label: "A named owner with an inventory of every add-on, its version and support window; upgrades are proposed automatically",
        hint: "For example Renovate or Dependabot for charts, and Nova or Pluto to flag outdated charts and APIs.",
      },
      { id: "provider", label: "The provider's managed add-ons cover what we run" },
      { id: "ad-hoc", label: "Someone upgrades them when something breaks; there is no inventory" },
      { id: "nobody", label: "Installed once; nobody has been named to upgrade them" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
