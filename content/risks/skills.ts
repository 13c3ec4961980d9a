import { when, type Risk } from "@/lib/engine/content-schema";

/** Platforms where the team operates the scheduler, rather than a provider. */
const teamRunsScheduler = when.in("orchestration.platform", ["kubernetes", "other-scheduler", "undecided"]);
const novice = (question: string) => when.in(question, [1, 2]);

export const risks: Risk[] = [
  {
    id: "skills.orchestration-gap",
    area: "skills",
    title: "The team cannot operate or debug the orchestrator",
    description:
      "Pods stuck pending, crash loops, evictions, failed rollouts and DNS faults are met for the first time in production. Incidents last hours instead of minutes, and changes to the platform are avoided because nobody is sure what they do.",
    affects: "On-call staff, and the customers of every service on the platform",
    rules: [
      {
        when: when.all(novice("skills.orchestration"), when.equals("skills.gap-plan", "nobody"), teamRunsScheduler),
        likelihood: 5,
        impact: 4,
        reason: "No experience and no backstop: the team learns the scheduler during its outages.",
      },
      {
        when: when.all(novice("skills.orchestration"), when.equals("skills.training", "none"), teamRunsScheduler),
        likelihood: 4,
        impact: 4,
        reason: "No experience and no training time: the gap will not close on its own.",
      },
      {
        when: when.all(novice("skills.orchestration"), teamRunsScheduler),
        likelihood: 3,
        impact: 3,
        reason: "A partner, new hires or a managed service cover the worst, but day-to-day debugging still lands on the team.",
      },
      {
        when: when.all(when.equals("skills.orchestration", 3), teamRunsScheduler),
        likelihood: 2,
        impact: 3,
        reason: "Experience outside production misses production's failure modes: load, upgrades, noisy neighbours.",
      },
    ],
  },
  {
    id: "skills.distributed-gap",
    area: "skills",
    title: "Distributed-systems failures surprise the team",
    description:
      "Once a service is many replicas on many hosts, failures are partial: timeouts, split brain, stale discovery, retry storms. A team used to one server reads them as random, and fixes make them worse.",
    affects: "Developers and on-call staff, and users during partial outages",
    rules: [
      {
        when: when.all(novice("skills.distributed"), when.in("orchestration.scale", ["medium", "large", "not-sure"])),
        likelihood: 4,
        impact: 4,
        reason: "Tens or hundreds of services make partial failures likely, and unfamiliar teams misdiagnose them.",
      },
      {
        when: novice("skills.distributed"),
        likelihood: 3,
        impact: 3,
        reason: "Even a few services across hosts bring timeouts and retries that need designing for.",
      },
      {
        when: when.all(when.equals("skills.distributed", 3), when.in("orchestration.scale", ["large", "not-sure"])),
        likelihood: 3,
        impact: 3,
        reason: "Single-system experience stretches thin across hundreds of services.",
      },
    ],
  },
  {
    id: "skills.app-design-gap",
    area: "skills",
    title: "Applications are packaged into containers without being adapted",
    description:
      "Applications are wrapped as they are: configuration baked in, state on local disk, slow starts, no health endpoints, no clean shutdown. The platform restarts and moves them as designed, and they break each time.",
    affects: "Developers, and the users of the applications being moved",
    rules: [
      {
        when: when.all(
          novice("skills.app-architecture"),
          when.in("scope.first-workload", ["legacy-stateful", "most-critical", "undecided"]),
        ),
        likelihood: 4,
        impact: 4,
        reason: "The hardest application (or an undecided one, which may turn out to be it) meets the least container-aware design skills.",
      },
      {
        when: novice("skills.app-architecture"),
        likelihood: 4,
        impact: 3,
        reason: "Without twelve-factor habits, the first containerised apps fight the platform.",
      },
      {
        when: when.equals("skills.app-architecture", 3),
        likelihood: 2,
        impact: 3,
        reason: "Applied once is not yet habit; expect gaps on the next service.",
      },
    ],
  },
];
