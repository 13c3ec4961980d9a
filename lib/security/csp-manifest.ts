/**
 * The inline-script hashes of each prerendered page, written after the build by
 * scripts/csp-hashes.mjs and read once when the server first needs them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalPathname } from "./pathname";

export type Manifest = Readonly<Record<string, readonly string[]>>;

let cached: Manifest | undefined;

function load(): Manifest {
  try {
    const text = readFileSync(join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "csp-hashes.json"), "utf8");
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as Manifest) : {};
  } catch {
    // Without the manifest no inline script is allowed: pages fail safe (closed), not open.
    console.error("csp-hashes.json is missing: run `npm run build` (next build + scripts/csp-hashes.mjs).");
    return {};
  }
}

/**
 * The route a request path names, in the spelling the manifest uses: escaped letters and
 * digits decoded (/assess/%73torage is /assess/storage), no trailing slash. Undefined for a
 * malformed percent-encoding, which names no route.
 */
export function routeOf(pathname: string): string | undefined {
  const canonical = canonicalPathname(pathname);
  if (canonical === null) return undefined;
  return canonical.length > 1 ? canonical.replace(/\/$/, "") : canonical;
}

/** The hashes for a path in a manifest; a path without a prerendered page is answered by the 404 page. */
export function hashesIn(manifest: Manifest, pathname: string): readonly string[] {
  const route = routeOf(pathname);
  return (route === undefined ? undefined : manifest[route]) ?? manifest["/_not-found"] ?? [];
}

/** The hashes for a path, from the build's manifest. */
export function scriptHashesFor(pathname: string): readonly string[] {
  cached ??= load();
  return hashesIn(cached, pathname);
}
