/** No export this tool makes comes near this; a file past it is refused before it is read. */
export const MAX_IMPORT_BYTES = 1_000_000;
