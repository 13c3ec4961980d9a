/**
 * Compose files to facts: one `platform` fact for the file, then per service (the subject
 * is the service's name) how it starts, what it may do, where its state and secrets are,
 * and what it asks of the host. Documents without a `services:` map are left alone.
 */
import type { Fact } from "../facts";
import { readComposeDeploy } from "./compose-deploy";
import { readComposeProcess } from "./compose-process";
import { readComposeSecurity } from "./compose-security";
import { readComposeSecrets, readComposeStorage } from "./compose-storage";
import { readComposeDiscovery } from "./discovery-facts";
import { FactSink, Place } from "./fact-sink";
import type { YamlDocument } from "./parse-yaml";
import { isValueMap, mapAt } from "./values";

export function readCompose(fileName: string, documents: readonly YamlDocument[]): { facts: Fact[]; notes: string[] } {
  const sink = new FactSink();
  for (const doc of documents) {
    const services = mapAt(doc.value, "services");
    if (services === undefined) continue;
    const file = new Place(fileName, doc);
    sink.add("platform", "compose", fileName, file.at(["services"]), `${fileName} describes services for Docker Compose.`);
    for (const [name, service] of Object.entries(services)) {
      if (!isValueMap(service)) continue;
      const place = file.within(["services", name]);
      readComposeProcess(sink, place, name, service);
      readComposeSecurity(sink, place, name, service);
      readComposeStorage(sink, place, name, service);
      readComposeSecrets(sink, place, name, service);
      readComposeDeploy(sink, place, name, service);
    }
    readComposeDiscovery(sink, file, services);
  }
  return sink.result();
}
