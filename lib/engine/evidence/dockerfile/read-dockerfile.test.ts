/**
 * The Dockerfile reader against what an expert reads in each fixture (one per pattern in
 * PATTERNS.md and per edge case), then the tricky rules one at a time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it, vi } from "vitest";
import { isFactValue, type Fact, type FactId } from "../facts";
import { readDockerfile } from "./read-dockerfile";

const FIXTURES = join(__dirname, "..", "fixtures", "dockerfile");

/** `id=value@line`, the compact form the tables use. */
const key = (fact: Fact) => `${fact.id}=${fact.value}@${fact.source.line}`;
const lines = (...text: string[]) => text.join("\n");
const read = (text: string) => readDockerfile("Dockerfile", text);
const keys = (text: string) => read(text).facts.map(key).sort();
const values = (text: string, id: FactId) =>
  read(text)
    .facts.filter((fact) => fact.id === id)
    .map((fact) => fact.value);
const only = (text: string, id: FactId) => read(text).facts.find((fact) => fact.id === id);

interface Expectation {
  subject: string;
  facts: string[];
  /** Facts an expert must not read here: `id` (any value) or `id=value`. */
  absent: string[];
  notes?: RegExp[];
}

const EXPECTED: Record<string, Expectation> = {
  "postgres-gosu.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "user-step-down=present@9",
      "image-user=undetermined@9",
      "pid1=undetermined@20",
      "start-form=exec@20",
      "storage=image-volume@17",
      "stop-signal=other@22",
    ],
    absent: ["image-user=root", "image-user=non-root", "pid1=app", "log-files", "processes"],
    notes: [/docker-entrypoint\.sh: what PID 1 becomes depends on that script, which was not given/],
  },
  "nginx-log-links.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "log-link=stdout@5",
      "stop-signal=other@16",
      "pid1=app@18",
      "start-form=exec@18",
    ],
    absent: ["log-files", "stop-signal=sigterm", "user-step-down", "storage"],
  },
  "numeric-user-labels.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=registry@2",
      "oci-source=present@5",
      "image-user=non-root@21",
      "pid1=undetermined@22",
      "start-form=exec@22",
    ],
    absent: ["oci-revision", "image-user=root", "plain-secret"],
  },
  "supervisord.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "pid1=init@16",
      "start-form=exec@16",
      "processes=several@16",
      "process-manager=supervisor@16",
    ],
    absent: ["process-manager=script", "image-user=non-root"],
  },
  "tini-exec.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=official@2", "image-user=non-root@12", "pid1=init@14", "start-form=exec@14"],
    absent: ["pid1=app", "processes"],
  },
  "multistage-distroless.Dockerfile": {
    subject: "stage 2",
    facts: ["base-image-ref=latest@9", "base-image-source=registry@9", "image-user=root@9", "pid1=app@14", "start-form=exec@14"],
    absent: ["base-image-ref=digest", "image-user=non-root", "base-image-source=official"],
    notes: [/stage builder is pinned by digest, but only the final stage's base image ships/],
  },
  "shell-form-java.Dockerfile": {
    subject: "stage 2",
    facts: ["base-image-ref=tag@9", "base-image-source=official@9", "image-user=root@9", "pid1=shell@12", "start-form=shell@12"],
    absent: ["pid1=app", "start-form=exec"],
  },
  "windows-iis.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@4",
      "base-image-source=registry@4",
      "windows=yes@4",
      "image-user=root@4",
      "pid1=app@16",
      "start-form=exec@16",
      "log-files=yes@16",
    ],
    absent: ["processes", "image-user=undetermined", "pid1=undetermined"],
  },
  "user-earlier-stage.Dockerfile": {
    subject: "stage 2",
    facts: ["base-image-ref=tag@11", "base-image-source=official@11", "image-user=root@11", "pid1=app@16", "start-form=exec@16"],
    absent: ["image-user=non-root"],
    notes: [/line 5: USER node is set in stage build, but the final stage starts FROM another image/],
  },
  "sh-c-exec.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=official@2", "image-user=non-root@8", "pid1=app@11", "start-form=exec@11"],
    absent: ["pid1=shell", "processes"],
  },
  "entrypoint-script.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=official@2", "image-user=non-root@15", "pid1=app@18", "start-form=exec@18"],
    absent: ["pid1=undetermined", "user-step-down", "processes"],
  },
  "crlf.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "oci-source=present@5",
      "oci-revision=present@5",
      "image-user=non-root@8",
      "health-check=present@9",
      "pid1=app@11",
      "start-form=exec@11",
    ],
    absent: ["image-user=root"],
  },
  "heredoc.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=non-root@11",
      "stop-signal=sigterm@12",
      "pid1=app@13",
      "start-form=exec@13",
    ],
    absent: ["stop-signal=other", "image-user=root"],
  },
  "env-secrets.Dockerfile": {
    subject: "stage 2",
    facts: [
      "plain-secret=image@2",
      "base-image-ref=tag@9",
      "base-image-source=official@9",
      "orchestrator-secret=present@13",
      "plain-secret=image@18",
      "plain-secret=image@19",
      "image-user=non-root@20",
      "pid1=app@21",
      "start-form=exec@21",
    ],
    absent: ["plain-secret=configuration"],
    notes: [/line 7: RUN --mount=type=secret uses a build secret/],
  },
  "background-processes.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "pid1=shell@9",
      "start-form=shell@9",
      "processes=several@9",
      "process-manager=script@9",
    ],
    absent: ["process-manager=supervisor"],
  },
  "cuda.Dockerfile": {
    subject: "stage 1",
    facts: ["base-image-ref=tag@2", "base-image-source=registry@2", "gpu=yes@2", "image-user=root@2", "pid1=app@11", "start-form=exec@11"],
    absent: ["windows"],
  },
  "healthcheck.Dockerfile": {
    subject: "stage 1",
    facts: [
      "base-image-ref=tag@2",
      "base-image-source=official@2",
      "image-user=root@2",
      "storage=image-volume@5",
      "storage=image-volume@6",
      "log-files=yes@6",
      "protocol=udp@7",
      "health-check=present@8",
      "pid1=app@9",
      "start-form=exec@9",
    ],
    absent: ["health-check=disabled", "protocol=tcp", "protocol=http", "log-link"],
  },
};

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

describe("image-user", () => {
  const user = (...text: string[]) => values(lines(...text), "image-user");

  it.each([
    ["root", "root"],
    ["0", "root"],
    ["0:0", "root"],
    ["root:root", "root"],
    ["1001", "non-root"],
    ["app", "non-root"],
    ["nobody", "non-root"],
    ["1000:0", "non-root"],
    ["$UID", "undetermined"],
  ])("USER %s in the final stage → %s", (name, expected) => {
    expect(user("FROM node:20", `USER ${name}`, 'CMD ["node"]')).toEqual([expected]);
  });

  it("substitutes a simple ARG default, and leaves an ARG without one undetermined", () => {
    expect(user("FROM node:20", "ARG APP_UID=10001", "USER ${APP_UID}")).toEqual(["non-root"]);
    expect(user("FROM node:20", "ARG APP_UID=0", "USER $APP_UID")).toEqual(["root"]);
    expect(user("FROM node:20", "ARG APP_UID", "USER $APP_UID")).toEqual(["undetermined"]);
    expect(user("ARG APP_UID=1000", "FROM node:20", "ARG APP_UID", "USER $APP_UID")).toEqual(["non-root"]);
  });

  it("follows the final stage into the earlier stage it is built FROM", () => {
    expect(keys(lines("FROM node:20 AS base", "USER node", "FROM base", "COPY . ."))).toContain("image-user=non-root@2");
    expect(keys(lines("FROM node:20 AS base", "FROM base AS mid", "FROM mid", "COPY . ."))).toContain("image-user=root@1");
  });

  it("does not carry USER from an earlier stage into a final stage FROM another image", () => {
    const { facts, notes } = read(lines("FROM node:20 AS build", "USER node", "FROM node:20-slim", "CMD node x"));
    expect(facts.filter((fact) => fact.id === "image-user").map(key)).toEqual(["image-user=root@3"]);
    expect(notes.join(" ")).toMatch(/USER node is set in stage build/);
  });

  it("decides from the base image when there is no USER", () => {
    expect(user("FROM scratch", "COPY app /app")).toEqual(["root"]);
    expect(user("FROM ubuntu")).toEqual(["root"]);
    expect(user("FROM library/nginx:1.27")).toEqual(["root"]);
    expect(user("FROM gcr.io/distroless/base-debian12")).toEqual(["root"]);
    expect(user("FROM gcr.io/distroless/static-debian12:nonroot")).toEqual(["undetermined"]);
    expect(user("FROM cgr.dev/chainguard/node:latest")).toEqual(["undetermined"]);
    expect(user("FROM bitnami/redis:7.4")).toEqual(["undetermined"]);
    expect(user("FROM registry.internal:5000/base/java:21")).toEqual(["undetermined"]);
    expect(user("FROM ghcr.io/example/app:1.0")).toEqual(["undetermined"]);
    // postgres's own entrypoint steps down with gosu: starting as root is not running as root.
    expect(user("FROM postgres:16", "COPY init.sql /docker-entrypoint-initdb.d/")).toEqual(["undetermined"]);
    expect(only(lines("FROM gcr.io/distroless/static:nonroot"), "image-user")?.note).toMatch(
      /non-root user, which this file does not show/,
    );
  });

  it("knows Windows defaults: ContainerAdministrator on Server Core, ContainerUser on Nano Server", () => {
    expect(user("FROM mcr.microsoft.com/windows/servercore:ltsc2022")).toEqual(["root"]);
    expect(user("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1")).toEqual(["root"]);
    expect(user("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022")).toEqual(["undetermined"]);
    expect(user("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "USER ContainerUser")).toEqual(["non-root"]);
    expect(user("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022", "USER ContainerAdministrator")).toEqual(["root"]);
  });
});

describe("user-step-down", () => {
  it("reads gosu, su-exec, setpriv and chroot --userspec in ENTRYPOINT or CMD", () => {
    expect(keys(lines("FROM alpine", 'ENTRYPOINT ["gosu", "app", "node", "x.js"]'))).toEqual(
      expect.arrayContaining(["user-step-down=present@2", "image-user=undetermined@2", "pid1=app@2"]),
    );
    expect(values(lines("FROM alpine", "CMD su-exec app /srv/run"), "user-step-down")).toEqual(["present"]);
    expect(values(lines("FROM debian", 'CMD ["setpriv", "--reuid=1000", "--init-groups", "app"]'), "user-step-down")).toEqual(["present"]);
    expect(values(lines("FROM debian", "CMD chroot --userspec=1000:1000 / /app"), "user-step-down")).toEqual(["present"]);
  });

  it("counts gosu installed for an entrypoint script, but not when the start command never uses it", () => {
    const script = lines("FROM debian", "RUN apt-get install -y gosu", 'ENTRYPOINT ["/entrypoint.sh"]', 'CMD ["app"]');
    expect(keys(script)).toEqual(expect.arrayContaining(["user-step-down=present@2", "image-user=undetermined@2", "pid1=undetermined@3"]));
    const unused = read(lines("FROM debian", "RUN apt-get install -y gosu", 'CMD ["node", "app.js"]'));
    expect(unused.facts.filter((fact) => fact.id === "user-step-down")).toEqual([]);
    expect(unused.facts.find((fact) => fact.id === "image-user")?.value).toBe("root");
    expect(unused.notes.join(" ")).toMatch(/gosu or su-exec is installed, but ENTRYPOINT and CMD do not use it/);
  });

  it("leaves the user undetermined with USER root and a step-down, and non-root with a USER", () => {
    expect(values(lines("FROM debian", "USER root", 'ENTRYPOINT ["gosu", "app", "x"]'), "image-user")).toEqual(["undetermined"]);
    expect(values(lines("FROM debian", "USER app", 'ENTRYPOINT ["gosu", "app", "x"]'), "image-user")).toEqual(["non-root"]);
  });
});

describe("pid1 and start-form", () => {
  const pid1 = (...text: string[]) => [...values(lines(...text), "pid1"), ...values(lines(...text), "start-form")];

  it.each([
    ['ENTRYPOINT ["tini", "--"]', "init"],
    ['ENTRYPOINT ["/usr/bin/tini", "--", "node"]', "init"],
    ['ENTRYPOINT ["/tini", "-g", "--"]', "init"],
    ['ENTRYPOINT ["/usr/bin/dumb-init", "--"]', "init"],
    ['ENTRYPOINT ["/init"]', "init"],
    ['ENTRYPOINT ["s6-svscan", "/etc/services"]', "init"],
  ])("%s → %s", (entrypoint, expected) => {
    expect(pid1("FROM alpine", entrypoint, 'CMD ["node", "x.js"]')).toEqual([expected, "exec"]);
  });

  it("tells exec form, shell form and the shell inside an exec form apart", () => {
    expect(pid1("FROM alpine", 'CMD ["node", "x.js"]')).toEqual(["app", "exec"]);
    expect(pid1("FROM alpine", "CMD node x.js")).toEqual(["shell", "shell"]);
    expect(pid1("FROM alpine", "CMD exec node x.js")).toEqual(["app", "shell"]);
    expect(pid1("FROM alpine", 'CMD ["sh", "-c", "node x.js"]')).toEqual(["shell", "exec"]);
    expect(pid1("FROM alpine", 'CMD ["/bin/bash", "-c", "exec node x.js"]')).toEqual(["app", "exec"]);
    expect(pid1("FROM alpine", 'CMD ["/bin/sh", "-ec", "exec tini -- node x.js"]')).toEqual(["init", "exec"]);
    expect(pid1("FROM alpine", 'CMD ["env", "NODE_ENV=production", "node", "x.js"]')).toEqual(["app", "exec"]);
    expect(pid1("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "CMD ping -t localhost")).toEqual(["shell", "shell"]);
    expect(only(lines("FROM node:20", 'CMD ["npm", "start"]'), "pid1")?.note).toMatch(/npm, which starts the app as its child/);
  });

  it("leaves a script PID 1 undetermined, unless the Dockerfile writes the script", () => {
    const { facts, notes } = read(
      lines("FROM alpine", "COPY docker-entrypoint.sh /", 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD ["redis-server"]'),
    );
    expect(facts.filter((fact) => fact.id === "pid1").map(key)).toEqual(["pid1=undetermined@3"]);
    expect(notes).toContain("ENTRYPOINT runs /docker-entrypoint.sh: what PID 1 becomes depends on that script, which was not given.");
    const written = lines("FROM alpine", "COPY <<EOF /start.sh", "#!/bin/sh", "./migrate", "./server", "EOF", 'CMD ["sh", "/start.sh"]');
    expect(keys(written)).toContain("pid1=shell@7");
    const execs = lines(
      "FROM alpine",
      "COPY <<EOF /start.sh",
      "#!/bin/sh",
      "exec /srv/server --port 80",
      "EOF",
      'ENTRYPOINT ["/start.sh"]',
    );
    expect(keys(execs)).toContain("pid1=app@6");
  });

  it("uses the instruction that decided, and a shell-form ENTRYPOINT ignores CMD", () => {
    expect(keys(lines("FROM alpine", "ENTRYPOINT node x.js", 'CMD ["--port", "80"]'))).toEqual(
      expect.arrayContaining(["pid1=shell@2", "start-form=shell@2"]),
    );
    expect(keys(lines("FROM alpine", 'ENTRYPOINT ["gosu", "app"]', 'CMD ["node", "x.js"]'))).toContain("pid1=app@3");
  });

  it("takes the last ENTRYPOINT/CMD, inherits CMD from an earlier stage, and lets a new ENTRYPOINT clear it", () => {
    expect(keys(lines("FROM alpine", "CMD node a.js", 'CMD ["node", "b.js"]'))).toContain("pid1=app@3");
    const inherited = read(lines("FROM node:20 AS base", 'CMD ["node", "a.js"]', "FROM base", "ENV X=1"));
    expect(inherited.facts.filter((fact) => fact.id === "pid1").map((fact) => [key(fact), fact.subject])).toEqual([
      ["pid1=app@2", "stage 2"],
    ]);
    const cleared = read(lines("FROM node:20 AS base", "CMD node a.js", "FROM base", 'ENTRYPOINT ["tini", "--"]'));
    expect(cleared.facts.filter((fact) => fact.id === "pid1").map(key)).toEqual(["pid1=init@4"]);
  });

  it("states no PID 1 without ENTRYPOINT or CMD, and says so", () => {
    const { facts, notes } = read(lines("FROM python:3.12", "RUN pip install x"));
    expect(facts.filter((fact) => fact.id === "pid1" || fact.id === "start-form")).toEqual([]);
    expect(notes.join(" ")).toMatch(/No ENTRYPOINT or CMD/);
    expect(values(lines("FROM alpine", "CMD []"), "pid1")).toEqual([]);
  });

  it("ServiceMonitor.exe is the app, and does not mean several processes", () => {
    const text = lines("FROM mcr.microsoft.com/windows/servercore/iis", 'ENTRYPOINT ["C:\\\\ServiceMonitor.exe", "w3svc"]');
    expect(values(text, "pid1")).toEqual(["app"]);
    expect(values(text, "processes")).toEqual([]);
  });
});

describe("processes and process-manager", () => {
  const manager = (...text: string[]) => [...values(lines(...text), "processes"), ...values(lines(...text), "process-manager")];

  it("reads supervisors in ENTRYPOINT or CMD", () => {
    expect(manager("FROM debian", "CMD supervisord -n -c /etc/supervisord.conf")).toEqual(["several", "supervisor"]);
    expect(manager("FROM debian", 'CMD ["runsvdir", "/etc/service"]')).toEqual(["several", "supervisor"]);
    expect(manager("FROM node:20", 'CMD ["pm2-runtime", "ecosystem.config.js"]')).toEqual(["several", "supervisor"]);
    expect(values(lines("FROM node:20", 'CMD ["pm2-runtime", "ecosystem.config.js"]'), "pid1")).toEqual(["app"]);
  });

  it("reads s6-overlay: its /init as PID 1, several processes only when s6-overlay is installed", () => {
    const s6 = lines(
      "FROM alpine:3.20",
      "ADD https://github.com/just-containers/s6-overlay/releases/download/v3.2.0.0/s6-overlay-noarch.tar.xz /tmp",
      "RUN tar -C / -Jxpf /tmp/s6-overlay-noarch.tar.xz",
      'ENTRYPOINT ["/init"]',
    );
    expect(keys(s6)).toEqual(expect.arrayContaining(["pid1=init@4", "processes=several@4", "process-manager=supervisor@4"]));
    expect(manager("FROM alpine", 'ENTRYPOINT ["/init"]')).toEqual([]);
  });

  it("reads a script that backgrounds with & and starts another, but not && or redirections", () => {
    expect(manager("FROM alpine", 'CMD ["sh", "-c", "crond & exec nginx -g \'daemon off;\'"]')).toEqual(["several", "script"]);
    expect(manager("FROM alpine", "CMD ./migrate && ./server")).toEqual([]);
    expect(manager("FROM alpine", "CMD ./server 2>&1 | tee /tmp/log")).toEqual([]);
    expect(manager("FROM alpine", "CMD ./server &> /tmp/log")).toEqual([]);
    expect(manager("FROM alpine", "CMD ./server &")).toEqual([]);
    expect(manager("FROM alpine", 'CMD echo "a & b"')).toEqual([]);
  });
});

describe("stop signal, health check, volumes and logs", () => {
  it.each([
    ["SIGTERM", "sigterm"],
    ["TERM", "sigterm"],
    ["15", "sigterm"],
    ["SIGQUIT", "other"],
    ["SIGINT", "other"],
    ["SIGRTMIN+3", "other"],
  ])("STOPSIGNAL %s → %s", (signal, expected) => {
    expect(values(lines("FROM alpine", `STOPSIGNAL ${signal}`), "stop-signal")).toEqual([expected]);
  });

  it("names the other signal, and ignores STOPSIGNAL outside the final image or unresolved", () => {
    expect(only(lines("FROM nginx", "STOPSIGNAL QUIT"), "stop-signal")?.note).toMatch(/SIGQUIT/);
    expect(values(lines("FROM alpine AS a", "STOPSIGNAL SIGQUIT", "FROM alpine"), "stop-signal")).toEqual([]);
    expect(values(lines("FROM alpine", "ARG SIG", "STOPSIGNAL $SIG"), "stop-signal")).toEqual([]);
  });

  it("reads HEALTHCHECK present, NONE as disabled, and only in the final image", () => {
    expect(values(lines("FROM alpine", "HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1"), "health-check")).toEqual(["present"]);
    expect(values(lines("FROM alpine", 'HEALTHCHECK --interval=5s CMD ["/bin/check"]'), "health-check")).toEqual(["present"]);
    expect(values(lines("FROM alpine", "HEALTHCHECK NONE"), "health-check")).toEqual(["disabled"]);
    expect(values(lines("FROM alpine AS a", "HEALTHCHECK CMD true", "FROM alpine"), "health-check")).toEqual([]);
  });

  it("states one image-volume per VOLUME instruction, and log-files for a log directory not linked to stdout", () => {
    expect(keys(lines("FROM alpine", 'VOLUME ["/data", "/cache"]', "VOLUME /srv/app/logs"))).toEqual(
      expect.arrayContaining(["storage=image-volume@2", "storage=image-volume@3", "log-files=yes@3"]),
    );
    const linked = lines("FROM nginx", "RUN ln -sf /dev/stdout /var/log/nginx/access.log", "VOLUME /var/log/nginx");
    expect(values(linked, "log-link")).toEqual(["stdout"]);
    expect(values(linked, "log-files")).toEqual([]);
    expect(values(lines("FROM alpine", "RUN ln -s /proc/self/fd/2 /var/log/app.err"), "log-link")).toEqual(["stdout"]);
    expect(values(lines("FROM alpine", "RUN ln -sf /dev/stdout /tmp/x", "FROM alpine"), "log-link")).toEqual([]);
  });
});

describe("OCI labels", () => {
  it("reads source and revision per key, OCI or label-schema, in the final image only", () => {
    expect(keys(lines("FROM alpine", "LABEL org.label-schema.vcs-url=https://x org.label-schema.vcs-ref=abc"))).toEqual(
      expect.arrayContaining(["oci-source=present@2", "oci-revision=present@2"]),
    );
    expect(keys(lines("FROM alpine", 'LABEL "org.opencontainers.image.source"="https://x"'))).toContain("oci-source=present@2");
    expect(values(lines("FROM alpine AS a", "LABEL org.opencontainers.image.source=https://x", "FROM alpine"), "oci-source")).toEqual([]);
    expect(values(lines("FROM alpine", 'LABEL org.opencontainers.image.revision=""'), "oci-revision")).toEqual([]);
  });

  it("counts a revision set from a build argument, and says so", () => {
    const fact = only(lines("FROM alpine", "ARG GIT_SHA", "LABEL org.opencontainers.image.revision=$GIT_SHA"), "oci-revision");
    expect(fact?.value).toBe("present");
    expect(fact?.note).toMatch(/set from a build argument at build time/);
  });
});

describe("base image", () => {
  const base = (...text: string[]) => [...values(lines(...text), "base-image-ref"), ...values(lines(...text), "base-image-source")];

  it.each([
    ["node:20", ["tag", "official"]],
    ["node", ["latest", "official"]],
    ["node:latest", ["latest", "official"]],
    ["library/node:20", ["tag", "official"]],
    ["docker.io/library/node:20", ["tag", "official"]],
    ["node:20@sha256:" + "a".repeat(64), ["digest", "official"]],
    ["gcr.io/distroless/static@sha256:" + "b".repeat(64), ["digest", "registry"]],
    ["bitnami/redis:7.4", ["tag", "registry"]],
    ["mcr.microsoft.com/dotnet/aspnet:8.0", ["tag", "registry"]],
    ["registry.internal:5000/x", ["latest", "registry"]],
    ["localhost/app:dev", ["tag", "registry"]],
    ["scratch", ["scratch"]],
  ])("FROM %s → %j", (image, expected) => {
    expect(base(`FROM ${image}`)).toEqual(expected);
  });

  it("resolves ARGs where it can and states nothing it cannot", () => {
    expect(base("ARG TAG=20", "FROM node:${TAG}")).toEqual(["tag", "official"]);
    expect(base("ARG TAG", "FROM node:${TAG}")).toEqual(["official"]);
    expect(base("ARG REGISTRY", "FROM ${REGISTRY}/app:1.0")).toEqual(["tag"]);
    expect(base("ARG BASE=python:3.12-slim", "FROM $BASE AS run", "CMD python")).toEqual(["tag", "official"]);
  });

  it("follows a final stage FROM an earlier stage to that stage's base", () => {
    expect(keys(lines("FROM gcr.io/distroless/cc:nonroot AS base", "FROM base", "COPY app /app"))).toEqual(
      expect.arrayContaining(["base-image-ref=tag@1", "base-image-source=registry@1"]),
    );
  });

  it("reads Windows and GPU bases", () => {
    expect(values("FROM python:3.12-windowsservercore-ltsc2022", "windows")).toEqual(["yes"]);
    expect(values("# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022", "windows")).toEqual(["yes"]);
    expect(values("# escape=`\nFROM alpine", "windows")).toEqual([]);
    expect(values("FROM nvcr.io/nvidia/pytorch:24.01-py3", "gpu")).toEqual(["yes"]);
    expect(values("FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime", "gpu")).toEqual(["yes"]);
    expect(keys(lines("FROM ubuntu:22.04", "ENV NVIDIA_VISIBLE_DEVICES=all"))).toContain("gpu=yes@2");
    expect(values("FROM python:3.12", "gpu")).toEqual([]);
  });

  it("reads UDP ports only: a port number alone says nothing about HTTP", () => {
    expect(values(lines("FROM alpine", "EXPOSE 53/udp"), "protocol")).toEqual(["udp"]);
    expect(values(lines("FROM alpine", "EXPOSE 80 443/tcp"), "protocol")).toEqual([]);
  });
});

describe("secrets", () => {
  const secret = (...text: string[]) => [...values(lines(...text), "plain-secret"), ...values(lines(...text), "orchestrator-secret")];

  it.each([
    ["ENV DB_PASSWORD=hunter2", ["image"]],
    ["ENV MYSQL_ROOT_PASSWD hunter2", ["image"]],
    ["ENV dbPassword=hunter2", ["image"]],
    ["ENV GITHUB_TOKEN=abc", ["image"]],
    ["ENV STRIPE_API_KEY=sk", ["image"]],
    ["ENV APIKEY=sk", ["image"]],
    ["ENV AWS_SECRET_ACCESS_KEY=x AWS_ACCESS_KEY_ID=y", ["image"]],
    ["ENV TLS_PRIVATE_KEY=----BEGIN", ["image"]],
    ["ENV GCP_CREDENTIALS={}", ["image"]],
    ["ARG NPM_TOKEN=abc", ["image"]],
    ["ARG NPM_TOKEN", []],
    ['ENV DB_PASSWORD=""', []],
    ["ENV DB_PASSWORD=${DB_PASSWORD}", []],
    ["ENV DB_PASSWORD=$DB_PASSWORD", []],
    ["ENV TOKENIZER_PATH=/models/tok", []],
    ["ENV USE_TOKEN=true", []],
    ["ENV POSTGRES_PASSWORD_FILE=/run/secrets/pg", ["present"]],
    ["ENV CONFIG_FILE=/etc/app.yaml", []],
  ])("%s → %j", (line, expected) => {
    expect(secret("FROM alpine", line)).toEqual(expected);
  });

  it("reads secrets in every stage, and a build secret mount is not an orchestrator secret", () => {
    expect(keys(lines("FROM alpine AS build", "ENV TOKEN=abc", "FROM alpine"))).toContain("plain-secret=image@2");
    const mount = read(lines("FROM node:20", "RUN --mount=type=secret,id=npm npm ci"));
    expect(mount.facts.filter((fact) => fact.id === "orchestrator-secret" || fact.id === "plain-secret")).toEqual([]);
    expect(mount.notes.join(" ")).toMatch(/build secret/);
  });

  it("hides the value in the source text", () => {
    expect(only(lines("FROM alpine", "ENV A=1 DB_PASSWORD=hunter2 B=2"), "plain-secret")?.source.text).toBe("ENV A=1 DB_PASSWORD=*** B=2");
    expect(only(lines("FROM alpine", 'ENV DB_PASSWORD="two words"'), "plain-secret")?.source.text).toBe("ENV DB_PASSWORD=***");
  });
});

describe("reading any text", () => {
  it("gives notes, not exceptions, for files that are not Dockerfiles", () => {
    expect(read("")).toEqual({ facts: [], notes: [expect.stringMatching(/No FROM/)] });
    expect(read("# just a comment\n\n").facts).toEqual([]);
    expect(read("hello world\nthis is not docker").notes.join(" ")).toMatch(/not a Dockerfile instruction/);
    expect(read("\u0000\u0001\uFFFD\uD800").facts).toEqual([]);
    expect(read("FROM").facts).toEqual([]);
  });

  it("turns a parser failure into a note", () => {
    const spy = vi.spyOn(DockerfileParser, "parse").mockImplementation(() => {
      throw new Error("boom");
    });
    try {
      expect(read("FROM alpine\nUSER root")).toEqual({
        facts: [],
        notes: ["The parser could not read this file as a Dockerfile.", expect.stringMatching(/No FROM/)],
      });
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses files over the limits, with a note", () => {
    expect(read("FROM alpine\n" + "RUN true\n".repeat(5_000)).notes.join(" ")).toMatch(/more than the 5,000 read/);
    expect(read("FROM alpine\nRUN " + "x".repeat(1_000_001)).notes.join(" ")).toMatch(/larger than/);
  });

  it("handles the escape directive: backtick continues lines, a trailing backslash does not", () => {
    const text = lines(
      "# escape=`",
      "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
      "RUN mkdir C:\\app `",
      "    && echo done",
      "USER ContainerUser",
    );
    expect(keys(text)).toContain("image-user=non-root@5");
    expect(read(text).facts.find((fact) => fact.id === "windows")?.note).toMatch(/backtick escape directive/);
  });

  it("keeps heredoc bodies out of the instruction list", () => {
    const text = lines("FROM alpine", "RUN <<EOF", "USER root", "EOF", "USER app");
    expect(keys(text)).toContain("image-user=non-root@5");
  });

  it("is quick on a large, long-lined file", () => {
    const big = "FROM alpine\n" + `RUN echo ${"a&b ".repeat(2_000)}\n`.repeat(100) + `CMD ${"x".repeat(100_000)}\n`;
    const started = performance.now();
    read(big);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
