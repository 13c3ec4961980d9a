/**
 * Engine speed on its own (also part of `npm run bench`).
 *
 *   npm run bench:engine
 */
import { engineFigures } from "./support/engine-figures";

console.log(engineFigures().join("\n"));
