/**
 * Evidence rules for how the container runs: its user, PID 1, its processes and how it
 * tells the platform it is healthy. Single-choice questions take the first rule that holds,
 * so the most severe reading comes first.
 */
import { facts, type EvidenceRule } from "@/lib/engine/content-schema";

export const runtimeRules: EvidenceRule[] = [
  {
    id: "run-as.privileged",
    question: "security.run-as",
    when: facts.any(facts.some("privileged", "yes"), facts.some("host-network", "yes")),
    propose: ["privileged"],
    reason: "A container runs privileged or in the host's network namespace.",
  },
  {
    id: "run-as.runtime-root",
    question: "security.run-as",
    when: facts.some("runtime-user", "root"),
    propose: ["root"],
    reason: "The deployment tells a container to run as root, whatever the image says.",
  },
  {
    id: "run-as.runtime-non-root",
    question: "security.run-as",
    when: facts.every("runtime-user", "non-root"),
    propose: ["non-root"],
    reason: "Every container the deployment sets a user for runs as a non-root user, over the image's own.",
  },
  {
    id: "run-as.image-root",
    question: "security.run-as",
    when: facts.some("image-user", "root"),
    propose: ["root"],
    reason: "An image's final stage runs as root, and no deployment given overrides it.",
  },
  {
    id: "run-as.image-non-root",
    question: "security.run-as",
    when: facts.every("image-user", "non-root"),
    propose: ["non-root"],
    reason: "Every image's final stage sets a non-root USER.",
  },
  {
    id: "pid1.runtime-init",
    question: "app-knowledge.pid1",
    when: facts.any(facts.every("runtime-pid1", "init"), facts.some("shared-process-namespace", "yes")),
    propose: ["init"],
    reason:
      "The deployment starts an init (init: true, tini, dumb-init) or shares the pod's process namespace, so something reaps zombies.",
  },
  {
    id: "pid1.runtime-shell",
    question: "app-knowledge.pid1",
    when: facts.some("runtime-pid1", "shell"),
    propose: ["shell"],
    reason: "The deployment starts the process through a shell, which becomes PID 1 and may not pass SIGTERM on.",
  },
  {
    id: "pid1.runtime-app",
    question: "app-knowledge.pid1",
    when: facts.every("runtime-pid1", "app"),
    propose: ["app"],
    reason: "The deployment replaces the image's start command with the program itself, so it is PID 1.",
  },
  {
    id: "pid1.image-init",
    question: "app-knowledge.pid1",
    when: facts.every("pid1", "init"),
    propose: ["init"],
    reason: "The image's ENTRYPOINT starts an init (tini, dumb-init, s6-overlay) before the application.",
  },
  {
    id: "pid1.image-shell",
    question: "app-knowledge.pid1",
    when: facts.some("pid1", "shell"),
    propose: ["shell"],
    reason: "The image starts in shell form (or sh -c without exec), so /bin/sh is PID 1.",
  },
  {
    id: "pid1.image-app",
    question: "app-knowledge.pid1",
    when: facts.every("pid1", "app"),
    propose: ["app"],
    reason: "The image starts the program itself with an exec-form ENTRYPOINT or CMD.",
  },
  {
    id: "processes.several",
    question: "processes.count",
    when: facts.some("processes", "several"),
    propose: ["several"],
    reason: "One container starts several long-running processes.",
  },
  {
    id: "processes.one",
    question: "processes.count",
    when: facts.all(facts.some("pid1", "app", "init"), facts.not(facts.some("processes", "several"))),
    propose: ["one"],
    reason: "The image starts one program (directly, or under a minimal init) and nothing starts others beside it.",
  },
  {
    id: "foreground.pid1",
    question: "app-knowledge.foreground",
    when: facts.all(facts.some("pid1", "app"), facts.not(facts.some("processes", "several"))),
    propose: ["foreground"],
    reason:
      "The image runs the program itself as its main process, and a container stops when that process exits, so it stays in the foreground (if a flag such as nginx's daemon off keeps it there, the answer is “configurable”).",
  },
  {
    id: "processes.supervisor",
    question: "processes.supervisor",
    when: facts.some("process-manager", "supervisor"),
    propose: ["supervisor"],
    reason: "A process supervisor (supervisord, s6-overlay, runit) starts the processes.",
  },
  {
    id: "processes.script",
    question: "processes.supervisor",
    when: facts.some("process-manager", "script"),
    propose: ["script"],
    reason: "A shell command starts one process in the background and another after it.",
  },
  {
    id: "processes.cron-job",
    question: "processes.scheduled",
    when: facts.some("cron-job", "yes"),
    propose: ["platform"],
    reason: "A Kubernetes CronJob runs the scheduled work.",
  },
  {
    id: "health.separate",
    question: "app-knowledge.health",
    when: facts.every("probes", "liveness-and-readiness"),
    propose: ["separate"],
    reason: "Every container has both a liveness and a readiness probe.",
  },
  {
    id: "health.single",
    question: "app-knowledge.health",
    when: facts.any(facts.some("probes", "liveness-only", "readiness-only"), facts.some("health-check", "present")),
    propose: ["single"],
    reason: "The files wire one health check (a HEALTHCHECK, or one kind of probe).",
  },
  {
    id: "shutdown.drain",
    question: "app-knowledge.shutdown-time",
    when: facts.all(facts.some("pre-stop", "yes"), facts.some("grace-period", "longer")),
    propose: ["minutes"],
    reason: "A preStop drain and a grace period longer than the default show shutdown is designed to take longer than 30 seconds.",
  },
];
