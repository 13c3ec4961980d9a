/**
 * Kubernetes workloads: the kind (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod,
 * and ReplicaSet for its pods), replicas, claims and schedule, then the pod template's
 * spec and each of its containers.
 */
import type { FactValue } from "../facts";
import { readContainer } from "./container-facts";
import type { FactSink } from "./fact-sink";
import type { KubeObject } from "./kube-object";
import { readPodSpec } from "./pod-spec-facts";
import { isValueMap, listAt, mapAt, numberAt, stringAt, valueAt, valueAtPath, type ValueMap } from "./values";

/** Where each workload kind keeps its pod template (metadata + spec); a Pod is its own. */
export const TEMPLATE_PATH: Record<string, readonly string[]> = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

const WORKLOAD: Partial<Record<string, { value: FactValue<"workload">; what: string }>> = {
  Deployment: { value: "deployment", what: "interchangeable replicas that Kubernetes replaces and rolls out" },
  StatefulSet: { value: "stateful-set", what: "pods with stable names, started and stopped in order" },
  DaemonSet: { value: "daemon-set", what: "one pod on every node, as node agents are" },
  Job: { value: "job", what: "work that runs to completion" },
  CronJob: { value: "cron-job", what: "work that runs on a schedule" },
  Pod: { value: "pod", what: "a bare pod that nothing recreates if its node fails" },
};

export function isWorkloadKind(kind: string): boolean {
  return Object.hasOwn(TEMPLATE_PATH, kind);
}

function readWorkloadShape(sink: FactSink, object: KubeObject): void {
  const { kind, subject, place, value } = object;
  const workload = WORKLOAD[kind];
  if (workload !== undefined)
    sink.add("workload", workload.value, subject, place.at(["kind"]), `${subject} is a ${kind}: ${workload.what}.`);
  if (kind === "CronJob") {
    const schedule = stringAt(mapAt(value, "spec"), "schedule");
    const policy = stringAt(mapAt(value, "spec"), "concurrencyPolicy");
    const at = place.at(schedule !== undefined ? ["spec", "schedule"] : ["kind"]);
    sink.add(
      "cron-job",
      "yes",
      subject,
      at,
      `${subject} hands scheduled work to the platform${schedule === undefined ? "" : ` (${schedule})`}.`,
    );
    if (policy === "Forbid") sink.note(`${subject} never starts a run while the last one is still going (concurrencyPolicy: Forbid).`);
  }
  if (kind === "StatefulSet") {
    sink.add(
      "stateful-set",
      "yes",
      subject,
      place.at(["kind"]),
      `${subject} is a StatefulSet: each pod keeps its identity and its own storage.`,
    );
    const claims = listAt(mapAt(value, "spec"), "volumeClaimTemplates");
    const names = claims.flatMap((claim) => stringAt(mapAt(claim, "metadata"), "name") ?? []);
    if (claims.length > 0) {
      const note = `${subject} gives each pod its own persistent volume claim (${names.join(", ") || "unnamed"}).`;
      sink.add("storage", "persistent-volume-claim", subject, place.at(["spec", "volumeClaimTemplates"]), note);
    }
  }
  if (kind === "Deployment" || kind === "StatefulSet" || kind === "ReplicaSet") {
    const spec = mapAt(value, "spec");
    const replicas = numberAt(spec, "replicas");
    // An absent replicas field means one.
    const count = valueAt(spec, "replicas") === undefined ? 1 : replicas;
    const at = place.at(["spec", "replicas"]);
    if (count !== undefined && count > 1) sink.add("replicas", "several", subject, at, `${subject} runs ${count} replicas.`);
    else if (count === 1) {
      const note = replicas === undefined ? `${subject} sets no replicas: Kubernetes runs one.` : `${subject} runs a single replica.`;
      sink.add("replicas", "one", subject, at, note);
    }
  }
  if (kind === "ReplicaSet" || kind === "ReplicationController")
    sink.note(`${subject} is read for its pods; workloads usually own a ReplicaSet through a Deployment.`);
}

function containersOf(spec: ValueMap): { container: ValueMap; path: (string | number)[]; full: boolean }[] {
  const app = listAt(spec, "containers").map((container, i) => ({ container, path: ["containers", i], full: true }));
  // Native sidecars are init containers that keep running (restartPolicy: Always).
  const init = listAt(spec, "initContainers").map((container, i) => ({
    container,
    path: ["initContainers", i],
    full: stringAt(container, "restartPolicy") === "Always",
  }));
  return [...app, ...init].flatMap((entry) => (isValueMap(entry.container) ? [{ ...entry, container: entry.container }] : []));
}

export function readWorkload(sink: FactSink, object: KubeObject): void {
  readWorkloadShape(sink, object);
  const templatePath = TEMPLATE_PATH[object.kind] ?? [];
  const template = valueAtPath(object.value, templatePath);
  const podSpec = mapAt(template, "spec");
  if (podSpec === undefined) return;
  const podPlace = object.place.within([...templatePath, "spec"]);
  readPodSpec(sink, podPlace, object.subject, podSpec);
  const annotations = mapAt(mapAt(template, "metadata"), "annotations");
  const annotationsPlace = object.place.within([...templatePath, "metadata", "annotations"]);
  if (stringAt(annotations, "prometheus.io/scrape")?.trim() === "true") {
    const note = `${object.subject}'s pods ask Prometheus to scrape their metrics (prometheus.io/scrape).`;
    sink.add("metrics-endpoint", "scrape-annotation", object.subject, annotationsPlace.at(["prometheus.io/scrape"]), note);
  }
  containersOf(podSpec).forEach(({ container, path, full }, i) => {
    const name = stringAt(container, "name")?.trim() || `#${i + 1}`;
    const scope = {
      subject: `${object.subject} ${name}`,
      name,
      container,
      place: podPlace.within(path),
      podSpec,
      podPlace,
      annotations,
      annotationsPlace,
    };
    readContainer(sink, scope, full);
  });
}
