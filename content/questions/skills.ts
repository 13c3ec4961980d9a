/** Staff readiness: the talk's "Staff readiness" challenge. Most of the skills are not about containers. */
import { when, type Question } from "@/lib/engine/content-schema";

export const questions: Question[] = [
  {
    id: "skills.ops-capacity",
    area: "skills",
    kind: "single",
    prompt: "Who will run the container platform and be paged when it breaks?",
    help: "Containers move work from building servers to running a platform: upgrades, capacity, networking, the registry and the pipeline. Someone has to own that and be on call, or it lands on whoever is least able to say no.",
    required: true,
    options: [
      { id: "platform-team", label: "A dedicated platform or SRE team" },
      { id: "ops-team", label: "An operations team that also runs other things" },
      { id: "developers", label: "The developers, alongside building features" },
      { id: "unassigned", label: "Nobody has been named yet", unknown: true },
    ],
  },
  {
    id: "skills.orchestration",
    area: "skills",
    kind: "scale",
    prompt:
      "How confident is the team at operating a container orchestrator: scheduling, rolling updates, finding out why a pod will not start?",
    help: "Orchestrators fail in their own ways (evictions, OOM kills, image pull errors, DNS, stuck rollouts). A team that has only followed tutorials meets these for the first time in production.",
    required: true,
    scale: [
      "Never used one",
      "Followed tutorials or a course",
      "Run one outside production",
      "Run one in production",
      "Run one in production and debugged its failures",
    ],
  },
  {
    id: "skills.gap-plan",
    area: "skills",
    kind: "single",
    prompt: "Who will you lean on while the team learns?",
    help: "Skills take quarters to build; incidents do not wait. Knowing where help comes from on a bad night decides whether a platform problem is an hour or a week.",
    required: true,
    when: when.in("skills.orchestration", [1, 2]),
    options: [
      { id: "partner", label: "A vendor support contract or a consultancy" },
      { id: "hire", label: "People we are hiring who have done it before" },
      { id: "managed", label: "A managed service that removes the hardest parts" },
      { id: "nobody", label: "Nobody: we will learn as we go" },
    ],
  },
  {
    id: "skills.distributed",
    area: "skills",
    kind: "scale",
    prompt:
      "How confident is the team with distributed-systems basics: consensus stores such as etcd, service registration and discovery, timeouts, retries and partial failure?",
    help: "The talk's point still holds: most of the new skills are not Docker skills. Once a service is many replicas on many hosts, failures are partial and intermittent, and they are debugged with these ideas rather than with a shell on one server.",
    required: true,
    scale: [
      "New to these ideas",
      "Know the terms",
      "Have designed for them on one system",
      "Apply them routinely",
      "Have run and repaired such systems under load",
    ],
  },
  {
    id: "skills.app-architecture",
    area: "skills",
    kind: "scale",
    prompt:
      "How familiar are your developers with designing applications for containers: configuration from the environment, disposable instances, health endpoints, no local state?",
    help: "A container is a poor home for an application that assumes a long-lived server with a local disk. Twelve-factor habits decide whether the platform can restart, move and scale the app without anyone noticing.",
    required: true,
    scale: ["Not familiar", "Have read about it", "Applied on one service", "Our usual practice", "Our usual practice, and we teach it"],
  },
  {
    id: "skills.training",
    area: "skills",
    kind: "single",
    prompt: "Is there time and budget for training?",
    help: "Skills gaps close with practice time, not with a licence purchase. Budgeted time (courses towards CKA or CKAD, a lab cluster, game days) is the cheapest risk reduction on this list.",
    required: true,
    options: [
      { id: "funded", label: "Yes: budgeted time and courses or certifications" },
      { id: "self-study", label: "Only self-study in spare time" },
      { id: "none", label: "No" },
    ],
  },
];
