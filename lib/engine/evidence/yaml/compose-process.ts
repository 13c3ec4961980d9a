/**
 * How a Compose service starts and stops: the user, what PID 1 is (an `init: true`, an
 * `entrypoint:` override that drops the image's init, a `sh -c` command), health checks,
 * and the stop signal and grace period.
 */
import { durationSeconds } from "./durations";
import { FactSink, Place } from "./fact-sink";
import { hasShellOperators, isShell, pid1Note, pid1Of, splitWords } from "./command-line";
import { isTrueAt, mapAt, scalarText, stringAt, stringsOf, valueAt, type ValueMap } from "./values";

/** Compose's default wait between the stop signal and SIGKILL. */
const COMPOSE_GRACE_SECONDS = 10;

/** A command as words: list form as given, string form split the way Compose splits it. */
function wordsOf(value: unknown): string[] | undefined {
  if (typeof value === "string") return splitWords(value);
  if (Array.isArray(value)) return stringsOf(value);
  return undefined;
}

function readUser(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const user = scalarText(valueAt(service, "user"))?.trim();
  if (user === undefined || user === "") return;
  if (user.includes("$")) {
    sink.note(`Service ${name} takes its user from a variable (${user}): not read.`);
    return;
  }
  const who = user.split(":")[0] ?? "";
  const root = who === "root" || who === "0";
  sink.add(
    "runtime-user",
    root ? "root" : "non-root",
    name,
    place.at(["user"]),
    root ? `Service ${name} is told to run as root.` : `Service ${name} runs as user ${user}, not root, whatever the image says.`,
  );
}

function readPid1(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const init = isTrueAt(service, "init");
  if (init) sink.add("runtime-pid1", "init", name, place.at(["init"]), `Service ${name} runs with init: true: Docker's init is PID 1.`);
  const entrypoint = wordsOf(valueAt(service, "entrypoint"));
  const command = wordsOf(valueAt(service, "command"));
  if (entrypoint !== undefined) {
    // Any entrypoint override, even an empty one, replaces the image's ENTRYPOINT and the init it ran.
    const kind = entrypoint.length > 0 ? pid1Of(entrypoint) : command !== undefined ? pid1Of(command) : undefined;
    if (!init && kind !== undefined) {
      const what = entrypoint.length > 0 ? "entrypoint override" : "command (the entrypoint is cleared)";
      sink.add(
        "runtime-pid1",
        kind,
        name,
        place.at([entrypoint.length > 0 ? "entrypoint" : "command"]),
        pid1Note(`Service ${name}`, kind, what),
      );
    }
    if (!init && kind !== "init") {
      const note = `Service ${name} overrides the image's entrypoint without an init: an init the image started (tini) no longer runs.`;
      sink.add("entrypoint-override", "without-init", name, place.at(["entrypoint"]), note);
    }
    if (typeof valueAt(service, "entrypoint") === "string" && hasShellOperators(entrypoint)) {
      sink.note(`Service ${name}'s entrypoint has shell operators, but Compose runs it without a shell: they reach the program as words.`);
    }
    return;
  }
  // Without an entrypoint override the image's ENTRYPOINT wraps `command:`; only a shell is worth saying.
  if (!init && command !== undefined && isShell(command) && pid1Of(command) === "shell") {
    const note = `Service ${name}'s command runs through a shell: unless the image's entrypoint is an init, SIGTERM may not reach the application.`;
    sink.add("runtime-pid1", "shell", name, place.at(["command"]), note);
  }
}

function readHealth(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const healthcheck = mapAt(service, "healthcheck");
  if (healthcheck !== undefined) {
    const test = valueAt(healthcheck, "test");
    const words = wordsOf(test) ?? [];
    if (isTrueAt(healthcheck, "disable") || words[0] === "NONE") {
      sink.add("health-check", "disabled", name, place.at(["healthcheck"]), `Service ${name} turns the image's health check off.`);
    } else if (words.length > 0) {
      sink.add(
        "health-check",
        "present",
        name,
        place.at(["healthcheck"]),
        `Service ${name} has a health check: Compose knows when it is ready.`,
      );
    } else {
      sink.note(`Service ${name}'s healthcheck sets timings only: whether there is a check depends on the image.`);
    }
  }
  const dependsOn = mapAt(service, "depends_on");
  for (const [other, spec] of Object.entries(dependsOn ?? {})) {
    if (stringAt(spec, "condition") === "service_healthy") sink.note(`Service ${name} starts only once ${other} reports healthy.`);
  }
}

function readStop(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const signal = scalarText(valueAt(service, "stop_signal"))?.trim().toUpperCase();
  if (signal !== undefined && signal !== "") {
    const term = signal === "SIGTERM" || signal === "TERM" || signal === "15";
    const note = term
      ? `Service ${name} is stopped with SIGTERM.`
      : `Service ${name} is stopped with ${signal}, not SIGTERM: a graceful stop depends on it.`;
    sink.add("stop-signal", term ? "sigterm" : "other", name, place.at(["stop_signal"]), note);
  }
  const grace = stringAt(service, "stop_grace_period");
  const seconds = grace === undefined ? undefined : durationSeconds(grace);
  if (seconds !== undefined) {
    const value = seconds > COMPOSE_GRACE_SECONDS ? "longer" : seconds < COMPOSE_GRACE_SECONDS ? "shorter" : "default";
    const note =
      value === "longer"
        ? `Service ${name} gets ${grace} to stop, longer than Compose's 10 s: time to drain.`
        : value === "shorter"
          ? `Service ${name} gets only ${grace} to stop before it is killed.`
          : `Service ${name} gets Compose's default 10 s to stop.`;
    sink.add("grace-period", value, name, place.at(["stop_grace_period"]), note);
  }
}

export function readComposeProcess(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  readUser(sink, place, name, service);
  readPid1(sink, place, name, service);
  readHealth(sink, place, name, service);
  readStop(sink, place, name, service);
}
