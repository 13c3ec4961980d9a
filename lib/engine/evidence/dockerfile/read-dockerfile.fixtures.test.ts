/** The Dockerfile reader against what an expert reads in each fixture (read-dockerfile.cases.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isFactValue, type Fact, type FactId } from "../facts";
import { EXPECTED } from "./read-dockerfile.cases";
import { readDockerfile } from "./read-dockerfile";

const FIXTURES = join(__dirname, "..", "fixtures", "dockerfile");

/** `id=value@line`, the compact form the tables use. */
const key = (fact: Fact) => `${fact.id}=${fact.value}@${fact.source.line}`;
const read = (text: string) => readDockerfile("Dockerfile", text);
const only = (text: string, id: FactId) => read(text).facts.find((fact) => fact.id === id);

describe("each fixture gives exactly the facts an expert reads", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      const { facts, notes } = readDockerfile(name, text);
      expect(facts.map(key).sort()).toEqual([...expected.facts].sort());
      for (const absent of expected.absent) {
        expect(facts.map((fact) => `${fact.id}=${fact.value}`).filter((fact) => fact === absent || fact.startsWith(`${absent}=`))).toEqual(
          [],
        );
      }
      for (const note of expected.notes ?? [])
        expect(
          notes.some((line) => note.test(line)),
          `${note}`,
        ).toBe(true);
      const lineCount = text.split("\n").length;
      for (const fact of facts) {
        expect(isFactValue(fact.id, fact.value)).toBe(true);
        expect(fact.source.file).toBe(name);
        expect(fact.source.line).toBeGreaterThanOrEqual(1);
        expect(fact.source.line).toBeLessThanOrEqual(lineCount);
        expect(fact.source.text.length).toBeLessThanOrEqual(200);
        expect(fact.source.text).not.toMatch(/[\r\n]|^\s|\s$/);
        expect(fact.note).not.toBe("");
        if (fact.id !== "plain-secret" && fact.id !== "orchestrator-secret") expect(fact.subject).toBe(expected.subject);
      }
    });
  }
});

describe("fixture details", () => {
  const fixture = (name: string) => readDockerfile(name, readFileSync(join(FIXTURES, name), "utf8"));

  it("has a fixture file for every table row and a row for every fixture file", async () => {
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("never repeats a secret's value, and names where the secret sits", () => {
    const { facts } = fixture("env-secrets.Dockerfile");
    const secrets = facts.filter((fact) => fact.id === "plain-secret");
    expect(secrets.map((fact) => fact.subject)).toEqual(["global ARGs", "stage 2", "stage 2"]);
    for (const fact of secrets) expect(`${fact.source.text} ${fact.note}`).not.toMatch(/not-a-real-token|changeme|example-sentry/);
    expect(secrets.map((fact) => fact.source.text)).toEqual(["ARG NPM_TOKEN=***", "ENV SESSION_SECRET ***", "ARG SENTRY_AUTH_TOKEN=***"]);
  });

  it("reads CRLF files with the same lines and no carriage returns in the text", () => {
    const crlf = readFileSync(join(FIXTURES, "crlf.Dockerfile"), "utf8");
    expect(crlf).toContain("\r\n");
    const { facts } = readDockerfile("crlf.Dockerfile", crlf);
    expect(facts.map(key).sort()).toEqual(readDockerfile("lf", crlf.replaceAll("\r\n", "\n")).facts.map(key).sort());
    expect(only(crlf, "oci-revision")?.source.text).toBe(
      'LABEL org.opencontainers.image.source="https://github.com/example/web" org.opencontainers.image.revision="4f1c2a9"',
    );
  });

  it("says why PID 1 and the user are what they are, in words an architect signs", () => {
    const java = fixture("shell-form-java.Dockerfile").facts;
    expect(java.find((fact) => fact.id === "pid1")?.note).toBe("PID 1 is /bin/sh -c: SIGTERM may not reach java.");
    const earlier = fixture("user-earlier-stage.Dockerfile").facts;
    expect(earlier.find((fact) => fact.id === "image-user")?.note).toBe(
      "The final stage sets no USER and its base image node:20-bookworm-slim runs as root by default.",
    );
    const postgres = fixture("postgres-gosu.Dockerfile").facts;
    expect(postgres.find((fact) => fact.id === "image-user")?.note).toMatch(
      /starts as root; the runtime user is undetermined from the Dockerfile alone/,
    );
    const windows = fixture("windows-iis.Dockerfile").facts;
    expect(windows.find((fact) => fact.id === "image-user")?.note).toMatch(/ContainerAdministrator \(Windows default\)/);
    expect(windows.find((fact) => fact.id === "pid1")?.note).toMatch(/ServiceMonitor\.exe, which watches the w3svc service/);
    expect(fixture("nginx-log-links.Dockerfile").facts.find((fact) => fact.id === "stop-signal")?.note).toMatch(/SIGQUIT/);
  });

  it("keeps the source text on one line, at most 200 characters, cut with an ellipsis", () => {
    const link = fixture("nginx-log-links.Dockerfile").facts.find((fact) => fact.id === "log-link");
    expect(link?.source.text).toHaveLength(200);
    expect(link?.source.text.endsWith("…")).toBe(true);
    expect(link?.source.text.startsWith("RUN set -x && apt-get update && apt-get install")).toBe(true);
  });
});
