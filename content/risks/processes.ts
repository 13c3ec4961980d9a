import { when, type Risk } from "@/lib/engine/content-schema";

/** No minimal init in front of the application (or nobody knows). */
const noInit = when.in("app-knowledge.pid1", ["app", "shell", "not-sure"]);

export const risks: Risk[] = [
  {
    id: "processes.supervisor-masks-failure",
    area: "processes",
    title: "A process dies inside the container and nobody notices",
    description:
      "With several processes in one container, the orchestrator watches only the first. A backgrounded process that dies leaves the container 'healthy' but half-working, and a supervisor that quietly restarts children hides crash loops from monitoring.",
    affects: "Users of the half-working service, and on-call staff looking in the wrong place",
    rules: [
      {
        when: when.in("processes.supervisor", ["script", "not-sure"]),
        likelihood: 5,
        impact: 4,
        reason: "A start-up script backgrounds processes and watches none of them; a death goes unnoticed until users complain.",
      },
      {
        when: when.equals("processes.supervisor", "supervisor"),
        likelihood: 3,
        impact: 3,
        reason: "supervisord and friends restart children quietly; unless set to exit on fatal failures, the orchestrator never learns.",
      },
    ],
  },
  {
    id: "processes.zombie-processes",
    area: "processes",
    title: "Zombie processes pile up and signals go nowhere",
    description:
      "Orphaned child processes are handed to PID 1, which here is an application or shell that never reaps them. Zombies accumulate until the container's process limit is reached and new work fails, and stop signals are not passed on to the children.",
    affects: "The service's users when it stops accepting work, and on-call staff",
    rules: [
      {
        when: when.all(when.equals("processes.children", "yes"), when.equals("app-knowledge.pid1", "not-sure")),
        likelihood: 5,
        impact: 3,
        reason: "Child processes and an unknown PID 1: assume nothing reaps them.",
      },
      {
        when: when.all(when.equals("processes.children", "not-sure"), noInit),
        likelihood: 5,
        impact: 3,
        reason: "Nobody knows whether the app spawns processes, and no init would reap them if it does.",
      },
      {
        when: when.all(when.equals("processes.children", "yes"), when.in("app-knowledge.pid1", ["app", "shell"])),
        likelihood: 4,
        impact: 3,
        reason: "An application as PID 1 rarely reaps orphans; zombies accumulate over days until the pids limit is hit.",
      },
      {
        when: when.all(when.in("processes.supervisor", ["script", "not-sure"]), noInit),
        likelihood: 4,
        impact: 3,
        reason: "A multi-process container without a supervisor or init that reaps and forwards signals.",
      },
    ],
  },
  {
    id: "processes.cron-duplication",
    area: "processes",
    title: "Scheduled work runs on every replica, or stops running",
    description:
      "A scheduler inside the application runs the job once per replica, so invoices go out three times after scaling to three. A crontab on the old server is simply left behind, and the job silently stops.",
    affects: "Customers receiving duplicate or missing results, and finance or operations teams",
    rules: [
      {
        when: when.equals("processes.scheduled", "not-sure"),
        likelihood: 5,
        impact: 3,
        reason: "Unknown scheduled tasks are the ones nobody moves.",
      },
      {
        when: when.equals("processes.scheduled", "in-app"),
        likelihood: 4,
        impact: 3,
        reason: "Every replica runs the in-app scheduler unless it elects a leader.",
      },
      {
        when: when.equals("processes.scheduled", "host-cron"),
        likelihood: 4,
        impact: 3,
        reason: "The host's crontab does not come along; jobs stop without any error.",
      },
    ],
  },
];
