/** Shared services: agents on the host or in the containers, and managing the hosts themselves. */
import { when } from "@/lib/engine/condition";
import type { Question } from "@/lib/engine/questionnaire";

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
      { id: "not-sure", label: "Not sure" },
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
      { id: "not-sure", label: "Not sure" },
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
      { id: "not-sure", label: "Not sure" },
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
      { id: "not-sure", label: "Not sure" },
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
      { id: "platform", label: "A shared platform (e.g. Prometheus and OpenTelemetry with Grafana, or a cloud or SaaS service) with alerts" },
      { id: "per-team", label: "Each team sets up its own" },
      { id: "none", label: "Nothing yet" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
];
