/**
 * The inline-script hashes of each prerendered page, written after the build by
 * scripts/csp-hashes.mjs and read once when the server first needs them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Manifest = Readonly<Record<string, readonly string[]>>;

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

/** The hashes for a path; a path without a prerendered page is answered by the 404 page. */
export function scriptHashesFor(pathname: string): readonly string[] {
  cached ??= load();
  const route = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  return cached[route] ?? cached["/_not-found"] ?? [];
}
