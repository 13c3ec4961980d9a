/** The Dockerfile reader's other rules: processes, signals, health, volumes, logs, labels, images, secrets, limits. */
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it, vi } from "vitest";
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
