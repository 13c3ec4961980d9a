import { when, type Risk } from "@/lib/engine/content-schema";

export const risks: Risk[] = [
  {
    id: "app-knowledge.unclean-shutdown",
    area: "app-knowledge",
    title: "Deployments and rescheduling cut off work in flight",
    description:
      "Every rollout, scale-down and node drain stops containers. An application that exits at once, ignores SIGTERM or needs longer than the grace period drops requests, half-finishes jobs and, with local state, can corrupt it.",
    affects: "Users whose requests fail during every deployment, and the data being written",
    rules: [
      {
        when: when.all(when.in("app-knowledge.sigterm", ["ignores", "not-sure"]), when.in("storage.stateful", ["yes", "not-sure"])),
        likelihood: 5,
        impact: 4,
        reason:
          "SIGKILL after the grace period on every stop, in the middle of writing local state: corruption, not just a failed request.",
      },
      {
        when: when.all(when.equals("app-knowledge.sigterm", "immediate"), when.in("storage.stateful", ["yes", "not-sure"])),
        likelihood: 4,
        impact: 4,
        reason: "Exiting at once in the middle of writing local state risks corrupting it, not just failing a request.",
      },
      {
        when: when.in("app-knowledge.sigterm", ["ignores", "not-sure"]),
        likelihood: 5,
        impact: 3,
        reason: "Ignored SIGTERM means SIGKILL after the grace period on every stop: slow rollouts and killed work.",
      },
      {
        when: when.equals("app-knowledge.sigterm", "immediate"),
        likelihood: 4,
        impact: 3,
        reason: "Exiting at once drops whatever was in flight on every deployment.",
      },
      {
        when: when.all(
          when.equals("app-knowledge.shutdown-time", "not-sure"),
          when.in("storage.stateful", ["yes", "not-sure"]),
          when.not(when.equals("app-knowledge.sigterm", "not-sure")),
        ),
        likelihood: 4,
        impact: 4,
        reason: "Without a measured drain time the grace period is a guess, and a drain cut off half-way can leave local state corrupt.",
      },
      {
        when: when.equals("app-knowledge.shutdown-time", "not-sure"),
        likelihood: 4,
        impact: 3,
        reason: "Without a measured drain time, the default 30-second grace period is a guess.",
      },
      {
        when: when.all(
          when.equals("app-knowledge.shutdown-time", "minutes"),
          when.in("storage.stateful", ["yes", "not-sure"]),
          when.not(when.equals("app-knowledge.sigterm", "not-sure")),
        ),
        likelihood: 3,
        impact: 4,
        reason: "A drain longer than the grace period is killed half-way unless it is raised, and with local state that can corrupt it.",
      },
      {
        when: when.equals("app-knowledge.shutdown-time", "minutes"),
        likelihood: 3,
        impact: 3,
        reason: "Drains longer than the default grace period are killed half-way unless it is raised.",
      },
    ],
  },
  {
    id: "app-knowledge.signals-lost-as-pid1",
    area: "app-knowledge",
    title: "Stop signals never reach the application",
    description:
      "A shell as PID 1 does not forward SIGTERM, and an application running as PID 1 gets no default signal handling from the kernel. The process is killed with SIGKILL after the grace period, every time, with no chance to clean up.",
    affects: "Users during deployments, and developers puzzled by slow, unclean stops",
    rules: [
      {
        when: when.in("app-knowledge.pid1", ["shell", "not-sure"]),
        likelihood: 5,
        impact: 3,
        reason: "Shell-form CMD or a wrapper script makes /bin/sh PID 1, and it does not pass SIGTERM on.",
      },
      {
        when: when.all(when.equals("app-knowledge.pid1", "app"), when.in("app-knowledge.sigterm", ["immediate", "not-sure"])),
        likelihood: 4,
        impact: 3,
        reason:
          "'Exits at once' is usually the kernel's default action, which PID 1 does not get: without its own handler the app ignores SIGTERM.",
      },
    ],
  },
  {
    id: "app-knowledge.daemonising-process",
    area: "app-knowledge",
    title: "The container exits at start, or a wrapper hides that the real process died",
    description:
      "A program that forks into the background leaves the container's main process to exit, so the container stops at once. The usual workaround, a script that sleeps or tails a file forever, keeps the container 'running' after the real process has died.",
    affects: "On-call staff, and users of a service that looks up but is not",
    rules: [
      {
        when: when.in("app-knowledge.foreground", ["daemon-only", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "A daemon-only program needs a wrapper, and wrappers hide failures from the orchestrator.",
      },
      {
        when: when.equals("app-knowledge.foreground", "configurable"),
        likelihood: 2,
        impact: 2,
        reason: "A foreground switch exists; the risk is only forgetting to set it.",
      },
    ],
  },
  {
    id: "app-knowledge.no-health-signal",
    area: "app-knowledge",
    title: "Traffic goes to instances that cannot serve, or healthy ones are killed",
    description:
      "Without probes, starting or wedged instances receive traffic and are never restarted. With one check that also tests dependencies, a database blip fails every liveness probe and the platform restarts all replicas at once.",
    affects: "Users during starts, deployments and dependency blips",
    rules: [
      {
        when: when.in("app-knowledge.health", ["none", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "The orchestrator can only go by 'the process exists', which is not 'the service works'.",
      },
      {
        when: when.equals("app-knowledge.health", "single"),
        likelihood: 3,
        impact: 3,
        reason: "One endpoint for liveness and readiness turns dependency blips into restart storms.",
      },
    ],
  },
  {
    id: "app-knowledge.unknown-dependencies",
    area: "app-knowledge",
    title: "Moving the application breaks things nobody knew depended on it",
    description:
      "Callers that reach the application by IP, firewall rules that allow its old host, file shares, licence servers and cron jobs on the old server all break when it moves. Each is found by an outage.",
    affects: "Upstream and downstream teams, and the users of their services",
    rules: [
      {
        when: when.all(
          when.equals("app-knowledge.dependencies", "unmapped"),
          when.in("scope.first-workload", ["legacy-stateful", "most-critical", "undecided"]),
        ),
        likelihood: 5,
        impact: 4,
        reason: "Legacy and critical systems (and an undecided first workload may be one) accumulate undocumented callers over years.",
      },
      {
        when: when.equals("app-knowledge.dependencies", "unmapped"),
        likelihood: 4,
        impact: 4,
        reason: "The talk's question unanswered: upstream and downstream dependencies are found by breaking them.",
      },
      {
        when: when.equals("app-knowledge.dependencies", "partial"),
        likelihood: 3,
        impact: 3,
        reason: "The main dependencies are known; the surprises are in the long tail.",
      },
    ],
  },
  {
    id: "app-knowledge.slow-start",
    area: "app-knowledge",
    title: "Slow start-up turns probes, scaling and recovery against the service",
    description:
      "An instance that takes a minute or more to become ready is restarted by a liveness probe that fires too early, adds capacity long after a traffic spike arrived, and leaves a gap after every node failure or cold start while replacements warm up.",
    affects: "Users during spikes, deployments and node failures, and on-call staff chasing restart loops",
    rules: [
      {
        when: when.in("app-knowledge.startup-time", ["minutes", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "Likely: default probe timings and autoscaling assume seconds, so a slow or unmeasured start restarts or lags.",
      },
      {
        when: when.equals("app-knowledge.startup-time", "tens-of-seconds"),
        likelihood: 3,
        impact: 2,
        reason: "Possible: tens of seconds need a startup probe and earlier scaling, or instances are killed while starting.",
      },
    ],
  },
  {
    id: "app-knowledge.opaque-application",
    area: "app-knowledge",
    title: "Nobody can see whether requests succeed, or follow one across services",
    description:
      "Without application metrics the platform knows only that pods are running, not that requests fail or slow down; without trace context a slow request cannot be followed through the services it calls. Autoscaling on request load and alerts on error rates have nothing to read.",
    affects: "On-call staff diagnosing incidents, and users waiting while they do",
    rules: [
      {
        when: when.any(when.includes("app-knowledge.telemetry", "none"), when.includes("app-knowledge.telemetry", "not-sure")),
        likelihood: 4,
        impact: 3,
        reason: "Likely: with only logs, the first cross-service slowdown is diagnosed by guesswork.",
      },
      {
        when: when.all(when.answered("app-knowledge.telemetry"), when.not(when.includes("app-knowledge.telemetry", "metrics"))),
        likelihood: 3,
        impact: 3,
        reason: "Possible: without request metrics, error rates and latency go unseen until users complain.",
      },
      {
        when: when.all(when.answered("app-knowledge.telemetry"), when.not(when.includes("app-knowledge.telemetry", "trace-context"))),
        likelihood: 3,
        impact: 2,
        reason: "Possible: metrics show that something is slow, but without trace context not where.",
      },
    ],
  },
];
