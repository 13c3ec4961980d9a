/** PID 1, the start form, several processes, the stop signal: from the final image's ENTRYPOINT, CMD and STOPSIGNAL. */
import { state, type ReadContext } from "./context";
import { lastOf, startCommand, startWords, type StartCommand } from "./final-image";
import type { Step } from "./model";
import { decidePid1, type Decision } from "./pid1";
import { scriptLookup, type ScriptLookup } from "./scripts";
import { backgroundsAndContinues, baseName } from "./text";

/** Package-manager scripts (`npm start`) run the app as a child of a shell, not as PID 1. */
const PACKAGE_RUNNERS = new Set(["npm", "yarn", "pnpm", "npx"]);
const SUPERVISOR_WORDS = new Set(["supervisord", "supervisorctl", "runsvdir", "runit", "s6-svscan", "pm2-runtime"]);

interface Start {
  argv: string[];
  /** argv[0 .. boundary) comes from the ENTRYPOINT, the rest from the CMD. */
  boundary: number;
  entrypoint: Step | null;
  cmd: Step | null;
}

export function processFacts(context: ReadContext): void {
  const scripts = scriptLookup(context.final.steps);
  const start = startArgv(startCommand(context.final));
  if (start.argv.length === 0) {
    if (!context.final.base.scratch) {
      context.notes.push("No ENTRYPOINT or CMD: the base image's command starts the container, so PID 1 is not known from this file.");
    }
  } else {
    pid1Facts(context, start, scripts);
    processesFacts(context, start, scripts);
  }
  stopSignalFact(context);
}

function startArgv({ entrypoint, cmd, shellFor }: StartCommand): Start {
  const argvOf = (step: Step): string[] => step.exec ?? (step.command === "" ? [] : [...shellFor(step), step.command]);
  // A shell-form ENTRYPOINT ignores CMD altogether.
  if (entrypoint !== null && entrypoint.exec === null) {
    const argv = argvOf(entrypoint);
    return { argv, boundary: argv.length, entrypoint, cmd: null };
  }
  const first = entrypoint === null ? [] : argvOf(entrypoint);
  return { argv: [...first, ...(cmd === null ? [] : argvOf(cmd))], boundary: first.length, entrypoint, cmd };
}

function stepAt(start: Start, at: number): Step | null {
  return at < start.boundary ? start.entrypoint : start.cmd;
}

function pid1Facts(context: ReadContext, start: Start, scripts: ScriptLookup): void {
  const decision = decidePid1(start.argv, scripts);
  if (decision === null) return;
  const step = stepAt(start, decision.at);
  if (step === null) return;
  state(context, "pid1", decision.pid1, step, pid1Note(decision));
  if (decision.kind === "script") {
    context.notes.push(`${step.keyword} runs ${decision.program}: what PID 1 becomes depends on that script, which was not given.`);
  }
  const form = step.exec === null ? "shell" : "exec";
  state(
    context,
    "start-form",
    form,
    step,
    form === "exec"
      ? `${step.keyword} uses the exec form (a JSON array): Docker starts it without a shell.`
      : `${step.keyword} uses the shell form: Docker runs it through a shell.`,
  );
}

function pid1Note(decision: Decision): string {
  // s6-overlay's init is called /init: "PID 1 is init" would say nothing.
  const name = decision.program === "/init" ? "s6-overlay's /init" : baseName(decision.program);
  const prefix =
    decision.script !== null && decision.kind !== "script" && decision.kind !== "script-shell"
      ? `The entrypoint script written at line ${decision.script.step.line} ends with exec, so `
      : "";
  switch (decision.kind) {
    case "init":
      return `${prefix}PID 1 is ${name}, an init that reaps zombies and forwards signals${decision.runs === null ? "" : ` to ${baseName(decision.runs)}`}.`;
    case "supervisor":
      return `${prefix}PID 1 is ${name}, a process supervisor that reaps children and stops its programs on SIGTERM.`;
    case "program":
      if (PACKAGE_RUNNERS.has(name)) {
        return `${prefix}PID 1 is ${name}, which starts the app as its child through a shell: SIGTERM may not reach the app.`;
      }
      return `${prefix}PID 1 is ${name} itself: it receives SIGTERM directly and must reap any children it starts.`;
    case "shell-exec":
      return `${prefix}PID 1 starts as ${decision.via ?? "a shell"}, which execs ${name}: the shell is replaced, so ${name} receives signals directly.`;
    case "shell":
      return `PID 1 is ${decision.program.trim()}: SIGTERM may not reach ${decision.runs === null ? "the program" : baseName(decision.runs)}.`;
    case "script":
      return `PID 1 is ${decision.program}: whether it execs the real process depends on that script, which was not given.`;
    case "script-shell":
      return `PID 1 is the shell running ${name} (written at line ${decision.script?.step.line ?? 0}), whose last command is not exec'd: SIGTERM may not reach it.`;
    case "service-monitor":
      return `PID 1 is ServiceMonitor.exe, which watches the ${decision.runs ?? "Windows"} service and stops it when the container stops.`;
  }
}

function processesFacts(context: ReadContext, start: Start, scripts: ScriptLookup): void {
  for (const step of [start.entrypoint, start.cmd]) {
    if (step === null) continue;
    const words = startWords(step);
    const supervisor = words.find((word) => SUPERVISOR_WORDS.has(baseName(word)) || word.includes("s6-overlay"));
    const s6 = words[0] === "/init" && context.final.steps.some((other) => `${other.command}\n${other.heredoc}`.includes("s6-overlay"));
    if (supervisor !== undefined || s6) {
      const name = supervisor === undefined ? "s6-overlay's /init" : baseName(supervisor);
      state(context, "processes", "several", step, `${step.keyword} starts ${name}: several processes run in this container.`);
      state(context, "process-manager", "supervisor", step, `${name} supervises the container's processes.`);
      return;
    }
  }
  for (const step of [start.entrypoint, start.cmd]) {
    if (step === null) continue;
    const commands = step.exec === null ? [step.command] : shellCommands(step.exec);
    const script = (step.exec ?? []).map((word) => scripts(word)).find((seen) => seen !== null) ?? null;
    if (commands.some((command) => backgroundsAndContinues(command)) || script?.backgrounds === true) {
      const where = script === null ? `${step.keyword}` : `The script written at line ${script.step.line}`;
      state(
        context,
        "processes",
        "several",
        step,
        `${where} starts a process in the background (&) and then another: several processes run in this container.`,
      );
      state(
        context,
        "process-manager",
        "script",
        step,
        "A shell script, not a supervisor, starts them: nobody restarts or stops the background process.",
      );
      return;
    }
  }
}

/** The command strings an exec form hands to a shell (`["sh", "-c", "a & b"]`). */
function shellCommands(exec: string[]): string[] {
  const flag = exec.findIndex((word) => /^-[a-z]*c[a-z]*$/.test(word) || /^\/c$/i.test(word));
  return flag > 0 ? exec.slice(flag + 1, flag + 2) : [];
}

function stopSignalFact(context: ReadContext): void {
  const step = lastOf(context.final.steps, "STOPSIGNAL");
  if (step === undefined) return;
  if (step.expanded === null) {
    context.notes.push(`line ${step.line}: STOPSIGNAL depends on a build argument, so the stop signal is not known.`);
    return;
  }
  const signal = step.expanded.trim().toUpperCase();
  if (signal === "") return;
  if (signal === "SIGTERM" || signal === "TERM" || signal === "15") {
    state(context, "stop-signal", "sigterm", step, "STOPSIGNAL is SIGTERM, the default: the container is asked to stop with SIGTERM.");
    return;
  }
  const named = /^\d+$/.test(signal) || signal.startsWith("SIG") ? signal : `SIG${signal}`;
  state(
    context,
    "stop-signal",
    "other",
    step,
    `STOPSIGNAL ${named}: the container is stopped with ${named}, not SIGTERM, so a graceful stop depends on the process handling it.`,
  );
}
