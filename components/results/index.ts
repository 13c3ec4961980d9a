/** What other parts of the UI may use of the results. */
export { ResultsBody } from "./results-body";
