/**
 * What a Compose service asks of the machine: its image reference, published ports,
 * replicas, CPU and memory reservations and limits, and GPUs.
 */
import { FactSink, Place } from "./fact-sink";
import { imageRefKind, imageRefNote } from "./image-ref";
import { hasEntries, isValueMap, listAt, mapAt, numberAt, scalarText, stringAt, stringsOf, valueAt, type ValueMap } from "./values";

/** A cpus/memory setting, not a device reservation or pids alone. */
function hasCpuOrMemory(value: unknown): boolean {
  return isValueMap(value) && (valueAt(value, "cpus") !== undefined || valueAt(value, "memory") !== undefined);
}

function readResources(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const resources = mapAt(mapAt(service, "deploy"), "resources");
  const limitKey = ["mem_limit", "cpus", "memswap_limit", "cpu_quota"].find((key) => valueAt(service, key) !== undefined);
  const requestKey = valueAt(service, "mem_reservation") !== undefined ? "mem_reservation" : undefined;
  const limits = hasCpuOrMemory(valueAt(resources, "limits"));
  const requests = hasCpuOrMemory(valueAt(resources, "reservations"));
  const hasLimits = limits || limitKey !== undefined;
  const hasRequests = requests || requestKey !== undefined;
  const at = place.at(limits || requests ? ["deploy", "resources"] : [limitKey ?? requestKey ?? "deploy"]);
  if (hasLimits && hasRequests)
    sink.add("resources", "requests-and-limits", name, at, `Service ${name} reserves and caps its CPU or memory.`);
  else if (hasLimits) sink.add("resources", "limits-only", name, at, `Service ${name} caps its CPU or memory but reserves none.`);
  else if (hasRequests)
    sink.add(
      "resources",
      "requests-only",
      name,
      at,
      `Service ${name} reserves CPU or memory but sets no cap: it can use all the host has.`,
    );
  else if (valueAt(service, "image") !== undefined || valueAt(service, "build") !== undefined) {
    sink.add("resources", "none", name, place.at(), `Service ${name} sets no CPU or memory limits: it can use all the host has.`);
  }
}

function readGpu(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const devices = listAt(mapAt(mapAt(mapAt(service, "deploy"), "resources"), "reservations"), "devices");
  const gpuDevice = devices.findIndex(
    (device) =>
      stringsOf(valueAt(device, "capabilities")).some((cap) => cap.toLowerCase() === "gpu") ||
      stringAt(device, "driver")?.toLowerCase() === "nvidia",
  );
  const note = `Service ${name} asks for a GPU: it needs nodes with GPUs and their drivers.`;
  if (gpuDevice >= 0) sink.add("gpu", "yes", name, place.at(["deploy", "resources", "reservations", "devices", gpuDevice]), note);
  else if (stringAt(service, "runtime")?.trim() === "nvidia") sink.add("gpu", "yes", name, place.at(["runtime"]), note);
  else {
    const gpus = valueAt(service, "gpus");
    if (typeof gpus === "string" ? gpus.trim() !== "" : hasEntries(gpus)) sink.add("gpu", "yes", name, place.at(["gpus"]), note);
  }
}

export function readComposeDeploy(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const image = stringAt(service, "image");
  const kind = image === undefined ? undefined : imageRefKind(image);
  if (image !== undefined && kind !== undefined)
    sink.add("deploy-image-ref", kind, name, place.at(["image"]), imageRefNote(`Service ${name}`, image, kind));

  const ports = listAt(service, "ports");
  if (ports.length > 0) {
    const shown = ports.map(
      (port) => scalarText(port) ?? scalarText(valueAt(port, "published")) ?? scalarText(valueAt(port, "target")) ?? "?",
    );
    sink.add(
      "ingress-route",
      "published-port",
      name,
      place.at(["ports"]),
      `Service ${name} publishes ports on the host (${shown.join(", ")}).`,
    );
  }

  const deploy = mapAt(service, "deploy");
  const replicasKey = numberAt(deploy, "replicas") !== undefined ? "replicas" : undefined;
  const replicas = numberAt(deploy, "replicas") ?? numberAt(service, "scale");
  if (replicas !== undefined && replicas >= 1) {
    const at = place.at(replicasKey === undefined ? ["scale"] : ["deploy", "replicas"]);
    if (replicas > 1) sink.add("replicas", "several", name, at, `Service ${name} runs ${replicas} replicas.`);
    else sink.add("replicas", "one", name, at, `Service ${name} runs a single replica.`);
  }
  readResources(sink, place, name, service);
  readGpu(sink, place, name, service);
}
