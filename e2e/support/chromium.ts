/**
 * The Chromium the tests and benchmarks drive: CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium when it exists, else Playwright's own (npx playwright install chromium).
 * The flags keep it from calling out to Google's services, which a closed network refuses.
 */
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
