/**
 * For the GitHub script's tests: runs a script with a fake `gh` as the only command on
 * PATH, beside decoys (rm, reboot, calc…) that record any call. The fake answers as gh
 * does where the script reads an answer: an issue URL (numbered from 101), an issue's id
 * (its number + 5000), the current repository.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DECOYS = ["rm", "reboot", "calc", "cmd", "id", "echo", "curl", "wget", "sh", "bash", "cat", "touch", "env", "open"];

/** Ends a call's record in the log: a control character, which the script's quoting never lets through. */
const END = "\u0001";

export interface Call {
  cmd: string;
  args: string[];
}

/**
 * The fakes are shell scripts using builtins only (a Node fake costs a start-up per call).
 * Each call appends its name and arguments to the log, each ended by a NUL (which no
 * argument can hold), and the record by END.
 */
const record = (log: string, name: string) => `printf '%s\\0' ${name} "$@" '${END}' >> '${log}'`;

function fakeGh(log: string, counter: string): string {
  return `#!/bin/sh
${record(log, "gh")}
if [ "$1 $2" = "issue create" ]; then
  n=100
  if [ -f '${counter}' ]; then read -r n < '${counter}'; fi
  n=$((n + 1))
  printf '%s\\n' "$n" > '${counter}'
  printf '%s\\n' "\${FAKE_GH_ANSWER:-https://github.com/owner/repo/issues/$n}"
elif [ "$1" = api ] && [ "$3" = --jq ]; then
  case \${2##*/} in
    '' | *[!0-9]*) ;;
    *) printf '%s\\n' $((\${2##*/} + 5000)) ;;
  esac
elif [ "$1 $2" = "repo view" ]; then
  printf '%s\\n' current/repo
fi
`;
}

/** Runs the script in a fresh directory whose PATH holds only the fake gh and the decoys. */
export function runWithFakeGh(script: string, shell: string[], args: string[], extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "kbyd-gh-"));
  const log = join(dir, "calls.log");
  writeFileSync(join(dir, "gh"), fakeGh(log, join(dir, "counter")));
  chmodSync(join(dir, "gh"), 0o755);
  for (const decoy of DECOYS) {
    writeFileSync(join(dir, decoy), `#!/bin/sh\n${record(log, decoy)}\n`);
    chmodSync(join(dir, decoy), 0o755);
  }
  const file = join(dir, "plan-issues.sh");
  writeFileSync(file, script);
  const result = spawnSync(shell[0] ?? "sh", [...shell.slice(1), file, ...args], {
    cwd: dir,
    // Next's types ask every environment for NODE_ENV; nothing in the script reads it.
    env: { NODE_ENV: "test", PATH: dir, HOME: dir, ...extraEnv },
    encoding: "utf8",
    timeout: 60_000,
  });
  const fields = existsSync(log) ? readFileSync(log, "utf8").split("\0").slice(0, -1) : [];
  const calls: Call[] = [];
  let current: string[] = [];
  for (const field of fields) {
    if (field !== END) {
      current.push(field);
      continue;
    }
    const [cmd = "", ...rest] = current;
    calls.push({ cmd, args: rest });
    current = [];
  }
  rmSync(dir, { recursive: true, force: true });
  return { ...result, calls };
}

/** The value of `--name=value` (or `--name value`) among a call's arguments. */
export function flag(args: readonly string[], name: string): string[] {
  return args.flatMap((arg, i) =>
    arg.startsWith(`--${name}=`) ? [arg.slice(name.length + 3)] : arg === `--${name}` ? [args[i + 1] ?? ""] : [],
  );
}
