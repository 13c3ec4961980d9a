/** The Dockerfile reader's rules for the user and PID 1, one at a time (the fixtures are read-dockerfile.fixtures.test.ts). */
import { describe, expect, it } from "vitest";
import type { Fact, FactId } from "../facts";
import { readDockerfile } from "./read-dockerfile";

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
