/**
 * Which setting names look like they hold a secret, and which values are literals rather
 * than references. Names are split into words (underscores, dashes, dots, camelCase), so
 * TOKEN matches GITHUB_TOKEN and apiToken but not TOKENIZER_MODEL.
 */

const SECRET_WORDS = new Set(["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL"]);
/** Two words that together name a key: API_KEY, PRIVATE_KEY, ACCESS_KEY. */
const SECRET_PAIRS = new Set(["API KEY", "PRIVATE KEY", "ACCESS KEY"]);
/** A last word that says the setting is about the secret, not the secret (TOKEN_URL, PASSWORD_LENGTH). */
const NOT_THE_SECRET = new Set([
  "FILE",
  "PATH",
  "DIR",
  "URL",
  "URI",
  "ENDPOINT",
  "HOST",
  "PORT",
  "NAME",
  "USER",
  "USERNAME",
  "ID",
  "TTL",
  "EXPIRY",
  "EXPIRES",
  "LENGTH",
  "TYPE",
  "ENABLED",
  "REQUIRED",
]);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== "");
}

function namesSecret(words: readonly string[]): boolean {
  return words.some((word, i) => SECRET_WORDS.has(word) || (i > 0 && SECRET_PAIRS.has(`${words[i - 1]} ${word}`)));
}

/** A setting that holds a secret itself (DB_PASSWORD, apiKey), not one about it (TOKEN_URL). */
export function looksSecret(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last !== undefined && !NOT_THE_SECRET.has(last) && namesSecret(words);
}

/** The Docker-image convention for a secret read from a mounted file: MYSQL_PASSWORD_FILE. */
export function isSecretFileSetting(name: string): boolean {
  const words = nameWords(name);
  return words.length > 1 && words[words.length - 1] === "FILE" && namesSecret(words.slice(0, -1));
}

const BOOLEAN_WORDS = new Set(["true", "false", "yes", "no", "on", "off"]);

/**
 * A value that is a literal secret: not empty, not a flag (MYSQL_ALLOW_EMPTY_PASSWORD=yes),
 * and not only a reference — `${VAR}`, `$VAR`, `${VAR:?}` or Kubernetes `$(VAR)`. A reference
 * with a literal fallback (`${DB_PASSWORD:-postgres}`) still puts a secret in the file.
 */
export function isLiteralSecret(value: string): boolean {
  const text = value.trim();
  if (text === "" || BOOLEAN_WORDS.has(text.toLowerCase())) return false;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(text) || /^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(text)) return false;
  const braced = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?:(:?[-?+])(.*))?\}$/s.exec(text);
  if (braced === null) return true;
  const [, operator, fallback] = braced;
  return operator !== undefined && operator.endsWith("-") && (fallback ?? "") !== "";
}
