import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components", "lib"];
const VALUE_IMPORT = /^import (?!type\b)[^;]*from "zod";$/m;
const CONFIG_IMPORT = /^import "[^"]*zod-config";$/m;

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
});
