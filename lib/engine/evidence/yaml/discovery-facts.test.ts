import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "./parse-yaml";
import { readCompose } from "./read-compose";
import { readKubernetes } from "./read-kubernetes";

function discovery(read: typeof readCompose, text: string): string[] {
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return read("file.yaml", parsed.documents)
    .facts.filter((fact) => fact.id === "service-discovery")
    .map((fact) => `${fact.subject}@${fact.source.line}`);
}

describe("services that find each other by name", () => {
  it.each([
    ["DB_HOST=db", ["web@6"]],
    ["DATABASE_URL=postgres://app:pw@db:5432/app", ["web@6"]],
    ["CACHE=redis://cache.internal:6379", []],
    ["DB_HOST=10.0.0.12", []],
    ["NOTE=the db is slow", []],
    ["DB_HOST=dbserver", []],
  ])("Compose: %s", (setting, expected) => {
    const text = `services:\n  db:\n    image: postgres:17\n  web:\n    environment:\n      - ${setting}\n`;
    expect(discovery(readCompose, text)).toEqual(expected);
  });

  it("Kubernetes: a value naming a Service of the file, short or fully qualified", () => {
    const service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: cartservice\nspec:\n  ports: [{port: 7070}]\n";
    const pod = (value: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: front\nspec:\n  containers:\n    - name: web\n      image: web:1\n      env:\n        - name: CART_ADDR\n          value: "${value}"\n`;
    expect(discovery(readKubernetes, `${service}---\n${pod("cartservice:7070")}`)).toEqual(["Pod/front web@18"]);
    expect(discovery(readKubernetes, `${service}---\n${pod("http://cartservice.shop.svc.cluster.local:7070")}`)).toEqual([
      "Pod/front web@18",
    ]);
    expect(discovery(readKubernetes, `${service}---\n${pod("cartservice-legacy.example.com")}`)).toEqual([]);
    expect(discovery(readKubernetes, pod("cartservice:7070"))).toEqual([]);
  });
});
