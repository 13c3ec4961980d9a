/**
 * Configures zod before any schema is built: every module that builds schemas imports
 * this first (zod-config.test.ts checks). Without it zod probes `new Function` to compile
 * fast parsers, which our Content-Security-Policy (no 'unsafe-eval') refuses and reports.
 * A side-effect import, rather than a re-exported `z`, keeps zod tree-shakable; so does
 * `import * as z from "zod/mini"` (its named `z` export pulls every locale into a bundle).
 *
 * We use `zod/mini`, which is much smaller than classic `zod` but leaves out two things
 * classic installs by itself, so we install them here:
 * - English messages: without them every message of zod's own (the words an import shows
 *   for a malformed file) reads just "Invalid input".
 * - The memoizer: a condition object that content uses in several places stays one object
 *   once parsed (so React sends it to the browser once, not once per use), and a cyclic
 *   input is parsed rather than overflowing the stack.
 */
import { config, memoizer } from "zod/mini";
import { en } from "zod/locales";

config({ jitless: true, memoizer: memoizer(), ...en() });
