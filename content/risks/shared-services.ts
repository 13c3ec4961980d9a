import { when, type Risk } from "@/lib/engine/content-schema";

const manualHosts = when.any(
  when.in("shared-services.host-management", ["manual", "not-sure"]),
  when.in("shared-services.host-patching", ["rarely", "not-sure"]),
);

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
        when: when.in("logging.file-handling", ["agent-inside", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "A log agent inside the app container forces the multi-process route and fails silently with it.",
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
        reason: "Hand-patched hosts lag behind runtime and kernel fixes such as runc's 'Leaky Vessels'.",
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
];
