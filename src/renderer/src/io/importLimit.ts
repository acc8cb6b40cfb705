/** The largest file the app reads for an import, checked before reading (and again by each codec). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
