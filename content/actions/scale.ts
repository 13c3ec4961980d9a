/** Scale: extend what worked to more services and teams without each one reinventing it. */
import type { Action } from "@/lib/engine/content-schema";

export const actions: Action[] = [
  {
    id: "platform-team-paved-road",
    title: "Turn the pilot into a paved road run by a platform team",
    detail:
      "Give a platform team the job of making the right way the easy way: a starter template or Backstage software template with the Dockerfile, pipeline, probes, policies and dashboards already right, so each new service starts compliant. Measure it by adoption and lead time, and keep it thin: compose upstream tools rather than wrapping them.",
    phase: "scale",
    owner: "management",
    effort: "L",
    mitigates: ["scope.tooling-burden", "orchestration.platform-beyond-capacity", "skills.orchestration-gap"],
    dependsOn: ["pilot-review", "set-operating-model"],
  },
  {
    id: "roll-out-in-waves",
    title: "Widen adoption in small waves, ordered by readiness",
    detail:
      "Move services in waves of a few at a time: stateless services first, then those with managed state, stateful legacy last (or never; some are better left on VMs). Each wave repeats this assessment and must meet the measures of the last before the next begins.",
    phase: "scale",
    owner: "architecture",
    effort: "M",
    mitigates: ["scope.boil-the-ocean", "scope.wrong-first-workload"],
    dependsOn: ["pilot-review"],
  },
  {
    id: "node-agents-as-daemonsets",
    title: "Run shared agents once per node, not once per container",
    detail:
      "Run every per-host agent (logs, metrics, security, backup) as a DaemonSet with its own resource requests, priority class and tolerations, managed through GitOps. Use a sidecar only when an agent must share a pod's network or files, and then as a native sidecar so it starts before and stops after the application.",
    phase: "scale",
    owner: "operations",
    effort: "M",
    mitigates: ["shared-services.agent-overhead"],
    dependsOn: ["collect-logs-at-node", "gitops-delivery"],
    references: [{ label: "DaemonSet", url: "https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/" }],
  },
  {
    id: "automate-image-refresh",
    title: "Close the loop on image patching",
    detail:
      "When a base image or dependency changes, let Renovate or Dependabot open the pull request, CI rebuild, test, scan and sign the image, and GitOps roll it out. Track the age of running images and open fixable CVEs per service as platform metrics, with a target.",
    phase: "scale",
    owner: "development",
    effort: "M",
    // The refresh pipeline is shared; every application's images go through it.
    level: "programme",
    mitigates: ["ownership.unpatched-images", "security.supply-chain-compromise"],
    dependsOn: ["curate-base-images", "scan-and-sbom", "pin-images-by-digest"],
  },
  {
    id: "game-days",
    title: "Rehearse failures with game days",
    detail:
      "Run regular game days that break things on purpose: kill a node, fail a zone, slow a dependency, expire a certificate, restore from backup. Tools such as Chaos Mesh or LitmusChaos automate the faults; the value is in the team practising diagnosis before a real incident.",
    phase: "scale",
    owner: "operations",
    effort: "M",
    // Game days exercise the platform and the teams together.
    level: "programme",
    mitigates: ["skills.distributed-gap", "networking.cascading-failure", "skills.orchestration-gap"],
    dependsOn: ["training-and-backstop", "resilient-dependency-calls"],
  },
  {
    id: "database-operations-standard",
    title: "Set a standard for any database run on the platform",
    detail:
      "Before any team hosts a database on the platform, require an operator with proven backup, failover and upgrade automation (CloudNativePG for PostgreSQL, Percona operators, Strimzi for Kafka), anti-affinity across zones, regular restore drills and someone on call who knows the database. Otherwise the answer is the provider's managed service.",
    phase: "scale",
    owner: "architecture",
    effort: "M",
    // A standard for every team that would host a database on the platform.
    level: "programme",
    mitigates: ["storage.self-run-database"],
    dependsOn: ["csi-volumes-for-state", "backup-restore-drills"],
    references: [{ label: "CloudNativePG", url: "https://cloudnative-pg.io/" }],
  },
];
