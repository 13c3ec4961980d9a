/**
 * What every way in shares: the "brought up from version …" label. The ways in are one
 * module each (admit-link, admit-file, admit-record) so a page loads only the one it uses.
 */
/** Set when what came in was made with an older questionnaire and was brought up to date. */
export interface Upgraded {
  upgradedFrom?: string | undefined;
}

export const upgradedFrom = (from: string, to: string): Upgraded => (from !== to ? { upgradedFrom: from } : {});
