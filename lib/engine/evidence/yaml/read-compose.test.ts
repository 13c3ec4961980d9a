import { describe, expect, it } from "vitest";
import type { FactId } from "../facts";
import { readFixture, rowsOf, sortedRows } from "./fixture-check";
import { CASES } from "./read-compose.cases";
import { parseYamlDocuments } from "./parse-yaml";
import { readCompose } from "./read-compose";

describe.each(CASES)("readCompose($file)", ({ file, facts, absent, notes }) => {
  const result = readFixture(file, readCompose);

  it("reads exactly the facts an expert reads", () => {
    expect(sortedRows(rowsOf(result.facts))).toEqual(sortedRows(facts));
  });

  it.each(absent)("reads no %s for %s", (id, subject) => {
    expect(result.facts.filter((fact) => fact.id === id && fact.subject === subject)).toEqual([]);
  });

  it("notes what is not a fact", () => {
    expect(result.notes).toEqual(notes ?? []);
  });
});

function compose(text: string) {
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return readCompose("compose.yaml", parsed.documents);
}

const valuesOf = (text: string, id: FactId) =>
  compose(text)
    .facts.filter((fact) => fact.id === id)
    .map((fact) => fact.value);

describe("readCompose details", () => {
  it("masks the literal secret in the cited line", () => {
    const secret = compose("services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=hunter2\n").facts.find(
      (fact) => fact.id === "plain-secret",
    );
    expect(secret?.source).toEqual({ file: "compose.yaml", line: 5, text: "- POSTGRES_PASSWORD=********" });
  });

  it.each([
    ["DB_PASSWORD: hunter2", ["configuration"]],
    ["apiToken: abc", ["configuration"]],
    ["AWS_SECRET_ACCESS_KEY: abc", ["configuration"]],
    ["STRIPE_API_KEY: sk_test", ["configuration"]],
    ["DB_PASSWORD: ${DB_PASSWORD}", []],
    ["DB_PASSWORD: $DB_PASSWORD", []],
    ["DB_PASSWORD: ${DB_PASSWORD:?set it}", []],
    ["DB_PASSWORD: ${DB_PASSWORD:-postgres}", ["configuration"]],
    ["DB_PASSWORD: ''", []],
    ["DB_PASSWORD:", []],
    ["MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'", []],
    ["TOKEN_URL: https://auth.example.com/token", []],
    ["TOKENIZER_MODEL: bert", []],
    ["AWS_ACCESS_KEY_ID: AKIA", []],
  ])("environment %s", (line, expected) => {
    expect(valuesOf(`services:\n  app:\n    image: app:1\n    environment:\n      ${line}\n`, "plain-secret")).toEqual(expected);
  });

  it("reads a *_FILE setting as a secret from a file even without secrets:", () => {
    expect(
      valuesOf("services:\n  app:\n    image: app:1\n    environment:\n      API_TOKEN_FILE: /run/secrets/token\n", "orchestrator-secret"),
    ).toEqual(["present"]);
    expect(
      valuesOf("services:\n  app:\n    image: app:1\n    environment:\n      CONFIG_FILE: /etc/app.conf\n", "orchestrator-secret"),
    ).toEqual([]);
  });

  it.each([
    ['entrypoint: ["tini", "--", "app"]', ["init"], []],
    ["entrypoint: /usr/bin/dumb-init -- app", ["init"], []],
    ["entrypoint: app --serve", ["app"], ["without-init"]],
    ['entrypoint: ["/bin/sh", "-c", "app"]', ["shell"], ["without-init"]],
    ["entrypoint: sh -c 'exec app'", ["app"], ["without-init"]],
    ['entrypoint: ["bash", "-ec", "migrate && exec app"]', ["shell"], ["without-init"]],
    ['command: ["sh", "-c", "app"]', ["shell"], []],
    ["command: sh -c 'exec app'", [], []],
    ["command: app --serve", [], []],
    ['init: true\n    entrypoint: ["sh", "-c", "app"]', ["init"], []],
  ])("%s", (line, pid1, override) => {
    const text = `services:\n  app:\n    image: app:1\n    ${line}\n`;
    expect(valuesOf(text, "runtime-pid1")).toEqual(pid1);
    expect(valuesOf(text, "entrypoint-override")).toEqual(override);
  });

  it("notes shell operators that Compose does not run through a shell", () => {
    expect(compose("services:\n  app:\n    image: app:1\n    entrypoint: migrate && app\n").notes).toEqual([
      "Service app's entrypoint has shell operators, but Compose runs it without a shell: they reach the program as words.",
    ]);
  });

  it.each([
    ["- ./data:/data", ["bind-mount"]],
    ["- .:/app", ["bind-mount"]],
    ["- ~/cache:/cache", ["bind-mount"]],
    ["- /srv/www:/usr/share/nginx/html:ro", ["bind-mount"]],
    ["- pgdata:/var/lib/postgresql/data", ["named-volume"]],
    ["- /var/lib/anonymous", ["named-volume"]],
    ["- ${DATA_DIR}:/data", []],
    ["- { type: volume, source: cache, target: /cache }", ["named-volume"]],
    ["- { type: tmpfs, target: /run }", ["memory"]],
    ["- { type: bind, source: /etc/ssl, target: /etc/ssl }", ["bind-mount"]],
    ["- { type: image, source: model:1, target: /model }", []],
  ])("volume %s", (line, expected) => {
    expect(valuesOf(`services:\n  app:\n    image: app:1\n    volumes:\n      ${line}\n`, "storage")).toEqual(expected);
  });

  it.each([
    ["user: root", ["root"]],
    ["user: '0:0'", ["root"]],
    ["user: 0", ["root"]],
    ["user: '1000'", ["non-root"]],
    ["user: node", ["non-root"]],
    ["user: ${UID}:${GID}", []],
  ])("%s", (line, expected) => {
    expect(valuesOf(`services:\n  app:\n    image: app:1\n    ${line}\n`, "runtime-user")).toEqual(expected);
  });

  it.each([
    ["stop_grace_period: 1m30s", ["longer"]],
    ["stop_grace_period: 10s", ["default"]],
    ["stop_grace_period: 500ms", ["shorter"]],
    ["stop_grace_period: soon", []],
    ["stop_grace_period: 30", []],
  ])("%s", (line, expected) => {
    expect(valuesOf(`services:\n  app:\n    image: app:1\n    ${line}\n`, "grace-period")).toEqual(expected);
  });

  it.each([
    ["healthcheck:\n      disable: true", ["disabled"]],
    ['healthcheck:\n      test: ["NONE"]', ["disabled"]],
    ["healthcheck:\n      test: curl -f http://localhost/", ["present"]],
    ["healthcheck:\n      interval: 5s", []],
  ])("%s", (line, expected) => {
    expect(valuesOf(`services:\n  app:\n    image: app:1\n    ${line}\n`, "health-check")).toEqual(expected);
  });

  it.each([
    ["image: app@sha256:" + "a".repeat(64), ["digest"]],
    ["image: registry.local:5000/app", ["latest"]],
    ["image: registry.local:5000/app:1.2", ["tag"]],
    ["image: app:latest", ["latest"]],
    ["image: ${IMAGE}", []],
    ["image: app:${TAG:-dev}", []],
    ["image: ${REGISTRY}/app:1.2", ["tag"]],
  ])("%s", (line, expected) => {
    expect(valuesOf(`services:\n  app:\n    ${line}\n`, "deploy-image-ref")).toEqual(expected);
  });

  it("follows YAML merge keys, as Compose files share settings through x- extensions", () => {
    const text = [
      "x-hardened: &hardened",
      "  read_only: true",
      "  cap_drop: [ALL]",
      "services:",
      "  api:",
      "    <<: *hardened",
      "    image: api:1",
      "",
    ].join("\n");
    const rows = rowsOf(compose(text).facts).filter(([id]) => id === "read-only-root" || id === "dropped-capabilities");
    expect(rows).toEqual([
      ["read-only-root", "yes", "api", 2],
      ["dropped-capabilities", "all", "api", 3],
    ]);
  });

  it.each([
    "services: just a string\n",
    "services:\n  - a\n  - b\n",
    "services:\n  web: 5\n",
    "services:\n  web:\n    volumes: ./x:/x\n    environment: 5\n    ports: 80\n    deploy: yes\n    cap_drop: ALL\n    security_opt: seccomp=unconfined\n",
    "services:\n  web:\n    deploy:\n      replicas: '3'\n      resources: { limits: [1, 2] }\n    user: [root]\n    image: [a]\n",
    "version: '3'\n",
  ])("skips wrong types without throwing: %j", (text) => {
    expect(() => compose(text)).not.toThrow();
  });

  it("reads nothing from a Kubernetes manifest", () => {
    expect(compose("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n")).toEqual({ facts: [], notes: [] });
  });
});
