/** One Kubernetes object found in a file: its value, where it sits, and how facts name it. */
import { Place } from "./fact-sink";
import type { YamlDocument } from "./parse-yaml";
import { isValueMap, listAt, mapAt, stringAt, type ValueMap } from "./values";

export interface KubeObject {
  kind: string;
  /** `Kind/name`: the subject of the object's own facts. */
  subject: string;
  value: ValueMap;
  place: Place;
}

function toObject(value: unknown, place: Place): KubeObject | undefined {
  if (!isValueMap(value)) return undefined;
  const kind = stringAt(value, "kind")?.trim();
  if (kind === undefined || kind === "" || typeof value.apiVersion !== "string") return undefined;
  const metadata = mapAt(value, "metadata");
  const name = stringAt(metadata, "name")?.trim() || stringAt(metadata, "generateName")?.trim() || "(unnamed)";
  return { kind, subject: `${kind}/${name}`, value, place };
}

/** The objects of a document: itself, or the items of a `kind: List` (as `kubectl get -o yaml` writes). */
export function objectsOf(fileName: string, doc: YamlDocument): KubeObject[] {
  const place = new Place(fileName, doc);
  const object = toObject(doc.value, place);
  if (object === undefined) return [];
  if (!object.kind.endsWith("List") || !Array.isArray(doc.value.items)) return [object];
  return listAt(doc.value, "items").flatMap((item, i) => toObject(item, place.within(["items", i])) ?? []);
}
