/**
 * Entrypoint scripts written into the image by the Dockerfile itself (`COPY <<EOF /entrypoint.sh`):
 * the one case where the file shows what the script does, so PID 1 can be decided.
 */
import type { Step } from "./model";
import { backgroundsAndContinues, baseName, shellWords } from "./text";

export interface VisibleScript {
  step: Step;
  /** What the last line execs: the script's arguments ("$@"), a command, or nothing (no exec). */
  execs: { kind: "arguments" } | { kind: "command"; argv: string[] } | null;
  backgrounds: boolean;
  stepsDown: boolean;
}

export type ScriptLookup = (program: string) => VisibleScript | null;

const HEREDOC_START = /<<(-?)\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/;
export const STEP_DOWN = /\b(gosu|su-exec|setpriv)\b|\bchroot\s+--userspec/;

/** Script names: `*.sh`, `*.bash`, `docker-entrypoint`, `entrypoint`. */
export function isScriptName(word: string): boolean {
  const name = baseName(word);
  return name.endsWith(".sh") || name.endsWith(".bash") || name === "docker-entrypoint" || name === "entrypoint";
}

/** Finds, among the final image's instructions, the heredoc COPY/ADD that wrote a script. */
export function scriptLookup(steps: Step[]): ScriptLookup {
  const written = new Map<string, Step>();
  for (const step of steps) {
    if ((step.keyword !== "COPY" && step.keyword !== "ADD") || step.heredoc === "") continue;
    const words = shellWords(step.command);
    const destination = words.at(-1);
    if (words.length === 2 && destination !== undefined && HEREDOC_START.test(step.command)) written.set(baseName(destination), step);
  }
  return (program) => {
    const step = written.get(baseName(program));
    return step === undefined ? null : readScript(step);
  };
}

function readScript(step: Step): VisibleScript {
  const start = HEREDOC_START.exec(step.command);
  const delimiter = start?.[2] ?? "EOF";
  const lines: string[] = [];
  for (const line of step.heredoc.split("\n")) {
    if ((start?.[1] === "-" ? line.trim() : line) === delimiter) break;
    lines.push(line);
  }
  const meaningful = lines.map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  const body = meaningful.join("\n");
  const last = meaningful.at(-1) ?? "";
  let execs: VisibleScript["execs"] = null;
  if (/^exec\s/.test(last)) {
    const argv = shellWords(last).slice(1);
    execs = argv.length === 1 && (argv[0] === "$@" || argv[0] === "${@}") ? { kind: "arguments" } : { kind: "command", argv };
  }
  return { step, execs, backgrounds: backgroundsAndContinues(body), stepsDown: STEP_DOWN.test(body) };
}
