/**
 * Pod-level facts (the subject is the workload): host namespaces, a shared process
 * namespace, the grace period, volumes (host paths, claims, memory, secrets, config maps),
 * Windows nodes, zone spreading and a GPU runtime class.
 */
import type { FactSink, Place } from "./fact-sink";
import { isTrueAt, isValueMap, listAt, mapAt, numberAt, stringAt, stringsOf, valueAt, valueAtPath, type ValueMap } from "./values";

/** Kubernetes' default terminationGracePeriodSeconds. */
const KUBERNETES_GRACE_SECONDS = 30;
const OS_LABELS = ["kubernetes.io/os", "beta.kubernetes.io/os"];
const ZONE_LABELS = ["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"];

function readHost(sink: FactSink, place: Place, subject: string, spec: ValueMap): void {
  if (isTrueAt(spec, "hostNetwork")) {
    sink.add("host-network", "yes", subject, place.at(["hostNetwork"]), `${subject} uses the node's network stack (hostNetwork).`);
  }
  if (isTrueAt(spec, "hostPID")) sink.note(`${subject} sees the node's processes (hostPID: true).`);
  if (isTrueAt(spec, "hostIPC")) sink.note(`${subject} shares the node's IPC namespace (hostIPC: true).`);
  if (isTrueAt(spec, "shareProcessNamespace")) {
    const note = `${subject}'s containers share one process namespace: the pause container is PID 1 and reaps zombies.`;
    sink.add("shared-process-namespace", "yes", subject, place.at(["shareProcessNamespace"]), note);
  }
  const grace = numberAt(spec, "terminationGracePeriodSeconds");
  if (grace !== undefined) {
    const value = grace > KUBERNETES_GRACE_SECONDS ? "longer" : grace < KUBERNETES_GRACE_SECONDS ? "shorter" : "default";
    const note =
      value === "longer"
        ? `${subject} gets ${grace} s to stop, longer than the default 30 s: time to drain.`
        : value === "shorter"
          ? `${subject} gets only ${grace} s to stop before it is killed.`
          : `${subject} keeps the default 30 s to stop.`;
    sink.add("grace-period", value, subject, place.at(["terminationGracePeriodSeconds"]), note);
  }
}

function readVolumes(sink: FactSink, place: Place, subject: string, spec: ValueMap): void {
  listAt(spec, "volumes").forEach((volume, i) => {
    if (!isValueMap(volume)) return;
    const at = (...key: string[]) => place.at(["volumes", i, ...key]);
    const name = stringAt(volume, "name") ?? `#${i + 1}`;
    const hostPath = stringAt(mapAt(volume, "hostPath"), "path");
    if (mapAt(volume, "hostPath") !== undefined) {
      sink.add(
        "storage",
        "host-path",
        subject,
        at("hostPath"),
        `${subject} mounts the node's ${hostPath ?? "filesystem"} (volume ${name}): it is tied to that node.`,
      );
      sink.add("host-path", "yes", subject, at("hostPath"), `${subject} reaches into the node's filesystem through a hostPath volume.`);
    }
    if (mapAt(volume, "persistentVolumeClaim") !== undefined) {
      sink.add(
        "storage",
        "persistent-volume-claim",
        subject,
        at("persistentVolumeClaim"),
        `${subject} keeps state on a persistent volume claim (volume ${name}).`,
      );
    }
    if (stringAt(mapAt(volume, "emptyDir"), "medium") === "Memory") {
      sink.add(
        "storage",
        "memory",
        subject,
        at("emptyDir", "medium"),
        `${subject} mounts a memory-backed emptyDir (volume ${name}): it counts against the memory limit.`,
      );
    }
    const sources = listAt(mapAt(volume, "projected"), "sources");
    const projects = (key: string) => sources.some((source) => mapAt(source, key) !== undefined);
    const secretsStore = (stringAt(mapAt(volume, "csi"), "driver") ?? "").startsWith("secrets-store");
    const secretKey =
      mapAt(volume, "secret") !== undefined ? "secret" : projects("secret") ? "projected" : secretsStore ? "csi" : undefined;
    if (secretKey !== undefined) {
      sink.add(
        "orchestrator-secret",
        "present",
        subject,
        at(secretKey),
        `${subject} mounts secrets the platform hands over (volume ${name}).`,
      );
    }
    const configKey = mapAt(volume, "configMap") !== undefined ? "configMap" : projects("configMap") ? "projected" : undefined;
    if (configKey !== undefined) {
      sink.add("injected-config", "yes", subject, at(configKey), `${subject} mounts configuration from a ConfigMap (volume ${name}).`);
    }
  });
}

/** Whether a node selector term requires Windows: `kubernetes.io/os In [windows]`. */
function requiresWindows(spec: ValueMap): (string | number)[] | undefined {
  const selector = mapAt(spec, "nodeSelector");
  const label = OS_LABELS.find((key) => stringAt(selector, key)?.trim() === "windows");
  if (label !== undefined) return ["nodeSelector", label];
  if (stringAt(mapAt(spec, "os"), "name") === "windows") return ["os", "name"];
  const terms = listAt(
    valueAtPath(spec, ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]),
    "nodeSelectorTerms",
  );
  for (const [t, term] of terms.entries()) {
    for (const [e, expression] of listAt(term, "matchExpressions").entries()) {
      const key = stringAt(expression, "key") ?? "";
      if (
        OS_LABELS.includes(key) &&
        stringAt(expression, "operator") === "In" &&
        stringsOf(valueAt(expression, "values")).includes("windows")
      ) {
        return [
          "affinity",
          "nodeAffinity",
          "requiredDuringSchedulingIgnoredDuringExecution",
          "nodeSelectorTerms",
          t,
          "matchExpressions",
          e,
        ];
      }
    }
  }
  return undefined;
}

function zoneSpreadPath(spec: ValueMap): (string | number)[] | undefined {
  const spread = listAt(spec, "topologySpreadConstraints").findIndex((constraint) =>
    ZONE_LABELS.includes(stringAt(constraint, "topologyKey") ?? ""),
  );
  if (spread >= 0) return ["topologySpreadConstraints", spread];
  const anti = mapAt(mapAt(spec, "affinity"), "podAntiAffinity");
  const required = listAt(anti, "requiredDuringSchedulingIgnoredDuringExecution");
  const r = required.findIndex((term) => ZONE_LABELS.includes(stringAt(term, "topologyKey") ?? ""));
  if (r >= 0) return ["affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution", r];
  const preferred = listAt(anti, "preferredDuringSchedulingIgnoredDuringExecution");
  const p = preferred.findIndex((term) => ZONE_LABELS.includes(stringAt(mapAt(term, "podAffinityTerm"), "topologyKey") ?? ""));
  return p >= 0 ? ["affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", p] : undefined;
}

export function readPodSpec(sink: FactSink, place: Place, subject: string, spec: ValueMap): void {
  readHost(sink, place, subject, spec);
  readVolumes(sink, place, subject, spec);
  const windows = requiresWindows(spec);
  if (windows !== undefined) sink.add("windows", "yes", subject, place.at(windows), `${subject} is scheduled on Windows nodes.`);
  const zones = zoneSpreadPath(spec);
  if (zones !== undefined) sink.add("zone-spread", "yes", subject, place.at(zones), `${subject} spreads its pods across zones.`);
  if (/nvidia/i.test(stringAt(spec, "runtimeClassName") ?? "")) {
    sink.add("gpu", "yes", subject, place.at(["runtimeClassName"]), `${subject} runs under the NVIDIA runtime class: it needs GPU nodes.`);
  }
}
