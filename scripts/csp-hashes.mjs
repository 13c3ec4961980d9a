#!/usr/bin/env node
/**
 * After `next build`: hashes every inline <script> of every prerendered page, so the
 * Content-Security-Policy can allow exactly those and nothing else inline. Writes
 * <distDir>/csp-hashes.json: { "/route": ["sha256-…", …] }. Plain Node, no dependencies,
 * so it runs in the container build as it is.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const appDir = join(distDir, "server", "app");
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith(".html")) yield path;
  }
}

function routeOf(file) {
  const route = relative(appDir, file)
    .split(sep)
    .join("/")
    .replace(/\.html$/, "");
  if (route === "index") return "/";
  return `/${route}`;
}

const manifest = {};
for (const file of htmlFiles(appDir)) {
  const html = readFileSync(file, "utf8");
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(
      `sha256-${createHash("sha256")
        .update(match[1] ?? "", "utf8")
        .digest("base64")}`,
    );
  }
  manifest[routeOf(file)] = [...hashes];
}

// The standalone server (the container image) reads its own copy of the build directory.
const standalone = join(distDir, "standalone", distDir);
const targets = [distDir, ...(existsSync(standalone) ? [standalone] : [])].map((dir) => join(dir, "csp-hashes.json"));
for (const target of targets) writeFileSync(target, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`CSP: hashed inline scripts of ${Object.keys(manifest).length} prerendered pages into ${targets.join(" and ")}`);
