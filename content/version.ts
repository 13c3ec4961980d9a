/**
 * The content version, on its own so that code needing only the number (the store, which
 * stamps every record with it) does not pull the whole questionnaire into the browser.
 * Raise it in step with the content; see content/questionnaire.ts.
 */
export const CONTENT_VERSION = "2026.12.6";
