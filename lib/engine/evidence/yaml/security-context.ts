/**
 * A container's effective securityContext: its own settings over the pod's for the fields
 * a pod may set (user, runAsNonRoot, seccomp, AppArmor, SELinux), its own only for the rest
 * (privileged, read-only root, capabilities). The cited line is the one that decides.
 */
import type { Source } from "../facts";
import type { FactSink, Place } from "./fact-sink";
import { hasEntries, mapAt, stringAt, stringsOf, valueAt, type ValueMap } from "./values";

export interface ContainerScope {
  /** `Kind/name container`. */
  subject: string;
  name: string;
  container: ValueMap;
  place: Place;
  podSpec: ValueMap;
  podPlace: Place;
  /** The pod template's annotations and where they are (the old AppArmor annotation lives there). */
  annotations: ValueMap | undefined;
  annotationsPlace: Place;
}

/** The container's setting if it has one, else the pod's; cited at `key` (or the deciding field under it). */
function pick(scope: ContainerScope, key: string, deciding: readonly string[] = []): { value: unknown; at: Source } | undefined {
  const own = mapAt(scope.container, "securityContext");
  if (own !== undefined && valueAt(own, key) !== undefined)
    return { value: own[key], at: scope.place.at(["securityContext", key, ...deciding]) };
  const pod = mapAt(scope.podSpec, "securityContext");
  if (pod !== undefined && valueAt(pod, key) !== undefined)
    return { value: pod[key], at: scope.podPlace.at(["securityContext", key, ...deciding]) };
  return undefined;
}

function readUser(sink: FactSink, scope: ContainerScope): void {
  const { subject } = scope;
  const nonRoot = pick(scope, "runAsNonRoot");
  const user = pick(scope, "runAsUser");
  const uid = typeof user?.value === "number" ? user.value : undefined;
  if (nonRoot?.value === true) {
    sink.add(
      "run-as-non-root",
      "yes",
      subject,
      nonRoot.at,
      `Container ${scope.name} must run as a non-root user (runAsNonRoot): the kubelet refuses root.`,
    );
  }
  if (user !== undefined && uid !== undefined) {
    if (uid === 0) sink.add("runtime-user", "root", subject, user.at, `Container ${scope.name} runs as root (runAsUser: 0).`);
    else sink.add("runtime-user", "non-root", subject, user.at, `Container ${scope.name} runs as user ${uid}, not root.`);
    if (uid === 0 && nonRoot?.value === true)
      sink.note(`Container ${scope.name} sets runAsUser: 0 and runAsNonRoot: true: the kubelet will refuse to start it.`);
  } else if (nonRoot?.value === true) {
    sink.add("runtime-user", "non-root", subject, nonRoot.at, `Container ${scope.name} runs as a non-root user.`);
  }
}

function readCapabilities(sink: FactSink, scope: ContainerScope): void {
  const { subject, name, place } = scope;
  const capabilities = mapAt(mapAt(scope.container, "securityContext"), "capabilities");
  const dropped = stringsOf(valueAt(capabilities, "drop")).map((cap) => cap.trim().toUpperCase());
  if (dropped.length > 0) {
    const all = dropped.includes("ALL");
    const at = place.at(["securityContext", "capabilities", "drop"]);
    sink.add(
      "dropped-capabilities",
      all ? "all" : "some",
      subject,
      at,
      all ? `Container ${name} drops all capabilities.` : `Container ${name} drops ${dropped.join(", ")}.`,
    );
  }
  const added = stringsOf(valueAt(capabilities, "add")).map((cap) => cap.trim().toUpperCase());
  if (added.length > 0) {
    const at = place.at(["securityContext", "capabilities", "add"]);
    sink.add("added-capabilities", "yes", subject, at, `Container ${name} adds capabilities: ${added.join(", ")}.`);
  }
}

function readProfiles(sink: FactSink, scope: ContainerScope): void {
  const { subject, name } = scope;
  const seccomp = pick(scope, "seccompProfile", ["type"]);
  const seccompType = stringAt(seccomp?.value, "type");
  if (seccomp !== undefined && seccompType === "RuntimeDefault") {
    sink.add("seccomp", "runtime-default", subject, seccomp.at, `Container ${name} runs under the runtime's default seccomp profile.`);
  } else if (seccomp !== undefined && seccompType === "Localhost") {
    sink.add(
      "seccomp",
      "localhost",
      subject,
      seccomp.at,
      `Container ${name} runs under a seccomp profile from the node (${stringAt(seccomp.value, "localhostProfile") ?? "Localhost"}).`,
    );
  } else if (seccomp !== undefined && seccompType === "Unconfined") {
    sink.add(
      "seccomp",
      "unconfined",
      subject,
      seccomp.at,
      `Container ${name} runs without a seccomp filter: every system call is allowed.`,
    );
  }

  // The appArmorProfile field (1.30+) wins over the older per-container annotation.
  const apparmor = pick(scope, "appArmorProfile", ["type"]);
  const apparmorType = stringAt(apparmor?.value, "type");
  const annotation = `container.apparmor.security.beta.kubernetes.io/${name}`;
  const annotated = stringAt(scope.annotations, annotation)?.trim();
  if (apparmor !== undefined && (apparmorType === "RuntimeDefault" || apparmorType === "Localhost")) {
    sink.add(
      "mandatory-access-control",
      "apparmor",
      subject,
      apparmor.at,
      `Container ${name} runs under an AppArmor profile (${apparmorType}).`,
    );
  } else if (apparmor === undefined && annotated !== undefined && annotated !== "" && annotated !== "unconfined") {
    const at = scope.annotationsPlace.at([annotation]);
    sink.add(
      "mandatory-access-control",
      "apparmor",
      subject,
      at,
      `Container ${name} runs under the AppArmor profile ${annotated} (set by annotation).`,
    );
  }
  const selinux = pick(scope, "seLinuxOptions");
  if (selinux !== undefined && hasEntries(selinux.value)) {
    sink.add("mandatory-access-control", "selinux", subject, selinux.at, `Container ${name} runs with SELinux options set.`);
  }
}

export function readSecurityContext(sink: FactSink, scope: ContainerScope): void {
  const own = mapAt(scope.container, "securityContext");
  if (own?.privileged === true) {
    sink.add(
      "privileged",
      "yes",
      scope.subject,
      scope.place.at(["securityContext", "privileged"]),
      `Container ${scope.name} runs privileged: it has full access to the node.`,
    );
  }
  if (own?.readOnlyRootFilesystem === true) {
    const at = scope.place.at(["securityContext", "readOnlyRootFilesystem"]);
    sink.add("read-only-root", "yes", scope.subject, at, `Container ${scope.name} has a read-only root filesystem.`);
  }
  readUser(sink, scope);
  readCapabilities(sink, scope);
  readProfiles(sink, scope);
}
