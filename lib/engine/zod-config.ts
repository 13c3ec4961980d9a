/**
 * Configures zod before any schema is built: every module that builds schemas imports
 * this first (zod-config.test.ts checks). Without it zod probes `new Function` to compile
 * fast parsers, which our Content-Security-Policy (no 'unsafe-eval') refuses and reports.
 * A side-effect import, rather than a re-exported `z`, keeps zod tree-shakable.
 */
import { config } from "zod";

config({ jitless: true });
