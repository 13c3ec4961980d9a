/** Application knowledge: signals, PID 1, shutdown, configuration and dependencies. */
import { when } from "@/lib/engine/condition";
import type { Question } from "@/lib/engine/questionnaire";

export const questions: Question[] = [
  {
    id: "app-knowledge.sigterm",
    area: "app-knowledge",
    kind: "single",
    prompt: "What does the application do when it receives SIGTERM?",
    help: "Every deployment, scale-down and node drain stops containers with SIGTERM, then SIGKILL after a grace period (30 seconds by default in Kubernetes). An application that does not shut down cleanly drops work every time you release.",
    required: true,
    options: [
      { id: "graceful", label: "Stops taking new work, finishes what is in flight and exits" },
      { id: "immediate", label: "Exits at once, dropping in-flight work" },
      { id: "ignores", label: "Ignores it, and is killed after the grace period" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "app-knowledge.shutdown-time",
    area: "app-knowledge",
    kind: "single",
    prompt: "How long does a clean shutdown take at worst?",
    help: "If draining takes longer than the grace period, the platform kills the application half-way. The grace period can be raised, but only if you know the number.",
    required: true,
    when: when.in("app-knowledge.sigterm", ["graceful", "not-sure"]),
    options: [
      { id: "seconds", label: "Under 30 seconds" },
      { id: "minutes", label: "Minutes (long requests, batch work, draining connections)" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "app-knowledge.pid1",
    area: "app-knowledge",
    kind: "single",
    prompt: "What will run as PID 1 inside the container?",
    help: "PID 1 is special: the kernel gives it no default signal handlers and hands it every orphaned process to reap. A shell-form CMD or a start-up script makes /bin/sh PID 1, and it does not pass SIGTERM on to your application.",
    required: true,
    options: [
      { id: "init", label: "A minimal init that starts the application (tini, dumb-init, docker run --init)" },
      { id: "app", label: "The application itself, started with an exec-form ENTRYPOINT" },
      { id: "shell", label: "A shell or start-up script (shell-form CMD, or sh -c …)" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "app-knowledge.foreground",
    area: "app-knowledge",
    kind: "single",
    prompt: "Does the application stay in the foreground, or does it daemonise (fork into the background)?",
    help: "The talk asked whether the application works as expected with PID 1 as its parent. A container lives as long as its main process: a program that forks into the background makes the container exit at once, and the usual workaround (a script that sleeps or tails forever) hides the real process dying.",
    required: true,
    options: [
      { id: "foreground", label: "It runs in the foreground" },
      { id: "configurable", label: "It daemonises by default but has a foreground option (e.g. nginx 'daemon off;')" },
      { id: "daemon-only", label: "It can only run as a daemon" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "app-knowledge.health",
    area: "app-knowledge",
    kind: "single",
    prompt: "Can the application tell the platform whether it is alive and whether it is ready for traffic?",
    help: "Orchestrators route traffic and restart containers based on probes. Without them a starting or wedged instance receives traffic; with a single check that also tests dependencies, one database blip restarts every replica.",
    required: true,
    options: [
      { id: "separate", label: "Yes: separate liveness and readiness checks" },
      { id: "single", label: "One health endpoint for everything" },
      { id: "none", label: "No health endpoint" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "app-knowledge.config",
    area: "app-knowledge",
    kind: "single",
    prompt: "How does the application get its configuration and secrets?",
    help: "An image should be built once and run everywhere, with configuration supplied at start-up. Configuration baked into the image means a different image per environment; secrets baked in can be read by anyone who can pull it.",
    required: true,
    options: [
      { id: "injected", label: "Injected at start-up: environment and mounted files, secrets from a secret manager or orchestrator secrets" },
      { id: "plain-env", label: "Environment variables, with secret values written into deployment files or CI settings" },
      { id: "baked", label: "Built into the image, or committed to the repository" },
      { id: "not-sure", label: "Not sure" },
    ],
  },
  {
    id: "app-knowledge.dependencies",
    area: "app-knowledge",
    kind: "single",
    prompt: "Do you know the application's upstream and downstream dependencies?",
    help: "Moving an application changes its address, its network path and its start order. Anything that reached it by IP, a firewall rule that allowed its old host, or a file share it mounted will break, and only a dependency map tells you in advance.",
    required: true,
    options: [
      { id: "mapped", label: "Yes: documented and current, or discovered from traces" },
      { id: "partial", label: "Partly: the main ones are known" },
      { id: "unmapped", label: "No: we would find out by turning things off" },
    ],
  },
];
