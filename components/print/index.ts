/** What other parts of the UI may use of the print view. */
export { PrintDocument } from "./print-document";
