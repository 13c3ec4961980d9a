/** Where things live in localStorage. Keys are namespaced so nothing else collides. */
export const KEY_PREFIX = "kbyd.";
export const INDEX_KEY = `${KEY_PREFIX}index`;
export const RECORD_PREFIX = `${KEY_PREFIX}assessment.`;
export const QUARANTINE_PREFIX = `${KEY_PREFIX}unreadable.`;
/** Why each set-aside entry could not be read, so any later visit can still say so. */
export const QUARANTINE_REASONS_KEY = `${KEY_PREFIX}unreadable-reasons`;

export const recordKey = (id: string): string => `${RECORD_PREFIX}${id}`;
export const isOurKey = (key: string | null): boolean => key !== null && key.startsWith(KEY_PREFIX);
