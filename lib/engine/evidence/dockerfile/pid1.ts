/**
 * What becomes PID 1, from the argument vector Docker starts (ENTRYPOINT followed by CMD).
 * Wrappers that exec what follows (gosu, su-exec, setpriv, env, `sh -c "exec …"`) are looked
 * through; a script we cannot see leaves PID 1 undetermined.
 */
import { isScriptName, type ScriptLookup, type VisibleScript } from "./scripts";
import { baseName, shellWords } from "./text";

export type Pid1 = "init" | "app" | "shell" | "undetermined";

export interface Decision {
  pid1: Pid1;
  /** Index of the argv word that decided. */
  at: number;
  kind: "init" | "supervisor" | "program" | "shell" | "shell-exec" | "script" | "script-shell" | "service-monitor";
  /** The program named as PID 1 (or the shell, or the script). */
  program: string;
  /** What it goes on to run, when that is known: tini's child, the shell's command. */
  runs: string | null;
  /** A script written by the Dockerfile, when one decided. */
  script: VisibleScript | null;
  /** The shell that exec'd the program (`sh -c "exec app"`), when one did. */
  via: string | null;
}

export const INITS = new Set(["tini", "tini-static", "dumb-init", "catatonit", "docker-init"]);
/** Process supervisors: they reap children and stop their programs on SIGTERM, as an init does. */
export const SUPERVISORS = new Set(["supervisord", "runsvdir", "runit", "s6-svscan"]);
const POSIX_SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh"]);
const WINDOWS_SHELLS = new Set(["cmd", "powershell", "pwsh"]);

/** At most this many look-throughs (`sh -c "exec gosu app sh -c 'exec …'"`), to stay bounded. */
const MAX_DEPTH = 4;
/** Only the first words of a shell command decide what it starts. */
const MAX_WORDS = 1_000;

export function decidePid1(argv: string[], scripts: ScriptLookup): Decision | null {
  return decide(argv, 0, scripts, 0);
}

function decide(argv: string[], start: number, scripts: ScriptLookup, depth: number): Decision | null {
  let i = start;
  while (i < argv.length) {
    const word = argv[i] ?? "";
    const name = baseName(word);
    const base = { at: i, program: word, script: null, via: null };
    if (INITS.has(name) || word === "/init") return { ...base, pid1: "init", kind: "init", runs: firstArgument(argv, i + 1) };
    if (SUPERVISORS.has(name)) return { ...base, pid1: "init", kind: "supervisor", runs: null };
    if (name === "gosu" || name === "su-exec") {
      i += 2; // the user, then the program it execs
    } else if (name === "env" || name === "setpriv" || name === "chroot") {
      i += 1;
      while (i < argv.length && /^-|^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i] ?? "")) i += 1;
      if (name === "chroot") i += 1; // the new root
    } else if (POSIX_SHELLS.has(name) || WINDOWS_SHELLS.has(name)) {
      return shell(argv, i, scripts, depth);
    } else if (isScriptName(word)) {
      return script(argv, i, scripts, depth);
    } else if (name === "servicemonitor") {
      return { ...base, pid1: "app", kind: "service-monitor", runs: argv[i + 1] ?? null };
    } else {
      return { ...base, pid1: "app", kind: "program", runs: null };
    }
  }
  return null;
}

function shell(argv: string[], i: number, scripts: ScriptLookup, depth: number): Decision {
  const word = argv[i] ?? "";
  const windows = WINDOWS_SHELLS.has(baseName(word));
  let flag = i + 1;
  while (flag < argv.length && /^[-/]/.test(argv[flag] ?? "") && !isCommandFlag(argv[flag] ?? "", windows)) flag += 1;
  const base = { at: i, program: word, script: null, via: null };
  if (flag < argv.length && isCommandFlag(argv[flag] ?? "", windows)) {
    const invoked = `${word} ${argv[flag] ?? ""}`;
    const command = (windows ? argv.slice(flag + 1).join(" ") : (argv[flag + 1] ?? "")).trim();
    const words = shellWords(command, MAX_WORDS);
    if (!windows && words[0] === "exec" && depth < MAX_DEPTH) {
      const inner = decide(words, 1, scripts, depth + 1);
      if (inner !== null) return { ...inner, at: i, kind: inner.kind === "program" ? "shell-exec" : inner.kind, via: invoked };
    }
    return { ...base, program: invoked, pid1: "shell", kind: "shell", runs: words[0] ?? null };
  }
  const file = argv[i + 1];
  if (file !== undefined && !file.startsWith("-")) return script(argv, i + 1, scripts, depth);
  return { ...base, pid1: "shell", kind: "shell", runs: null };
}

function isCommandFlag(word: string, windows: boolean): boolean {
  if (windows) return /^(\/c|-c|-command)$/i.test(word);
  return /^-[a-z]*c[a-z]*$/.test(word);
}

function script(argv: string[], i: number, scripts: ScriptLookup, depth: number): Decision {
  const word = argv[i] ?? "";
  const seen = scripts(word);
  const undetermined: Decision = { at: i, program: word, script: seen, via: null, pid1: "undetermined", kind: "script", runs: null };
  if (seen === null || depth >= MAX_DEPTH) return undetermined;
  if (seen.execs === null) return { ...undetermined, pid1: "shell", kind: "script-shell" };
  // `exec "$@"` hands PID 1 to the script's arguments (the CMD); `exec prog …` to that program.
  const next = seen.execs.kind === "arguments" ? decide(argv, i + 1, scripts, depth + 1) : decide(seen.execs.argv, 0, scripts, depth + 1);
  if (next === null) return undetermined;
  return { ...next, at: seen.execs.kind === "arguments" ? next.at : i, script: seen };
}

function firstArgument(argv: string[], from: number): string | null {
  for (let i = from; i < argv.length; i += 1) {
    const word = argv[i] ?? "";
    if (!word.startsWith("-")) return word;
  }
  return null;
}
