/**
 * The floor every page is measured against: a bare Next.js page (a root layout and an
 * `app/page.tsx` with one heading) built with the project's own installed next, react and
 * react-dom, so nothing is downloaded. It is written into a scratch folder inside the
 * project (git ignores `.next-*`) because Turbopack resolves packages only below its root,
 * built, and removed again by the caller.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const FLOOR_DIR = resolve(".next-floor-app");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next-floor", private: true, type: "module" }, null, 2),
  // Its own (empty) config, or Next would pick up the project's from the folder above.
  "next.config.mjs": "export default {};\n",
  "app/layout.tsx": [
    'import type { ReactNode } from "react";',
    "",
    "export default function RootLayout({ children }: { children: ReactNode }) {",
    "  return (",
    '    <html lang="en">',
    "      <body>{children}</body>",
    "    </html>",
    "  );",
    "}",
    "",
  ].join("\n"),
  "app/page.tsx": "export default function Page() {\n  return <h1>A bare Next.js page</h1>;\n}\n",
};

/** Writes and builds the floor app; returns its folder. */
export function buildFloorApp(): string {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(FLOOR_DIR, name, ".."), { recursive: true });
    writeFileSync(join(FLOOR_DIR, name), text);
  }
  const built = spawnSync(process.execPath, [resolve("node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: FLOOR_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next" },
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`The bare Next.js page did not build:\n${built.stdout}\n${built.stderr}`);
  return FLOOR_DIR;
}

export function removeFloorApp(): void {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}
