/**
 * Secrets written into the build: ENV values (stored in the image) and ARG defaults (recorded
 * in its history), in any stage. `*_FILE` settings point at a mounted secret instead. The
 * value itself is never repeated: the source text shows `***` in its place.
 */
import { state, type ReadContext } from "./context";
import type { Pair, Step } from "./model";

const SECRET_PARTS = new Set([
  "password",
  "passwd",
  "pass",
  "passphrase",
  "secret",
  "token",
  "credentials",
  "credential",
  "apikey",
  "accesskey",
  "privatekey",
]);
const SECRET_PAIRS = new Set(["api key", "private key", "access key"]);
const NOT_A_VALUE = new Set(["true", "false", "yes", "no", "on", "off"]);

/** Word parts of a key: `dbPassword` and `DB_PASSWORD` both give db, password. */
function parts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== "");
}

export function isSecretName(name: string): boolean {
  const words = parts(name);
  return words.some((word, i) => SECRET_PARTS.has(word) || SECRET_PAIRS.has(`${word} ${words[i + 1] ?? ""}`));
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * The value with its `${…}` and `$NAME` references taken out, in one pass. (The regular
 * expression this replaces backtracked over every unclosed `${`: a line of 75,000 of them
 * took eight seconds.) A `${` with no `}` after it stays as it is; `$NAME` after it still goes.
 */
export function withoutReferences(value: string): string {
  let out = "";
  let i = 0;
  // Once no `}` follows one `${`, none follows a later one: never search again.
  let unclosed = false;
  while (i < value.length) {
    const dollar = value.indexOf("$", i);
    if (dollar < 0) return out + value.slice(i);
    out += value.slice(i, dollar);
    if (value[dollar + 1] === "{" && !unclosed) {
      const close = value.indexOf("}", dollar + 2);
      if (close >= 0) {
        i = close + 1;
        continue;
      }
      unclosed = true;
    }
    NAME.lastIndex = dollar + 1;
    const name = NAME.exec(value);
    if (name === null) {
      out += "$";
      i = dollar + 1;
    } else i = dollar + 1 + name[0].length;
  }
  return out;
}

/** A literal someone typed: not empty, not only `$VAR`/`${VAR}` references, not a yes/no switch. */
function hasLiteral(pair: Pair): boolean {
  const value = (pair.value ?? "").trim();
  const literal = withoutReferences(value).trim();
  return literal !== "" && !NOT_A_VALUE.has(value.toLowerCase()) && !value.startsWith("/run/secrets/");
}

export function secretFacts(context: ReadContext): void {
  for (const step of context.model.globals) secretsIn(context, step, "global ARGs");
  for (const stage of context.model.stages) {
    for (const step of stage.steps) {
      if (step.keyword === "RUN" && step.flags.some((flag) => /^mount=.*type=secret/.test(flag))) {
        context.notes.push(`line ${step.line}: RUN --mount=type=secret uses a build secret, which is not stored in the image.`);
      }
      secretsIn(context, step, stage.subject);
    }
  }
}

function secretsIn(context: ReadContext, step: Step, subject: string): void {
  if (step.keyword !== "ENV" && step.keyword !== "ARG") return;
  const files = step.pairs.filter(
    (pair) => /_FILE$/i.test(pair.name) && isSecretName(pair.name.slice(0, -5)) && (pair.value ?? "").trim() !== "",
  );
  const secrets = step.pairs.filter((pair) => !/_FILE$/i.test(pair.name) && isSecretName(pair.name) && hasLiteral(pair));
  if (secrets.length > 0) {
    const names = secrets.map((pair) => pair.name).join(", ");
    const note =
      step.keyword === "ENV"
        ? `ENV ${names} holds a literal value: it is stored in the image, readable by anyone who can pull it.`
        : `ARG ${names} has a default value: it is recorded in the image history.`;
    state(context, "plain-secret", "image", step, note, { subject, text: redact(step, secrets) });
  }
  if (files.length > 0) {
    const names = files.map((pair) => pair.name).join(", ");
    state(
      context,
      "orchestrator-secret",
      "present",
      step,
      `${names} points at a file: the secret is mounted at run time, not stored in the image.`,
      {
        subject,
      },
    );
  }
}

function redact(step: Step, secrets: Pair[]): string {
  let text = step.text;
  for (const pair of secrets) {
    const name = pair.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const assigned = new RegExp(`(${name}\\s*=\\s*)("[^"]*"?|'[^']*'?|\\S+)`, "g");
    // `ENV NAME value` (the old form) has one pair and no `=`: everything after the name is the value.
    text = text.search(assigned) >= 0 ? text.replace(assigned, "$1***") : text.replace(new RegExp(`(\\s${name}\\s+).*$`), "$1***");
  }
  return text;
}
