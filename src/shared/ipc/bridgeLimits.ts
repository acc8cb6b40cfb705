/**
 * The bridge's size limits and the shape of a backup id, apart from the contract's schemas so that
 * the page can check them without loading the validation library (contract.ts re-exports them).
 */
/** Longer than any board id the app makes; short enough that a route stays a reasonable URL. */
export const MAX_BOARD_ID_LENGTH = 200;
/** What most file systems allow for one name. */
export const MAX_FILE_NAME_LENGTH = 255;
/**
 * The largest text the page may hand main to save, in UTF-8 bytes. A board of thousands of tasks
 * exports to a few megabytes; the limit only stops a runaway payload from being copied across IPC.
 */
export const MAX_SAVE_FILE_BYTES = 50 * 1024 * 1024;
/** The largest file main reads for an import; larger files are refused before any byte is read. */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The largest board snapshot a backup may hold, in UTF-8 bytes: the same limit as an imported file,
 * so every backup can also be opened with Import.
 */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
/** Board names are at most 120 characters; this only stops a runaway payload. */
export const MAX_BACKUP_BOARD_NAME_LENGTH = 1000;
/**
 * A backup's id, which is also its file name without the extension: a readable key from the board's
 * name, a hash of the board's id and the time it was saved ("Launch-plan_1a2b3c4d_2026-01-05T10-30-00-123Z").
 * Letters, digits, '-' and '_' only: no dot, slash or backslash, so an id can never name a path
 * outside the backups folder.
 */
export const BACKUP_ID_PATTERN = /^[A-Za-z0-9-]{1,40}_[0-9a-f]{8}_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;
