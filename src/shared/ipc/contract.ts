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
 * capability itself (a link that may not be opened) are part of the method's own return type.
 */
import { z } from 'zod';
import type { Result } from '../domain/result';

export { IPC_CHANNELS, type IpcChannel } from './ipcChannels';

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

export interface RaciBridge {
  /** Name, version and operating system of the running desktop app. */
  getAppInfo(): Promise<AppInfo>;
  /**
   * Opens an http(s) link in the user's browser. Any other scheme, or a link carrying a user name
   * or password, is refused with a sentence a user can read.
   */
  openExternal(url: string): Promise<Result<void, string>>;
  /** Calls `listener` for every application-menu action; returns the function that unsubscribes. */
  onMenuAction(listener: (action: MenuAction) => void): () => void;
}

/** Renderer -> main calls: ipcRenderer.invoke in the preload, ipcMain.handle in main. */
export const INVOKE_METHODS = ['getAppInfo', 'openExternal'] as const;
export type InvokeMethod = (typeof INVOKE_METHODS)[number];

/** Main -> renderer notifications: webContents.send in main, ipcRenderer.on in the preload. */
export const EVENT_METHODS = ['onMenuAction'] as const;
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
} as const satisfies { [K in InvokeMethod]: z.ZodType<InvokeRequest<K>> };

/** Schema of what each invoke method resolves to (inside the BridgeReply). */
export const IPC_RESPONSE_SCHEMAS = {
  getAppInfo: appInfoSchema,
  openExternal: resultSchema(z.undefined(), z.string()),
} as const satisfies { [K in InvokeMethod]: z.ZodType<InvokeResponse<K>> };

/** Schema of the payload each event carries. */
export const IPC_EVENT_SCHEMAS = {
  onMenuAction: menuActionSchema,
} as const satisfies { [K in EventMethod]: z.ZodType<EventPayload<K>> };

/** Schema of the reply on the wire for one invoke method. */
export function bridgeReplySchema<K extends InvokeMethod>(method: K) {
  return resultSchema(IPC_RESPONSE_SCHEMAS[method], z.string());
}
