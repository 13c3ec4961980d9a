/**
 * What a few well-known base images do about the user when the Dockerfile sets no USER.
 * The rule is lopsided on purpose: "root" is stated where the base is known to keep Docker's
 * default (root), but "non-root" is stated only from a USER line in the file, since a base
 * image's user is outside it and can change with the next tag.
 */
import { describe, isNanoServer, isOfficial, isWindowsImage } from "./image-name";
import type { ImageName } from "./model";

export type BaseUser =
  /** The base runs as root (Docker's default, or Windows' ContainerAdministrator). */
  | { kind: "root"; note: string }
  /** The base is built to run as a non-root user, or steps down itself: not shown by this file. */
  | { kind: "elsewhere"; note: string }
  /** We do not know this base. */
  | { kind: "unknown"; note: string };

/** Official images whose own entrypoint starts as root and steps down with gosu. */
const STEP_DOWN_OFFICIAL = new Set(["postgres", "mysql", "mariadb", "redis", "mongo", "rabbitmq"]);
/** Official images that end with a non-root USER of their own. */
const NON_ROOT_OFFICIAL = new Set(["memcached", "haproxy", "solr", "sonarqube", "kong", "elasticsearch", "kibana", "logstash", "odoo"]);

export function baseImageUser(image: ImageName): BaseUser {
  const name = describe(image);
  if (image.unresolved.path) {
    return { kind: "unknown", note: `The final stage sets no USER and its base image (${name}) depends on a build argument.` };
  }
  if (isWindowsImage(image)) {
    if (isNanoServer(image)) {
      return {
        kind: "elsewhere",
        note: `The final stage sets no USER; Nano Server (${name}) runs as ContainerUser by default, which this file does not show.`,
      };
    }
    return {
      kind: "root",
      note: `The final stage sets no USER, so it runs as ContainerAdministrator (Windows default), an administrator in the container.`,
    };
  }
  const path = image.path;
  const tag = (image.tag ?? "").toLowerCase();
  if (path.includes("distroless/")) {
    if (tag.includes("nonroot")) {
      return {
        kind: "elsewhere",
        note: `The final stage sets no USER; the ${name} tag runs as a non-root user, which this file does not show.`,
      };
    }
    return { kind: "root", note: `The final stage sets no USER and its distroless base ${name} runs as root (uid 0) by default.` };
  }
  if (image.registry === "cgr.dev" || path.startsWith("chainguard/") || path.startsWith("bitnami/") || tag.includes("chiseled")) {
    return {
      kind: "elsewhere",
      note: `The final stage sets no USER; its base image ${name} is built to run as non-root, which this file does not show.`,
    };
  }
  if (isOfficial(image)) {
    if (STEP_DOWN_OFFICIAL.has(path)) {
      return {
        kind: "elsewhere",
        note: `The final stage sets no USER; ${path}'s own entrypoint starts as root and steps down, so the runtime user is undetermined from the Dockerfile alone.`,
      };
    }
    if (NON_ROOT_OFFICIAL.has(path)) {
      return {
        kind: "elsewhere",
        note: `The final stage sets no USER; the ${path} image sets a non-root USER of its own, which this file does not show.`,
      };
    }
    return { kind: "root", note: `The final stage sets no USER and its base image ${name} runs as root by default.` };
  }
  if (path.startsWith("nvidia/cuda")) {
    return { kind: "root", note: `The final stage sets no USER and its base image ${name} runs as root by default.` };
  }
  return {
    kind: "unknown",
    note: `The final stage sets no USER, so its base image ${name} decides the user (Docker's default is root).`,
  };
}
