/**
 * What a start command makes PID 1: an init that reaps and forwards signals, a shell that
 * may not pass SIGTERM on, or the application itself. Compose string commands are split the
 * way Compose splits them (shell-like words, no shell), so they classify like list form.
 */

export type Pid1Kind = "init" | "app" | "shell";

const INITS = new Set(["tini", "tini-static", "dumb-init", "docker-init", "catatonit"]);
const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh"]);
/** Operators only a shell understands; in a Compose string entrypoint they reach the program as words. */
const SHELL_OPERATORS = /^(?:&&|\|\||[|;&<>]|>>|2>&1|\$\(.*|`.*)$/;

function baseName(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

/** Words of a command string, split like a shell would (quotes, backslashes) without running one. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let started = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else if (char === "\\" && quote === '"' && i + 1 < text.length) word += text.charAt(++i);
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (char === "\\" && i + 1 < text.length) {
      word += text.charAt(++i);
      started = true;
    } else if (/\s/.test(char)) {
      if (started) words.push(word);
      word = "";
      started = false;
    } else {
      word += char;
      started = true;
    }
  }
  if (started) words.push(word);
  return words;
}

export function hasShellOperators(words: readonly string[]): boolean {
  return words.some((word) => SHELL_OPERATORS.test(word));
}

/** The script a shell is given with `-c` (or `-ec`, `-xc`…), from the words or, failing that, `args`. */
export function shellScript(words: readonly string[], args: readonly string[] = []): string | undefined {
  const flag = words.findIndex((word, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(word));
  if (flag < 0) return undefined;
  return words[flag + 1] ?? args[0];
}

export function isShell(words: readonly string[]): boolean {
  const first = words[0];
  return first !== undefined && SHELLS.has(baseName(first));
}

/** undefined for an empty command: it says nothing about PID 1. */
export function pid1Of(words: readonly string[], args: readonly string[] = []): Pid1Kind | undefined {
  const first = words[0];
  if (first === undefined || first.trim() === "") return undefined;
  if (INITS.has(baseName(first))) return "init";
  if (!isShell(words)) return "app";
  const script = shellScript(words, args);
  // `sh -c "exec app"` replaces the shell with the app, which then is PID 1.
  return script !== undefined && /^\s*exec\s/.test(script) ? "app" : "shell";
}

export function pid1Note(owner: string, kind: Pid1Kind, what: string): string {
  if (kind === "init") return `${owner}'s ${what} starts an init as PID 1: it reaps zombies and forwards signals.`;
  if (kind === "shell") return `${owner}'s ${what} runs through a shell as PID 1: SIGTERM may not reach the application.`;
  return `${owner}'s ${what} makes the application PID 1: it must handle SIGTERM and reap its own children.`;
}
