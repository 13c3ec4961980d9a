/** Process model: the talk's "Single-process vs. multi-process". */
import { when, type Question } from "@/lib/engine/content-schema";

export const questions: Question[] = [
  {
    id: "processes.count",
    area: "processes",
    kind: "single",
    prompt: "How many long-running processes does one instance of the application need?",
    help: "An orchestrator watches one main process per container. Anything else running beside it is invisible to the orchestrator unless something inside the container watches it.",
    required: true,
    options: [
      { id: "one", label: "One (it may manage its own threads or worker processes)" },
      { id: "several", label: "Several cooperating processes (e.g. web server and app server, or app and cron)" },
      { id: "app-plus-agents", label: "The application plus agents (logging, monitoring, backup)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "processes.supervisor",
    area: "processes",
    kind: "single",
    prompt: "What will start and watch those processes?",
    help: "Multi-process containers need a supervisor (supervisord, s6-overlay, runit), and a supervisor that quietly restarts a child hides failures from the orchestrator. Splitting processes into separate containers lets the platform see each one.",
    required: true,
    when: when.in("processes.count", ["several", "app-plus-agents", "not-sure"]),
    options: [
      { id: "supervisor", label: "A process supervisor such as supervisord, s6-overlay or runit" },
      { id: "script", label: "A shell script that starts them in the background" },
      { id: "split", label: "We will split them into separate containers" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "processes.children",
    area: "processes",
    kind: "single",
    prompt:
      "Does the application start child processes (shells out to commands, forks workers, runs a headless browser or image converter)?",
    help: "When a child's parent dies, the orphan is handed to PID 1 to reap. If PID 1 is your application, which never expected that job, zombie processes pile up until the container hits its process limit.",
    required: true,
    options: [
      { id: "yes", label: "Yes" },
      { id: "no", label: "No" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
  {
    id: "processes.scheduled",
    area: "processes",
    kind: "single",
    prompt: "Does it rely on scheduled tasks?",
    help: "A crontab on the old server does not move into the container, and a scheduler inside the application runs once per replica. Both break quietly when the service is scaled.",
    required: true,
    options: [
      { id: "none", label: "No scheduled tasks" },
      { id: "in-app", label: "Yes, a scheduler inside the application" },
      { id: "host-cron", label: "Yes, cron on the host or VM" },
      { id: "platform", label: "Yes, already run by a platform scheduler (e.g. Kubernetes CronJob)" },
      { id: "not-sure", label: "Not sure", unknown: true },
    ],
  },
];
