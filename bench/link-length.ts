/**
 * Result-link length on its own (also part of `npm run bench`).
 *
 *   npm run bench:links
 */
import { linkFigures } from "./support/link-figures";

console.log(linkFigures().join("\n"));
