/**
 * The typed bridge between the renderer and the Electron main process: `window.raci`.
 *
 * One method per capability, never a generic send(channel). Adding a capability touches four
 * places, in this order:
 *   1. here: the method on `RaciBridge`, its name in INVOKE_METHODS or EVENT_METHODS, its channel
 *      in IPC_CHANNELS (ipcChannels.ts) and its schemas in IPC_REQUEST_SCHEMAS and
 *      IPC_RESPONSE_SCHEMAS (or IPC_EVENT_SCHEMAS); the compiler lists whatever is still missing;
 *   2. src/preload/index.ts: the method on the exposed object;
 *   3. src/main/ipcHandlers.ts: its handler (sender and payload are checked for it);
 *   4. tests/unit/main/ipcHandlers.test.ts and tests/unit/preload/index.test.ts.
 *
 * On the wire every invoke reply is wrapped in a `BridgeReply`: main refuses a foreign sender or a
 * malformed payload with a value, not an exception, and the preload turns a refusal into a
 * rejected promise (our own page breaking the contract is a bug). Expected failures of the
 * capability itself (a link that may not be opened, a cancelled dialog, a full disk) are part of
 * the method's own return type.
 *
 * Files dropped onto the window need no capability: the page reads a dropped File itself
 * (File.text() works in a sandboxed page), and main makes sure the drop never navigates the window
 * to the file (webPreferences.navigateOnDragDrop is off, and will-navigate refuses any page but the
 * app's own). The page must still call preventDefault() on dragover and drop, which is what keeps a
 * plain browser (the web edition) from opening the file in the tab.
 */
import { z } from 'zod';
import type { Result } from '../domain/result';
import { utf8ByteLength } from './utf8ByteLength';
import { PAGE_ORIENTATIONS, PAPER_SIZES, PRINT_PARTS } from './printRoute';
import { MAX_BOARD_ID_LENGTH, MAX_FILE_NAME_LENGTH, MAX_SAVE_FILE_BYTES, MAX_BACKUP_BYTES, MAX_BACKUP_BOARD_NAME_LENGTH, BACKUP_ID_PATTERN } from './bridgeLimits';

export { MAX_BOARD_ID_LENGTH, MAX_FILE_NAME_LENGTH, MAX_SAVE_FILE_BYTES, MAX_OPEN_FILE_BYTES, MAX_BACKUP_BYTES, MAX_BACKUP_BOARD_NAME_LENGTH, BACKUP_ID_PATTERN } from './bridgeLimits';

export { IPC_CHANNELS, type IpcChannel } from './ipcChannels';

export { PAGE_ORIENTATIONS, PAPER_SIZES, PRINT_PARTS, type PageOrientation, type PaperSize, type PrintPart } from './printRoute';

/** Values of Node's `process.platform`, listed here because src/shared cannot see Node's types. */
export const PLATFORMS = ['aix', 'android', 'cygwin', 'darwin', 'freebsd', 'haiku', 'linux', 'netbsd', 'openbsd', 'sunos', 'win32'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const appInfoSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().min(1),
  platform: z.enum(PLATFORMS),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * What the application menu asks the page to do. The page decides how: 'undo' in a text field
 * undoes typing, elsewhere it undoes the last board edit; board actions are ignored on the home page.
 */
export const MENU_ACTIONS = [
  'new-board',
  'go-home',
  'import',
  'export-pdf',
  'export-csv',
  'export-json',
  'undo',
  'redo',
  'show-lanes',
  'show-matrix',
  'show-compare',
] as const;
export const menuActionSchema = z.enum(MENU_ACTIONS);
export type MenuAction = z.infer<typeof menuActionSchema>;

/** Longer than any link a person would click; long enough to refuse nothing real. */
export const MAX_EXTERNAL_URL_LENGTH = 4096;
export const externalUrlSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

/** Text formats the app saves and imports. */
export const TEXT_FILE_KINDS = ['csv', 'json'] as const;
export type TextFileKind = (typeof TEXT_FILE_KINDS)[number];


/** A suggested file name; main strips anything that would make it a path before using it. */
export const fileNameSchema = z.string().min(1).max(MAX_FILE_NAME_LENGTH);

function hasNoRepeats(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export const exportPdfRequestSchema = z.strictObject({
  boardId: z.string().min(1).max(MAX_BOARD_ID_LENGTH),
  fileName: fileNameSchema,
  paper: z.enum(PAPER_SIZES),
  orientation: z.enum(PAGE_ORIENTATIONS),
  parts: z
    .array(z.enum(PRINT_PARTS))
    .min(1, 'choose at least one part of the board to export')
    .max(PRINT_PARTS.length)
    .refine(hasNoRepeats, 'each part may be listed once'),
});
export type ExportPdfRequest = z.infer<typeof exportPdfRequestSchema>;

/** A saved file's path, or null when the user cancelled the save dialog. */
export const savedFileSchema = z.strictObject({ path: z.string().min(1) }).nullable();
export type SavedFile = z.infer<typeof savedFileSchema>;

/**
 * What an export tells the page while it runs. 'done' is sent once whenever the export ends,
 * whatever the outcome (saved, cancelled, failed): the call's Result says which.
 */
export const EXPORT_STAGES = ['rendering', 'saving', 'done'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];
export const exportProgressSchema = z.strictObject({ stage: z.enum(EXPORT_STAGES), message: z.string() });
export type ExportProgress = z.infer<typeof exportProgressSchema>;

export const saveFileRequestSchema = z.strictObject({
  fileName: fileNameSchema,
  // The length check first: it is free, and no string longer than the limit can fit in it.
  content: z
    .string()
    .max(MAX_SAVE_FILE_BYTES, `the content may not exceed ${MAX_SAVE_FILE_BYTES} bytes`)
    .refine((content) => utf8ByteLength(content) <= MAX_SAVE_FILE_BYTES, `the content may not exceed ${MAX_SAVE_FILE_BYTES} bytes`),
  kind: z.enum(TEXT_FILE_KINDS),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.strictObject({
  kinds: z.array(z.enum(TEXT_FILE_KINDS)).min(1).max(TEXT_FILE_KINDS.length).refine(hasNoRepeats, 'each kind may be listed once'),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

/** An opened file: its name (no folder) and its text, decoded as UTF-8 with any byte-order mark kept. */
export const openedFileSchema = z.strictObject({ name: z.string().min(1), text: z.string() }).nullable();
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const backupIdSchema = z.string().max(100).regex(BACKUP_ID_PATTERN, 'not a backup id');

const boardTimeSchema = z.number().nonnegative();

export const writeBackupRequestSchema = z.strictObject({
  boardId: z.string().min(1).max(MAX_BOARD_ID_LENGTH),
  boardName: z.string().min(1).max(MAX_BACKUP_BOARD_NAME_LENGTH),
  /** The board's own updatedAt: a board whose newest backup has the same one is not written again. */
  updatedAt: boardTimeSchema,
  /** serializeBoard's output: a .raci.json board file. */
  json: z
    .string()
    .min(1)
    .max(MAX_BACKUP_BYTES, `a backup may not exceed ${MAX_BACKUP_BYTES} bytes`)
    .refine((json) => utf8ByteLength(json) <= MAX_BACKUP_BYTES, `a backup may not exceed ${MAX_BACKUP_BYTES} bytes`),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

/** One stored backup, as the Restore from backup screen lists it. */
export const backupEntrySchema = z.strictObject({
  id: backupIdSchema,
  boardId: z.string().min(1).max(MAX_BOARD_ID_LENGTH),
  boardName: z.string().min(1).max(MAX_BACKUP_BOARD_NAME_LENGTH),
  /** When the backup was written, in milliseconds since the epoch. */
  savedAt: boardTimeSchema,
  /** The board's updatedAt at that moment. */
  updatedAt: boardTimeSchema,
  /** Size of the snapshot in UTF-8 bytes. */
  bytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export interface RaciBridge {
  /** Name, version and operating system of the running desktop app. */
  getAppInfo(): Promise<AppInfo>;
  /**
   * Opens an http(s) link in the user's browser. Any other scheme, or a link carrying a user name
   * or password, is refused with a sentence a user can read.
   */
  openExternal(url: string): Promise<Result<void, string>>;
  /**
   * Makes a PDF of a board's print view in a hidden window, then asks where to save it. Resolves to
   * the saved path, null when the user cancelled the save dialog, or a sentence saying what failed
   * (the page reported an error, the time limit passed, the file could not be written, or another
   * export is still running).
   */
  exportPdf(request: ExportPdfRequest): Promise<Result<{ path: string } | null, string>>;
  /**
   * Asks where to save `content` (filtered to the kind's extension) and writes it as UTF-8, exactly
   * as given (a CSV's byte-order mark included). Null when the user cancelled.
   */
  saveFile(request: SaveFileRequest): Promise<Result<{ path: string } | null, string>>;
  /**
   * Lets the user pick one file of the given kinds and returns its name and text. A file larger
   * than MAX_OPEN_FILE_BYTES is refused before it is read. Null when the user cancelled.
   */
  openFile(request: OpenFileRequest): Promise<Result<{ name: string; text: string } | null, string>>;
  /**
   * Stores a snapshot of a board in the backups folder (userData/backups) and removes the oldest
   * backups beyond the limits. When the board's newest backup already has this `updatedAt`, nothing
   * is written and that backup is returned.
   */
  writeBackup(request: WriteBackupRequest): Promise<Result<BackupEntry, string>>;
  /** Every stored backup, newest first. Files that are not backups are left out. */
  listBackups(): Promise<Result<BackupEntry[], string>>;
  /** The text of one backup (a .raci.json board file), or a sentence saying why it cannot be read. */
  readBackup(id: string): Promise<Result<string, string>>;
  /**
   * Tells main that this page has done what it does before the app quits or its window closes (its
   * last backups are written), so main need not wait out its time limit. See onBeforeQuit.
   */
  readyToQuit(): Promise<void>;
  /**
   * Calls `listener` when the app is about to quit or this page's window to close. Main waits a
   * short, bounded time for the page to answer with readyToQuit. Returns the function that unsubscribes.
   */
  onBeforeQuit(listener: () => void): () => void;
  /** Calls `listener` for every application-menu action; returns the function that unsubscribes. */
  onMenuAction(listener: (action: MenuAction) => void): () => void;
  /** Calls `listener` as a PDF export started by this page moves on; returns the function that unsubscribes. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
}

/** Renderer -> main calls: ipcRenderer.invoke in the preload, ipcMain.handle in main. */
export const INVOKE_METHODS = ['getAppInfo', 'openExternal', 'exportPdf', 'saveFile', 'openFile', 'writeBackup', 'listBackups', 'readBackup', 'readyToQuit'] as const;
export type InvokeMethod = (typeof INVOKE_METHODS)[number];

/** Main -> renderer notifications: webContents.send in main, ipcRenderer.on in the preload. */
export const EVENT_METHODS = ['onMenuAction', 'onExportProgress', 'onBeforeQuit'] as const;
export type EventMethod = (typeof EVENT_METHODS)[number];

/** Every bridge method, in one list. */
export const BRIDGE_METHODS = [...INVOKE_METHODS, ...EVENT_METHODS] as const satisfies readonly (keyof RaciBridge)[];
type AssertTrue<T extends true> = T;
// Fails to compile when a method of RaciBridge is in neither list above.
type _EveryBridgeMethodIsListed = AssertTrue<[Exclude<keyof RaciBridge, (typeof BRIDGE_METHODS)[number]>] extends [never] ? true : false>;

/** The argument an invoke method sends (undefined for a method without one). */
export type InvokeRequest<K extends InvokeMethod> = Parameters<RaciBridge[K]> extends [infer P, ...unknown[]] ? P : undefined;
/** What an invoke method resolves to in the page. */
export type InvokeResponse<K extends InvokeMethod> = Awaited<ReturnType<RaciBridge[K]>>;
/** What an event method's listener receives. */
export type EventPayload<K extends EventMethod> = Parameters<Parameters<RaciBridge[K]>[0]>[0];

/** Why main refused a call: the sender is not the app's own page, or the payload breaks the contract. */
export type BridgeRefusal = string;
/** The wire format of every invoke reply. */
export type BridgeReply<T> = Result<T, BridgeRefusal>;

/** Builds the schema of a `Result` so replies that carry one can be checked too. */
export function resultSchema<T extends z.ZodType, E extends z.ZodType>(value: T, error: E) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error }),
  ]);
}

/** Schema of the single argument each invoke method sends. */
export const IPC_REQUEST_SCHEMAS = {
  getAppInfo: z.undefined(),
  openExternal: externalUrlSchema,
  exportPdf: exportPdfRequestSchema,
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  writeBackup: writeBackupRequestSchema,
  listBackups: z.undefined(),
  readBackup: backupIdSchema,
  readyToQuit: z.undefined(),
} as const satisfies { [K in InvokeMethod]: z.ZodType<InvokeRequest<K>> };

/** Schema of what each invoke method resolves to (inside the BridgeReply). */
export const IPC_RESPONSE_SCHEMAS = {
  getAppInfo: appInfoSchema,
  openExternal: resultSchema(z.undefined(), z.string()),
  exportPdf: resultSchema(savedFileSchema, z.string()),
  saveFile: resultSchema(savedFileSchema, z.string()),
  openFile: resultSchema(openedFileSchema, z.string()),
  writeBackup: resultSchema(backupEntrySchema, z.string()),
  listBackups: resultSchema(z.array(backupEntrySchema), z.string()),
  readBackup: resultSchema(z.string(), z.string()),
  readyToQuit: z.undefined(),
} as const satisfies { [K in InvokeMethod]: z.ZodType<InvokeResponse<K>> };

/** Schema of the payload each event carries. */
export const IPC_EVENT_SCHEMAS = {
  onMenuAction: menuActionSchema,
  onExportProgress: exportProgressSchema,
  onBeforeQuit: z.undefined(),
} as const satisfies { [K in EventMethod]: z.ZodType<EventPayload<K>> };

/** Schema of the reply on the wire for one invoke method. */
export function bridgeReplySchema<K extends InvokeMethod>(method: K) {
  return resultSchema(IPC_RESPONSE_SCHEMAS[method], z.string());
}
