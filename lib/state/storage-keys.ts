/** Where things live in localStorage. Keys are namespaced so nothing else collides. */
export const KEY_PREFIX = "kbyd.";
/** The assessment opened last in any tab: where a new tab starts. */
export const INDEX_KEY = `${KEY_PREFIX}index`;
export const RECORD_PREFIX = `${KEY_PREFIX}assessment.`;
export const QUARANTINE_PREFIX = `${KEY_PREFIX}unreadable.`;
/** Why each set-aside entry could not be read, so any later visit can still say so. */
export const QUARANTINE_REASONS_KEY = `${KEY_PREFIX}unreadable-reasons`;
/** In sessionStorage: the assessment this tab has open, so tabs never write into each other's. */
export const TAB_OPEN_KEY = `${KEY_PREFIX}tab-open`;

export const recordKey = (id: string): string => `${RECORD_PREFIX}${id}`;
export const recordIdOf = (key: string): string | undefined =>
  key.startsWith(RECORD_PREFIX) ? key.slice(RECORD_PREFIX.length) : undefined;
export const isOurKey = (key: string | null): boolean => key !== null && key.startsWith(KEY_PREFIX);
