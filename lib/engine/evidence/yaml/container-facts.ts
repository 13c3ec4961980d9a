/**
 * Facts about one Kubernetes container (the subject is `Kind/name container`): its image,
 * secrets and configuration, and — for app containers and native sidecars — its start
 * command, probes, ports, resources, securityContext and preStop hook.
 */
import { pid1Note, pid1Of } from "./command-line";
import { masked, type FactSink } from "./fact-sink";
import { imageRefKind, imageRefNote } from "./image-ref";
import { isLiteralSecret, looksSecret } from "./secret-names";
import { readSecurityContext, type ContainerScope } from "./security-context";
import { hasEntries, isValueMap, listAt, mapAt, numberAt, stringAt, stringsOf, valueAt } from "./values";

const PROBE_KINDS = [
  ["httpGet", "http"],
  ["grpc", "grpc"],
  ["tcpSocket", "tcp"],
] as const;

function readSecrets(sink: FactSink, scope: ContainerScope, full: boolean): void {
  const { subject, name, place } = scope;
  listAt(scope.container, "env").forEach((variable, i) => {
    const variableName = stringAt(variable, "name") ?? "";
    const from = mapAt(variable, "valueFrom");
    if (mapAt(from, "secretKeyRef") !== undefined) {
      const at = place.at(["env", i, "valueFrom", "secretKeyRef"]);
      sink.add("orchestrator-secret", "present", subject, at, `Container ${name} takes ${variableName} from a Kubernetes Secret.`);
    } else if (full && mapAt(from, "configMapKeyRef") !== undefined) {
      sink.add(
        "injected-config",
        "yes",
        subject,
        place.at(["env", i, "valueFrom", "configMapKeyRef"]),
        `Container ${name} takes ${variableName} from a ConfigMap.`,
      );
    }
    const value = stringAt(variable, "value");
    if (value !== undefined && looksSecret(variableName) && isLiteralSecret(value)) {
      const note = `Container ${name} sets ${variableName} to a literal value in the manifest: a secret in plain configuration.`;
      sink.add("plain-secret", "configuration", subject, masked(place.at(["env", i, "value"]), value.trim()), note);
    }
  });
  listAt(scope.container, "envFrom").forEach((source, i) => {
    if (mapAt(source, "secretRef") !== undefined) {
      sink.add(
        "orchestrator-secret",
        "present",
        subject,
        place.at(["envFrom", i, "secretRef"]),
        `Container ${name} loads its environment from a Kubernetes Secret.`,
      );
    } else if (full && mapAt(source, "configMapRef") !== undefined) {
      sink.add(
        "injected-config",
        "yes",
        subject,
        place.at(["envFrom", i, "configMapRef"]),
        `Container ${name} loads its environment from a ConfigMap.`,
      );
    }
  });
  if (full && hasEntries(valueAt(scope.container, "env"))) {
    sink.add("injected-config", "yes", subject, place.at(["env"]), `Container ${name} is configured through environment variables.`);
  }
}

function readProbes(sink: FactSink, scope: ContainerScope): void {
  const { subject, name, place, container } = scope;
  const liveness = mapAt(container, "livenessProbe") !== undefined;
  const readiness = mapAt(container, "readinessProbe") !== undefined;
  const at = place.at([liveness ? "livenessProbe" : readiness ? "readinessProbe" : "name"]);
  if (liveness && readiness)
    sink.add("probes", "liveness-and-readiness", subject, at, `Container ${name} has liveness and readiness probes.`);
  else if (liveness)
    sink.add(
      "probes",
      "liveness-only",
      subject,
      at,
      `Container ${name} has a liveness probe but no readiness probe: traffic may reach it before it is ready.`,
    );
  else if (readiness)
    sink.add(
      "probes",
      "readiness-only",
      subject,
      at,
      `Container ${name} has a readiness probe but no liveness probe: a hung process is not restarted.`,
    );
  else
    sink.add(
      "probes",
      "none",
      subject,
      at,
      `Container ${name} has no liveness or readiness probe: Kubernetes cannot tell whether it is healthy.`,
    );
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    for (const [handler, protocol] of PROBE_KINDS) {
      if (mapAt(mapAt(container, probe), handler) !== undefined) {
        sink.add(
          "protocol",
          protocol,
          subject,
          place.at([probe, handler]),
          `Container ${name} is probed over ${protocol === "tcp" ? "TCP" : protocol === "grpc" ? "gRPC" : "HTTP"}.`,
        );
      }
    }
  }
}

function readPorts(sink: FactSink, scope: ContainerScope): void {
  const { subject, name, place } = scope;
  listAt(scope.container, "ports").forEach((port, i) => {
    if (stringAt(port, "protocol")?.trim().toUpperCase() === "UDP") {
      sink.add("protocol", "udp", subject, place.at(["ports", i, "protocol"]), `Container ${name} listens on UDP.`);
    }
    const hostPort = numberAt(port, "hostPort");
    if (hostPort !== undefined && hostPort > 0) {
      sink.add("host-port", "yes", subject, place.at(["ports", i, "hostPort"]), `Container ${name} binds port ${hostPort} on its node.`);
    }
  });
}

function readResources(sink: FactSink, scope: ContainerScope): void {
  const { subject, name, place } = scope;
  const resources = mapAt(scope.container, "resources");
  const requests = mapAt(resources, "requests");
  const limits = mapAt(resources, "limits");
  const has = (map: typeof requests) => map !== undefined && Object.keys(map).length > 0;
  const at = place.at([resources === undefined ? "name" : "resources"]);
  const listed = (map: typeof requests) => Object.keys(map ?? {}).join(", ");
  if (has(requests) && has(limits)) {
    sink.add(
      "resources",
      "requests-and-limits",
      subject,
      at,
      `Container ${name} requests ${listed(requests)} and is limited in ${listed(limits)}.`,
    );
  } else if (has(requests)) {
    sink.add(
      "resources",
      "requests-only",
      subject,
      at,
      `Container ${name} requests ${listed(requests)} but has no limits: it may use whatever the node has free.`,
    );
  } else if (has(limits)) {
    sink.add("resources", "limits-only", subject, at, `Container ${name} sets limits only: Kubernetes makes the requests equal to them.`);
  } else {
    sink.add(
      "resources",
      "none",
      subject,
      at,
      `Container ${name} sets no requests or limits: the scheduler cannot place it well and nothing caps it.`,
    );
  }
  for (const [section, map] of [
    ["limits", limits],
    ["requests", requests],
  ] as const) {
    const gpu = Object.keys(map ?? {}).find((key) => key.endsWith("/gpu") || key.startsWith("nvidia.com/"));
    if (gpu !== undefined)
      sink.add("gpu", "yes", subject, place.at(["resources", section, gpu]), `Container ${name} asks for ${gpu}: it needs GPU nodes.`);
  }
}

/** `full` for app containers and native sidecars; plain init containers give their image and secrets only. */
export function readContainer(sink: FactSink, scope: ContainerScope, full: boolean): void {
  const { subject, name, place, container } = scope;
  const image = stringAt(container, "image");
  const kind = image === undefined ? undefined : imageRefKind(image);
  if (image !== undefined && kind !== undefined)
    sink.add("deploy-image-ref", kind, subject, place.at(["image"]), imageRefNote(`Container ${name}`, image, kind));
  readSecrets(sink, scope, full);
  if (!full) return;
  const command = stringsOf(valueAt(container, "command"));
  const pid1 = pid1Of(command, stringsOf(valueAt(container, "args")));
  if (pid1 !== undefined) sink.add("runtime-pid1", pid1, subject, place.at(["command"]), pid1Note(`Container ${name}`, pid1, "command"));
  readProbes(sink, scope);
  readPorts(sink, scope);
  readResources(sink, scope);
  readSecurityContext(sink, scope);
  if (isValueMap(mapAt(mapAt(container, "lifecycle"), "preStop"))) {
    sink.add("pre-stop", "yes", subject, place.at(["lifecycle", "preStop"]), `Container ${name} runs a preStop hook before it is stopped.`);
  }
}
