/** What the final image declares about itself: health check, volumes, logs, OCI labels, UDP ports. */
import { state, type ReadContext } from "./context";
import { lastOf, startCommand, startWords } from "./final-image";
import type { Step } from "./model";
import { baseName, cut, execForm, shellWords } from "./text";

export function imageFacts(context: ReadContext): void {
  healthCheckFact(context);
  const links = logLinkFact(context);
  volumeFacts(context, links);
  serviceMonitorLogs(context);
  labelFacts(context);
  udpFacts(context);
}

function healthCheckFact(context: ReadContext): void {
  const step = lastOf(context.final.steps, "HEALTHCHECK");
  if (step === undefined) return;
  const words = step.command.trim().split(/\s+/);
  const mode = (words[0] ?? "").toUpperCase();
  if (mode === "NONE") {
    state(context, "health-check", "disabled", step, "HEALTHCHECK NONE switches off any health check the base image had.");
  } else if (mode === "CMD") {
    const test = step.command.trim().slice(3).trim();
    const argv = execForm(test) ?? shellWords(test);
    const interval = step.flags.find((flag) => flag.startsWith("interval="))?.slice("interval=".length);
    const every = interval === undefined ? "" : ` every ${interval}`;
    state(
      context,
      "health-check",
      "present",
      step,
      `HEALTHCHECK runs ${cut(argv.join(" "), 60)}${every}: Docker marks the container unhealthy when it fails.`,
    );
  }
}

/** Links of log files to the container's output: `ln -sf /dev/stdout /var/log/nginx/access.log`. */
const LOG_LINK = /\bln\s+(?:-[A-Za-z]+\s+)*(\/dev\/std(?:out|err)|\/proc\/(?:self|1)\/fd\/[12])\s+(\S+)/g;

function logLinkFact(context: ReadContext): string[] {
  const targets: string[] = [];
  let first: Step | null = null;
  for (const step of context.final.steps) {
    if (step.keyword !== "RUN") continue;
    const found = [...`${step.command}\n${step.heredoc}`.matchAll(LOG_LINK)];
    if (found.length === 0) continue;
    first ??= step;
    for (const match of found) targets.push((match[2] ?? "").replace(/["';&|]+$/, ""));
  }
  if (first !== null) {
    const shown = targets.slice(0, 2).join(" and ");
    state(
      context,
      "log-link",
      "stdout",
      first,
      `${shown} ${targets.length === 1 ? "is linked" : "are linked"} to the container's output: these "log files" go to stdout/stderr.`,
    );
  }
  return targets;
}

/** `/var/log…`, or a path with a `log` or `logs` directory (Windows paths too). */
function isLogDirectory(path: string): boolean {
  const lower = path.toLowerCase().replace(/\\/g, "/");
  return lower.startsWith("/var/log") || /(^|\/)logs?(\/|$)/.test(lower);
}

function volumeFacts(context: ReadContext, links: string[]): void {
  for (const step of context.final.steps) {
    if (step.keyword !== "VOLUME") continue;
    const paths = volumePaths(step);
    const shown = paths.length === 0 ? step.command : paths.join(", ");
    state(
      context,
      "storage",
      "image-volume",
      step,
      `VOLUME ${cut(shown, 80)}: the image expects state here; Docker gives it an anonymous volume, Kubernetes does not unless a volume is mounted.`,
    );
    const logs = paths.filter((path) => isLogDirectory(path) && !links.some((link) => link.startsWith(path.replace(/\/+$/, "") + "/")));
    if (logs.length > 0) {
      state(
        context,
        "log-files",
        "yes",
        step,
        `VOLUME ${cut(logs.join(", "), 80)} keeps log files in a volume rather than sending them to stdout.`,
      );
    }
  }
}

function volumePaths(step: Step): string[] {
  const text = step.expanded ?? step.command;
  return execForm(text) ?? shellWords(text);
}

/** IIS under ServiceMonitor writes its logs to files; only LogMonitor would forward them. */
function serviceMonitorLogs(context: ReadContext): void {
  const { entrypoint, cmd } = startCommand(context.final);
  const step = [entrypoint, cmd].find(
    (candidate) => candidate !== null && startWords(candidate).some((word) => baseName(word) === "servicemonitor"),
  );
  if (step === undefined || step === null) return;
  if (startWords(step).some((word) => baseName(word) === "logmonitor")) return;
  state(
    context,
    "log-files",
    "yes",
    step,
    "IIS runs as a Windows service under ServiceMonitor and writes its logs to files (C:\\inetpub\\logs), not to the container's output.",
  );
}

const SOURCE_LABELS = new Set(["org.opencontainers.image.source", "org.label-schema.vcs-url"]);
const REVISION_LABELS = new Set(["org.opencontainers.image.revision", "org.label-schema.vcs-ref"]);

function labelFacts(context: ReadContext): void {
  let source: { step: Step; name: string; fromArg: boolean } | null = null;
  let revision: { step: Step; name: string; fromArg: boolean } | null = null;
  for (const step of context.final.steps) {
    if (step.keyword !== "LABEL") continue;
    for (const pair of step.pairs) {
      const name = pair.name.toLowerCase();
      const found = { step, name: pair.name, fromArg: pair.expanded === null };
      const empty = pair.expanded !== null && pair.expanded.trim() === "";
      if (SOURCE_LABELS.has(name)) source = empty ? null : found;
      if (REVISION_LABELS.has(name)) revision = empty ? null : found;
    }
  }
  const when = (label: { fromArg: boolean }) => (label.fromArg ? " (set from a build argument at build time)" : "");
  if (source !== null) {
    state(context, "oci-source", "present", source.step, `Label ${source.name}${when(source)} traces the image to its source repository.`);
  }
  if (revision !== null) {
    state(
      context,
      "oci-revision",
      "present",
      revision.step,
      `Label ${revision.name}${when(revision)} records the commit the image was built from.`,
    );
  }
}

function udpFacts(context: ReadContext): void {
  for (const step of context.final.steps) {
    if (step.keyword !== "EXPOSE") continue;
    const ports = shellWords(step.expanded ?? step.command).filter((port) => port.toLowerCase().endsWith("/udp"));
    if (ports.length === 0) continue;
    state(
      context,
      "protocol",
      "udp",
      step,
      `EXPOSE ${cut(ports.join(" "), 60)}: the service listens on UDP, which not every load balancer or ingress carries.`,
    );
  }
}
