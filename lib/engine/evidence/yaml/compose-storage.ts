/**
 * A Compose service's state and settings: where its volumes live (a host path, a named
 * volume, memory), how secrets reach it (Compose `secrets:`, `*_FILE`, or a literal in
 * `environment`), and whether configuration is injected at all.
 */
import type { FactValue } from "../facts";
import { FactSink, masked, Place } from "./fact-sink";
import { isLiteralSecret, isSecretFileSetting, looksSecret } from "./secret-names";
import { hasEntries, isValueMap, scalarText, stringAt, valueAt, type ValueMap } from "./values";

type Storage = FactValue<"storage">;

/** Short syntax `source:target[:mode]`, or a bare target (an anonymous volume). */
function shortVolume(spec: string): { storage: Storage; source: string } | undefined {
  const text = spec.trim();
  const drive = /^[A-Za-z]:[\\/]/.test(text);
  const colon = text.indexOf(":", drive ? 2 : 0);
  // A bare container path is an anonymous volume: Docker-managed, not on a host path.
  if (colon < 0) return text.startsWith("/") ? { storage: "named-volume", source: "" } : undefined;
  const source = text.slice(0, colon);
  if (source === "" || source.includes("$")) return undefined;
  // Volume names start with a letter or digit and have no slash; anything else is a host path.
  const hostPath = drive || /^[./~\\]/.test(source) || source.includes("/");
  return { storage: hostPath ? "bind-mount" : "named-volume", source };
}

function longVolume(spec: ValueMap): { storage: Storage; source: string } | undefined {
  const source = stringAt(spec, "source") ?? "";
  switch (stringAt(spec, "type")) {
    case "bind":
    case "npipe":
      return { storage: "bind-mount", source };
    case "volume":
      return { storage: "named-volume", source };
    case "tmpfs":
      return { storage: "memory", source };
    default:
      return undefined;
  }
}

const STORAGE_NOTE: Record<Storage, (name: string, source: string) => string> = {
  "bind-mount": (name, source) => `Service ${name} mounts the host path ${source || "given"}: its data lives on that one machine.`,
  "named-volume": (name, source) =>
    source === ""
      ? `Service ${name} keeps data in an anonymous Docker volume: state outside the image that a move must carry.`
      : `Service ${name} keeps data in the named volume ${source}: state outside the image that a move must carry.`,
  memory: (name) => `Service ${name} mounts a tmpfs: scratch space in memory, gone when the container stops.`,
  "host-path": (name) => `Service ${name} mounts a host path.`,
  "persistent-volume-claim": (name) => `Service ${name} uses a persistent volume.`,
  "image-volume": (name) => `Service ${name} uses an image volume.`,
};

export function readComposeStorage(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const volumes = valueAt(service, "volumes");
  if (Array.isArray(volumes)) {
    volumes.forEach((spec, i) => {
      const read = typeof spec === "string" ? shortVolume(spec) : isValueMap(spec) ? longVolume(spec) : undefined;
      if (read === undefined) {
        if (typeof spec === "string" && spec.includes("$"))
          sink.note(`Service ${name} mounts ${spec.trim()}: a variable decides where it lives.`);
        return;
      }
      sink.add("storage", read.storage, name, place.at(["volumes", i]), STORAGE_NOTE[read.storage](name, read.source));
    });
  }
  const tmpfs = valueAt(service, "tmpfs");
  if (typeof tmpfs === "string" ? tmpfs.trim() !== "" : hasEntries(tmpfs)) {
    sink.add("storage", "memory", name, place.at(["tmpfs"]), STORAGE_NOTE.memory(name, ""));
  }
}

function secretsNote(name: string): string {
  return `Service ${name} receives secrets from Compose as files, not in its environment.`;
}

/** The environment as name/value pairs with their path, from list (`KEY=value`) or map form. */
export function environmentOf(environment: unknown): { key: string; value: string | undefined; path: (string | number)[] }[] {
  if (Array.isArray(environment)) {
    return environment.flatMap((entry, i) => {
      if (typeof entry !== "string") return [];
      const equals = entry.indexOf("=");
      const key = (equals < 0 ? entry : entry.slice(0, equals)).trim();
      return key === "" ? [] : [{ key, value: equals < 0 ? undefined : entry.slice(equals + 1), path: ["environment", i] }];
    });
  }
  if (!isValueMap(environment)) return [];
  // A `true` value is a flag, not a secret; a null value passes the host's variable through.
  return Object.entries(environment).map(([key, value]) => ({
    key,
    value: typeof value === "boolean" ? undefined : scalarText(value),
    path: ["environment", key],
  }));
}

export function readComposeSecrets(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  if (hasEntries(valueAt(service, "secrets"))) sink.add("orchestrator-secret", "present", name, place.at(["secrets"]), secretsNote(name));
  const environment = environmentOf(valueAt(service, "environment"));
  for (const { key, value, path } of environment) {
    if (isSecretFileSetting(key) || (value !== undefined && value.trim().startsWith("/run/secrets/"))) {
      sink.add("orchestrator-secret", "present", name, place.at(path), `Service ${name} reads ${key} from a mounted secret file.`);
    } else if (value !== undefined && looksSecret(key) && isLiteralSecret(value)) {
      const note = `Service ${name} sets ${key} to a literal value in the Compose file: a secret in plain configuration.`;
      sink.add("plain-secret", "configuration", name, masked(place.at(path), value.trim()), note);
    }
  }
  for (const key of ["environment", "env_file", "configs"]) {
    const value = valueAt(service, key);
    if (typeof value === "string" ? value.trim() !== "" : hasEntries(value)) {
      sink.add("injected-config", "yes", name, place.at([key]), `Service ${name} is configured from outside the image (${key}).`);
    }
  }
}
