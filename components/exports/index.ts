/** What other parts of the UI may use of sharing and exports. */
export { ExportBar } from "./export-bar";
export { IncludeChoice } from "./include-choice";
