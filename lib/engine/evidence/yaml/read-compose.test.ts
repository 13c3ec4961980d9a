import { describe, expect, it } from "vitest";
import type { FactId } from "../facts";
import { readFixture, rowsOf, sortedRows, type Row } from "./fixture-check";
import { parseYamlDocuments } from "./parse-yaml";
import { readCompose } from "./read-compose";

interface Case {
  file: string;
  /** Every fact an expert reads from the file: id, value, subject, line. */
  facts: Row[];
  /** Facts that must not be read: [id, subject] (any value). */
  absent: [FactId, string][];
  notes?: string[];
}

const CASES: Case[] = [
  {
    file: "compose/voting-app.compose.yaml",
    facts: [
      ["platform", "compose", "voting-app.compose.yaml", 2],
      ["health-check", "present", "vote", 9],
      ["storage", "bind-mount", "vote", 15],
      ["ingress-route", "published-port", "vote", 16],
      ["resources", "none", "vote", 3],
      // The override replaces the image's tini ENTRYPOINT: nodemon is PID 1 with no init.
      ["runtime-pid1", "app", "result", 25],
      ["entrypoint-override", "without-init", "result", 25],
      ["storage", "bind-mount", "result", 30],
      ["ingress-route", "published-port", "result", 31],
      ["resources", "none", "result", 22],
      ["resources", "none", "worker", 38],
      ["health-check", "present", "redis", 53],
      ["storage", "bind-mount", "redis", 52],
      ["deploy-image-ref", "tag", "redis", 50],
      ["resources", "none", "redis", 49],
      ["health-check", "present", "db", 67],
      ["storage", "named-volume", "db", 65],
      ["storage", "bind-mount", "db", 66],
      ["plain-secret", "configuration", "db", 63],
      ["injected-config", "yes", "db", 61],
      ["deploy-image-ref", "tag", "db", 60],
      ["resources", "none", "db", 59],
    ],
    absent: [
      // `command: python app.py` replaces CMD only; the image's ENTRYPOINT still decides PID 1.
      ["runtime-pid1", "vote"],
      ["entrypoint-override", "vote"],
      // Built, not pulled: no image reference to judge.
      ["deploy-image-ref", "vote"],
      ["deploy-image-ref", "worker"],
      ["health-check", "worker"],
      ["plain-secret", "vote"],
      ["orchestrator-secret", "db"],
      ["replicas", "db"],
    ],
    notes: [
      "Service vote starts only once redis reports healthy.",
      "Service result starts only once db reports healthy.",
      "Service worker starts only once redis reports healthy.",
      "Service worker starts only once db reports healthy.",
    ],
  },
  {
    file: "compose/secrets-from-file.compose.yaml",
    facts: [
      ["platform", "compose", "secrets-from-file.compose.yaml", 2],
      ["orchestrator-secret", "present", "backend", 7],
      ["injected-config", "yes", "backend", 9],
      ["service-discovery", "by-name", "backend", 10],
      ["resources", "none", "backend", 3],
      ["health-check", "present", "db", 20],
      ["storage", "named-volume", "db", 28],
      ["orchestrator-secret", "present", "db", 25],
      ["injected-config", "yes", "db", 29],
      ["deploy-image-ref", "tag", "db", 17],
      ["resources", "none", "db", 16],
      ["storage", "bind-mount", "proxy", 36],
      ["deploy-image-ref", "latest", "proxy", 34],
      ["ingress-route", "published-port", "proxy", 40],
      ["resources", "none", "proxy", 33],
    ],
    absent: [
      // *_PASSWORD_FILE names a file, not a password.
      ["plain-secret", "backend"],
      ["plain-secret", "db"],
      // `read_only: true` on a bind mount makes the mount read-only, not the root filesystem.
      ["read-only-root", "proxy"],
      // A command that is not `sh -c` says nothing about PID 1.
      ["runtime-pid1", "db"],
    ],
    notes: ["Service backend starts only once db reports healthy."],
  },
  {
    file: "compose/init-true.compose.yaml",
    facts: [
      ["platform", "compose", "init-true.compose.yaml", 2],
      ["runtime-user", "non-root", "api", 7],
      ["runtime-pid1", "init", "api", 5],
      ["grace-period", "longer", "api", 8],
      ["injected-config", "yes", "api", 9],
      ["deploy-image-ref", "tag", "api", 4],
      ["ingress-route", "published-port", "api", 12],
      ["resources", "none", "api", 3],
      ["runtime-pid1", "init", "jobs", 17],
      ["deploy-image-ref", "tag", "jobs", 16],
      ["replicas", "several", "jobs", 20],
      ["resources", "limits-only", "jobs", 21],
    ],
    absent: [
      // With init: true Docker's init is PID 1 and the entrypoint runs under it.
      ["entrypoint-override", "jobs"],
      ["plain-secret", "api"],
    ],
  },
  {
    file: "compose/hardened.compose.yaml",
    facts: [
      ["platform", "compose", "hardened.compose.yaml", 2],
      ["runtime-user", "non-root", "web", 6],
      ["stop-signal", "other", "web", 13],
      ["grace-period", "shorter", "web", 14],
      ["read-only-root", "yes", "web", 5],
      ["dropped-capabilities", "all", "web", 7],
      ["added-capabilities", "yes", "web", 8],
      ["mandatory-access-control", "apparmor", "web", 11],
      ["seccomp", "localhost", "web", 12],
      ["storage", "memory", "web", 15],
      ["deploy-image-ref", "digest", "web", 4],
      ["replicas", "several", "web", 18],
      ["resources", "requests-and-limits", "web", 19],
      ["runtime-user", "root", "debug", 32],
      ["runtime-pid1", "shell", "debug", 35],
      ["entrypoint-override", "without-init", "debug", 35],
      ["privileged", "yes", "debug", 29],
      ["dropped-capabilities", "some", "debug", 36],
      ["seccomp", "unconfined", "debug", 34],
      ["host-network", "yes", "debug", 30],
      ["deploy-image-ref", "latest", "debug", 28],
      ["resources", "none", "debug", 27],
      // ${WANDB_API_KEY:-local-dev-key} falls back to a literal key; ${HF_TOKEN} is only a reference.
      ["plain-secret", "configuration", "trainer", 44],
      ["injected-config", "yes", "trainer", 42],
      ["deploy-image-ref", "latest", "trainer", 39],
      // A GPU reservation is not a CPU or memory request; mem_reservation is.
      ["resources", "requests-only", "trainer", 41],
      ["gpu", "yes", "trainer", 49],
      // `entrypoint: []` clears the image's entrypoint, so the command is PID 1.
      ["runtime-pid1", "app", "migrate", 56],
      ["entrypoint-override", "without-init", "migrate", 55],
      ["injected-config", "yes", "migrate", 57],
      ["deploy-image-ref", "tag", "migrate", 54],
      ["resources", "none", "migrate", 53],
      ["windows", "yes", "legacy", 61],
      ["storage", "bind-mount", "legacy", 65],
      ["deploy-image-ref", "tag", "legacy", 60],
      ["resources", "limits-only", "legacy", 63],
    ],
    absent: [
      // `sh -c "exec python train.py"` execs the app, so no shell stays PID 1.
      ["runtime-pid1", "trainer"],
      ["privileged", "web"],
      ["seccomp", "trainer"],
    ],
    notes: ["Service debug shares the host's process namespace (pid: host)."],
  },
];

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
