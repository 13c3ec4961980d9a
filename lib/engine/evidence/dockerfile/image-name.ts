/** Image references as a FROM line writes them: `[host/][namespace/]name[:tag][@digest]`. */
import { UNKNOWN } from "./expand";
import type { ImageName } from "./model";

const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

/** Split a reference (after ARG substitution, UNKNOWN where an ARG was not known). */
export function parseImageName(reference: string, asWritten: string): ImageName | null {
  let rest = reference.trim();
  if (rest === "") return null;
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  let path = rest;
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const head = rest.slice(0, firstSlash);
    // Docker's own rule: a first component with a dot or a port, or localhost, is a host.
    if (head.includes(".") || head.includes(":") || head === "localhost" || head.includes(UNKNOWN)) {
      registry = head.toLowerCase();
      path = rest.slice(firstSlash + 1);
    }
  }
  if (registry !== null && DOCKER_HUB.has(registry)) registry = null;
  path = path.toLowerCase();
  if (registry === null && path.startsWith("library/")) path = path.slice("library/".length);
  const unknownPath = path.includes(UNKNOWN) || (registry ?? "").includes(UNKNOWN) || path === "";
  const unknownTag = (tag ?? "").includes(UNKNOWN) || (digest ?? "").includes(UNKNOWN);
  return {
    text: unknownPath || unknownTag ? asWritten : reference.trim(),
    registry,
    path,
    tag,
    digest,
    unresolved: { path: unknownPath, tag: unknownTag },
  };
}

/** Docker Hub's official images: no host and no namespace (`node`, `library/node`). */
export function isOfficial(image: ImageName): boolean {
  return image.registry === null && !image.path.includes("/");
}

/** How the reference pins the image, or null when an ARG we cannot resolve decides it. */
export function referenceKind(image: ImageName): "digest" | "tag" | "latest" | null {
  if (image.digest !== null && !image.digest.includes(UNKNOWN) && image.digest.startsWith("sha256:")) return "digest";
  if (image.unresolved.tag) return null;
  if (image.tag === null || image.tag === "latest") return "latest";
  return "tag";
}

/** Windows bases: Microsoft's Windows images, .NET Framework, and any Server Core or Nano Server tag. */
export function isWindowsImage(image: ImageName): boolean {
  const whole = `${image.path}:${image.tag ?? ""}`.toLowerCase();
  if (image.registry === "mcr.microsoft.com" && (image.path.startsWith("windows") || image.path.includes("dotnet/framework"))) return true;
  return /servercore|nanoserver/.test(whole);
}

/** Nano Server runs as ContainerUser by default; Server Core as ContainerAdministrator. */
export function isNanoServer(image: ImageName): boolean {
  return `${image.path}:${image.tag ?? ""}`.toLowerCase().includes("nanoserver");
}

/** GPU bases: NVIDIA's CUDA images, NVIDIA's registry, framework images tagged for CUDA or GPU. */
export function isGpuImage(image: ImageName): boolean {
  if (image.path.startsWith("nvidia/cuda") || image.registry === "nvcr.io") return true;
  return /(^|[-_.])(cuda|cudnn|gpu)/.test((image.tag ?? "").toLowerCase());
}

/** The reference for a note: `node:20`, `gcr.io/distroless/static`. */
export function describe(image: ImageName): string {
  return image.text.replaceAll(UNKNOWN, "…");
}
