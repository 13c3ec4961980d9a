/**
 * zod, configured once for the whole app. Every schema imports `z` from here, so this runs
 * before any schema is built. Without it zod probes `new Function` to compile fast parsers,
 * which the Content-Security-Policy (no 'unsafe-eval') rightly refuses and reports.
 */
// eslint-disable-next-line no-restricted-imports -- the one place zod itself is imported and configured
import { z } from "zod";

z.config({ jitless: true });

export { z };
