import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import "./zod-config";
import * as z from "zod/mini";

const ROOTS = ["app", "components", "lib"];
const VALUE_IMPORT = /^import (?!type\b)[^;]*from "zod\/mini";$/m;
const CONFIG_IMPORT = /^import "[^"]*zod-config";$/m;
// Classic zod (its root, "zod/v4" or "zod/v3"), which ships far more to every page than zod/mini.
const CLASSIC_IMPORT = /from "zod(?:\/v[34])?"/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("zod is configured before any schema is built", () => {
  const files = ROOTS.flatMap((root) => sourceFiles(join(process.cwd(), root))).filter(
    (file) => VALUE_IMPORT.test(readFileSync(file, "utf8")) && !file.endsWith("zod-config.ts"),
  );

  it("finds the modules that build schemas", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(process.cwd(), file), file]))("%s imports zod-config before zod", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const config = text.search(CONFIG_IMPORT);
    expect(config, 'add `import "@/lib/engine/zod-config";` above the zod import').toBeGreaterThanOrEqual(0);
    expect(config).toBeLessThan(text.search(VALUE_IMPORT));
  });

  it("installs what classic zod would have: English messages, no eval, the memoizer", () => {
    expect(z.config().jitless).toBe(true);
    expect(z.config().memoizer).toBe(z.memoizer());
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });
});

it("no module imports classic zod", () => {
  const files = [...ROOTS, "scripts"].flatMap((root) => sourceFiles(join(process.cwd(), root)));
  const classic = files.filter((file) => CLASSIC_IMPORT.test(readFileSync(file, "utf8"))).map((file) => relative(process.cwd(), file));
  expect(classic, 'import from "zod/mini" instead').toEqual([]);
});
