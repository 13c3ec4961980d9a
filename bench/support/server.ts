/**
 * Starts a production Next.js server for a benchmark (its build must exist), waits until it
 * answers, and stops it afterwards. The app by default; the bare floor page with `cwd`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

interface ServerOptions {
  /** The app's folder; the project itself unless given. */
  cwd?: string;
  /** Its build folder, relative to cwd. */
  distDir?: string;
  /** A path that answers 200 once the server is up. */
  readyPath?: string;
}

export async function startServer(port: number, options: ServerOptions = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd();
  const distDir = options.distDir ?? process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(join(cwd, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${join(cwd, distDir)}: run \`npm run build\` first.`);
  }
  // Next's own entry point, not npx, so SIGTERM reaches the server itself.
  const next = resolve("node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  let up = false;
  for (let attempt = 0; attempt < 100 && !up; attempt += 1) {
    // A server that exited has not started (say, the port was taken): never measure another one.
    if (child.exitCode !== null) throw new Error(`The server in ${cwd} exited (is port ${port} in use?).`);
    try {
      up = (await fetch(url + (options.readyPath ?? "/api/health"))).ok;
    } catch {
      // not up yet
    }
    if (!up) await new Promise((done) => setTimeout(done, 200));
  }
  if (!up) {
    child.kill("SIGKILL");
    throw new Error(`The server in ${cwd} did not answer on port ${port}.`);
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const force = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(force);
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}
