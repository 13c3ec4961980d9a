/**
 * How services find each other: a setting whose value names another service of the same
 * file as a host (`REDIS_HOST=redis`, `postgres://db:5432/app`, `http://cart.shop.svc:7070`)
 * reaches it by name, through the platform's DNS. Only names the file itself defines count,
 * so an external host name or an address states nothing.
 */
import { environmentOf } from "./compose-storage";
import type { FactSink, Place } from "./fact-sink";
import type { KubeObject } from "./kube-object";
import { isValueMap, listAt, mapAt, stringAt, valueAt, valueAtPath, type ValueMap } from "./values";
import { TEMPLATE_PATH } from "./workload-facts";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A matcher for any of the names as a whole host: after the start, `//`, `@`, `=` or `,`;
 * then, in Kubernetes, optionally `.namespace.svc[.cluster.local]`; then the end, a port, a
 * path or a comma. Prose ("the db is slow") and other domains (`db.example.com`) do not match.
 */
function hostMatcher(names: readonly string[], clusterDomain: boolean): RegExp | undefined {
  const usable = names.filter((name) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(name));
  if (usable.length === 0) return undefined;
  const domain = clusterDomain ? String.raw`(?:(?:\.[a-z0-9-]+)?\.svc(?:\.cluster\.local)?)?` : "";
  return new RegExp(`(?:^|//|@|=|,)(${usable.map(escape).join("|")})${domain}(?=$|[:/,])`, "i");
}

export function readComposeDiscovery(sink: FactSink, file: Place, services: ValueMap): void {
  const names = Object.keys(services);
  for (const [name, service] of Object.entries(services)) {
    if (!isValueMap(service)) continue;
    const matcher = hostMatcher(
      names.filter((other) => other !== name),
      false,
    );
    if (!matcher) continue;
    for (const { key, value, path } of environmentOf(valueAt(service, "environment"))) {
      const found = value === undefined ? null : matcher.exec(value);
      if (!found) continue;
      const note = `Service ${name} reaches ${found[1] ?? "another service"} by its service name (${key}), through Compose's DNS.`;
      sink.add("service-discovery", "by-name", name, file.within(["services", name]).at(path), note);
      break;
    }
  }
}

/** Kubernetes: env values naming a Service of the same file, short or as `name.namespace.svc…`. */
export function readKubeDiscovery(sink: FactSink, objects: readonly KubeObject[]): void {
  const serviceNames = objects
    .filter((object) => object.kind === "Service")
    .flatMap((object) => stringAt(mapAt(object.value, "metadata"), "name")?.trim() ?? []);
  const matcher = hostMatcher(serviceNames, true);
  if (!matcher) return;
  for (const object of objects) {
    const templatePath = TEMPLATE_PATH[object.kind];
    if (templatePath === undefined) continue;
    const podSpec = mapAt(valueAtPath(object.value, templatePath), "spec");
    listAt(podSpec, "containers").forEach((container, c) => {
      const variables = listAt(container, "env");
      const index = variables.findIndex((variable) => {
        const value = stringAt(variable, "value");
        return value !== undefined && matcher.test(value);
      });
      if (index < 0) return;
      const variable = variables[index];
      const key = stringAt(variable, "name") ?? "a setting";
      const containerName = stringAt(container, "name") ?? `#${c + 1}`;
      const note = `Container ${containerName} reaches a Service by its name (${key}), through cluster DNS.`;
      const at = object.place.at([...templatePath, "spec", "containers", c, "env", index, "value"]);
      sink.add("service-discovery", "by-name", `${object.subject} ${containerName}`, at, note);
    });
  }
}
