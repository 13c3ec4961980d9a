/**
 * A Compose service's isolation: privileged mode, host namespaces, a read-only root,
 * capabilities, seccomp and AppArmor/SELinux options, and a Windows platform.
 */
import { FactSink, Place } from "./fact-sink";
import { isTrueAt, listAt, stringAt, stringsOf, type ValueMap } from "./values";

function readCapabilities(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  const dropped = stringsOf(listAt(service, "cap_drop")).map((cap) => cap.trim().toUpperCase());
  if (dropped.length > 0) {
    const all = dropped.includes("ALL");
    const note = all ? `Service ${name} drops all Linux capabilities.` : `Service ${name} drops some capabilities (${dropped.join(", ")}).`;
    sink.add("dropped-capabilities", all ? "all" : "some", name, place.at(["cap_drop"]), note);
  }
  const added = stringsOf(listAt(service, "cap_add")).map((cap) => cap.trim().toUpperCase());
  if (added.length > 0) {
    sink.add("added-capabilities", "yes", name, place.at(["cap_add"]), `Service ${name} adds capabilities: ${added.join(", ")}.`);
  }
}

function readSecurityOptions(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  listAt(service, "security_opt").forEach((option, i) => {
    if (typeof option !== "string") return;
    // Docker accepts both `seccomp=…` and the older `seccomp:…`.
    const match = /^\s*([a-z-]+)\s*[=:]\s*(.*?)\s*$/i.exec(option);
    if (match === null) return;
    const key = (match[1] ?? "").toLowerCase();
    const value = match[2] ?? "";
    const at = place.at(["security_opt", i]);
    if (key === "seccomp") {
      if (value === "unconfined")
        sink.add("seccomp", "unconfined", name, at, `Service ${name} runs without a seccomp filter: every system call is allowed.`);
      else if (value !== "") sink.add("seccomp", "localhost", name, at, `Service ${name} runs under its own seccomp profile (${value}).`);
    } else if (key === "apparmor" && value !== "" && value !== "unconfined") {
      sink.add("mandatory-access-control", "apparmor", name, at, `Service ${name} runs under the AppArmor profile ${value}.`);
    } else if (key === "label" && value !== "" && value !== "disable" && value !== "false") {
      sink.add("mandatory-access-control", "selinux", name, at, `Service ${name} sets SELinux labels (${value}).`);
    }
  });
}

export function readComposeSecurity(sink: FactSink, place: Place, name: string, service: ValueMap): void {
  if (isTrueAt(service, "privileged")) {
    sink.add(
      "privileged",
      "yes",
      name,
      place.at(["privileged"]),
      `Service ${name} runs privileged: it has the host's devices and every capability.`,
    );
  }
  if (isTrueAt(service, "read_only")) {
    sink.add("read-only-root", "yes", name, place.at(["read_only"]), `Service ${name} runs with a read-only root filesystem.`);
  }
  readCapabilities(sink, place, name, service);
  readSecurityOptions(sink, place, name, service);
  if (stringAt(service, "network_mode")?.trim() === "host") {
    sink.add("host-network", "yes", name, place.at(["network_mode"]), `Service ${name} uses the host's network stack directly.`);
  }
  if (stringAt(service, "pid")?.trim() === "host") sink.note(`Service ${name} shares the host's process namespace (pid: host).`);
  if (stringAt(service, "ipc")?.trim() === "host") sink.note(`Service ${name} shares the host's IPC namespace (ipc: host).`);
  const platform = stringAt(service, "platform")?.trim().toLowerCase();
  const isolation = stringAt(service, "isolation")?.trim().toLowerCase();
  if (platform?.startsWith("windows")) {
    sink.add("windows", "yes", name, place.at(["platform"]), `Service ${name} runs a Windows container (${platform}).`);
  } else if (isolation === "hyperv" || isolation === "process") {
    sink.add(
      "windows",
      "yes",
      name,
      place.at(["isolation"]),
      `Service ${name} sets Windows isolation (${isolation}): a Windows container.`,
    );
  }
}
