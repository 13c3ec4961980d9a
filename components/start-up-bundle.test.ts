/**
 * What a page loads as it starts carries no zod. Next starts the browser's JavaScript at
 * each "use client" module; esbuild bundles every one as the production build does (a
 * barrel costs only what is used, since package.json declares the side-effect-free
 * modules) and leaves out what loads on demand through import(): exports, file imports and
 * link encoding, which may use zod. zod was 23.6 KB compressed on every page that showed
 * an assessment; hand-written checks (lib/engine/assessment-shape.ts) replace it there.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ZOD = /(^|\/)node_modules\/zod\//;
/** The parsers of the team's files load only when someone reads files (components/evidence). */
const FILE_PARSERS = /(^|\/)node_modules\/(yaml|dockerfile-ast|vscode-languageserver-types|vscode-languageserver-textdocument)\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const clientModules = ["app", "components", "lib"]
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .filter((file) => readFileSync(file, "utf8").startsWith('"use client";'))
  .map((file) => relative(ROOT, file))
  .sort();

/** What loads on demand is not loaded at start-up: every import() stays outside the bundle. */
const onDemandLeftOut: Plugin = {
  name: "on-demand-left-out",
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) => (args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined));
  },
};

async function startUpBundle(entryPoints: string[]): Promise<Metafile> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints,
    bundle: true,
    format: "esm",
    platform: "browser",
    outdir: "start-up-bundle",
    write: false,
    metafile: true,
    logLevel: "silent",
    // The framework and its runtime are the same on every page and carry no zod.
    external: ["react", "react-dom", "next"],
    loader: { ".css": "empty" },
    plugins: [onDemandLeftOut],
  });
  return result.metafile;
}

/** Per bundle, the modules matching `pattern` (zod's, by default) whose code it carries. */
function zodIn(metafile: Metafile, pattern: RegExp = ZOD): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const output of Object.values(metafile.outputs)) {
    const zod = Object.entries(output.inputs).filter(([path, input]) => pattern.test(path) && input.bytesInOutput > 0);
    if (zod.length > 0) found[output.entryPoint ?? "?"] = zod.map(([path]) => path);
  }
  return found;
}

describe("the JavaScript a page loads as it starts", () => {
  let metafile: Metafile;
  beforeAll(async () => {
    metafile = await startUpBundle(clientModules);
  }, 30_000);

  it("is found from every client module, the store and the forms among them", () => {
    expect(clientModules).toEqual(
      expect.arrayContaining(["lib/state/use-assessment-store.ts", "components/start/start-form.tsx", "components/shared/shared-view.tsx"]),
    );
    expect(Object.keys(metafile.outputs).length).toBe(clientModules.length);
  });

  it("carries no zod", () => {
    expect(zodIn(metafile)).toEqual({});
  });

  it("carries no Dockerfile or YAML parser, not even on the page that reads files", () => {
    expect(clientModules).toContain("components/evidence/use-evidence.ts");
    expect(zodIn(metafile, FILE_PARSERS)).toEqual({});
  });

  // esbuild drops zod's unused code better than Turbopack does; a module that uses zod at
  // all would bring it into the production build, so none may be part of these bundles.
  it("includes no module that imports zod", () => {
    const included = new Set(
      Object.values(metafile.outputs).flatMap((output) =>
        Object.entries(output.inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([path]) => path),
      ),
    );
    const importers = [...included].filter((path) =>
      (metafile.inputs[path]?.imports ?? []).some((edge) => edge.kind !== "dynamic-import" && ZOD.test(edge.path)),
    );
    expect(importers).toEqual([]);
  });

  it("would show the parsers where they are: behind the import() of the file reader", async () => {
    expect(Object.keys(zodIn(await startUpBundle(["lib/engine/evidence/read-artefacts.ts"]), FILE_PARSERS))).toEqual([
      "lib/engine/evidence/read-artefacts.ts",
    ]);
  });

  it("would show zod where it is: behind the import() of a JSON import", async () => {
    expect(Object.keys(zodIn(await startUpBundle(["lib/engine/exports/parse-import.ts"])))).toEqual(["lib/engine/exports/parse-import.ts"]);
  });
});
