/**
 * The container image practises what the product preaches. Docker cannot run here, so the
 * Dockerfile is checked for the properties that matter, and the standalone server it
 * runs (built by the test run with NEXT_OUTPUT=standalone) is started for real: it must
 * answer its health check and leave cleanly, within five seconds, on SIGTERM.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const standaloneDir = join(process.cwd(), distDir, "standalone");
const dockerfile = readFileSync(join(process.cwd(), "Dockerfile"), "utf8");
/** The last stage: what actually runs. */
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));

test.describe("the Dockerfile", () => {
  test("builds in stages and runs as a non-root user", () => {
    expect(dockerfile.match(/^FROM /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    const user = runtimeStage.match(/^USER\s+(\S+)/m)?.[1] ?? "";
    expect(user).not.toBe("");
    expect(user.split(":")[0]).not.toMatch(/^(0|root)$/);
  });

  test("starts the server in exec form, logs to stdout, and checks /api/health", () => {
    expect(runtimeStage).toMatch(/^ENTRYPOINT \[\s*"node",\s*"server\.js"\s*\]/m);
    expect(runtimeStage).toMatch(/^HEALTHCHECK .*\n?.*\/api\/health/m);
    expect(dockerfile).not.toMatch(/>\s*\/\S+\.log|logfile|LOG_FILE/i);
  });

  test("labels the image with its source and revision from build arguments", () => {
    expect(runtimeStage).toMatch(/^ARG SOURCE_URL/m);
    expect(runtimeStage).toMatch(/^ARG REVISION/m);
    expect(runtimeStage).toContain('org.opencontainers.image.source="${SOURCE_URL}"');
    expect(runtimeStage).toContain('org.opencontainers.image.revision="${REVISION}"');
  });

  test("keeps the build context small with a .dockerignore", () => {
    const ignored = readFileSync(join(process.cwd(), ".dockerignore"), "utf8").split("\n");
    for (const entry of ["node_modules", ".git", ".next"]) expect(ignored).toContain(entry);
  });
});

test("the standalone server answers its health check and exits cleanly within 5 s of SIGTERM", async () => {
  test.setTimeout(30_000);
  expect(existsSync(join(standaloneDir, "server.js")), "run the tests through playwright.config.ts, which builds standalone").toBe(true);
  const port = 3990 + Math.floor(Math.random() * 9);
  const server = spawn(process.execPath, ["server.js"], {
    cwd: standaloneDir,
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));

  await expect
    .poll(
      async () => {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/health`);
          return response.ok ? await response.json() : response.status;
        } catch {
          return "not up";
        }
      },
      { timeout: 15_000 },
    )
    .toEqual({ status: "ok" });

  const started = Date.now();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    server.on("exit", (code, signal) => resolve({ code, signal })),
  );
  server.kill("SIGTERM");
  const { code, signal } = await exited;
  const seconds = (Date.now() - started) / 1000;

  // Next.js closes its server and exits with 128 + 15, the conventional code for a
  // graceful stop on SIGTERM; a crash would exit 1, and an ignored signal would time out.
  expect(signal).toBeNull();
  expect([0, 143]).toContain(code);
  expect(seconds).toBeLessThan(5);
  expect(output).not.toMatch(/error|unhandled/i);
});
