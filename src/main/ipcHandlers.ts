/**
 * Main's side of the bridge: one handler per invoke method of the contract. Each first checks that
 * the call comes from the app's own page and that its payload matches the contract, and answers
 * a refusal as a value (BridgeReply), never by throwing. Handlers are plain functions so tests
 * call them directly; registerIpcHandlers only binds them to ipcMain.
 */
import {
  INVOKE_METHODS,
  IPC_CHANNELS,
  IPC_REQUEST_SCHEMAS,
  type AppInfo,
  type BackupEntry,
  type BridgeReply,
  type ExportPdfRequest,
  type ExportProgress,
  type InvokeMethod,
  type InvokeRequest,
  type InvokeResponse,
  type OpenedFile,
  type OpenFileRequest,
  type SavedFile,
  type SaveFileRequest,
  type WriteBackupRequest,
} from '../shared/ipc/contract';
import { err, ok, type Result } from '../shared/domain/result';
import { isAppUrl, safeExternalHref } from './navigationPolicy';

/** The page that made a call (Electron's WebContents): dialogs attach to its window, progress goes back to it. */
export interface IpcCaller {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

/** The part of Electron's IpcMainInvokeEvent the handlers look at. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: IpcCaller;
}

export type IpcHandler<K extends InvokeMethod> = (event: IpcSenderEvent, payload: unknown) => Promise<BridgeReply<InvokeResponse<K>>>;
export type IpcHandlers = { readonly [K in InvokeMethod]: IpcHandler<K> };

export interface IpcHandlerDeps {
  /** The URL the app's page is loaded from; calls from any other page are refused. */
  readonly appBaseUrl: string;
  readonly appInfo: AppInfo;
  /** shell.openExternal: resolves once the link was handed to the browser, rejects if it could not be. */
  readonly openExternal: (url: string) => Promise<void>;
  /** Runs a PDF export (exportPdf.ts) for the page `caller`, reporting progress as it goes. */
  readonly exportPdf: (request: ExportPdfRequest, caller: IpcCaller, onProgress: (progress: ExportProgress) => void) => Promise<Result<SavedFile, string>>;
  /** Saves text where the user chooses (saveFile.ts), with the dialog attached to the caller's window. */
  readonly saveFile: (request: SaveFileRequest, caller: IpcCaller) => Promise<Result<SavedFile, string>>;
  /** Reads a file the user picks (openFile.ts), with the dialog attached to the caller's window. */
  readonly openFile: (request: OpenFileRequest, caller: IpcCaller) => Promise<Result<OpenedFile, string>>;
  /** The backups folder (backupStore.ts). */
  readonly backups: {
    write(request: WriteBackupRequest): Promise<Result<BackupEntry, string>>;
    list(): Promise<Result<BackupEntry[], string>>;
    read(id: string): Promise<Result<string, string>>;
  };
  /** The page `caller` has written its last backups before a quit (finalBackup.ts). */
  readonly readyToQuit: (caller: IpcCaller) => void;
}

function senderUrl(event: IpcSenderEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Electron throws when the frame was disposed while the call was in flight: treat as unknown.
    return null;
  }
}

/** Wraps a capability with the sender and payload checks every handler needs. */
function guarded<K extends InvokeMethod>(
  method: K,
  appBaseUrl: string,
  run: (payload: InvokeRequest<K>, caller: IpcCaller) => Promise<InvokeResponse<K>>,
): IpcHandler<K> {
  return async (event, payload) => {
    const url = senderUrl(event);
    if (url === null || !isAppUrl(url, appBaseUrl)) {
      return err(`${method} refused: the call does not come from the app's own page.`);
    }
    const parsed = IPC_REQUEST_SCHEMAS[method].safeParse(payload);
    if (!parsed.success) {
      return err(`${method} refused: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    }
    return ok(await run(parsed.data as InvokeRequest<K>, event.sender));
  };
}

/** Sends progress to the page that asked, unless it was closed meanwhile. */
function progressReporter(caller: IpcCaller): (progress: ExportProgress) => void {
  return (progress) => {
    if (!caller.isDestroyed()) caller.send(IPC_CHANNELS.onExportProgress, progress);
  };
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  // One PDF export at a time: each holds a hidden window and its own copy of the board in memory,
  // and a second click on Export while the first runs is nearly always a mistake.
  let exportRunning = false;

  return {
    getAppInfo: guarded('getAppInfo', deps.appBaseUrl, async () => deps.appInfo),

    openExternal: guarded('openExternal', deps.appBaseUrl, async (url) => {
      const href = safeExternalHref(url);
      if (href === null) return err('Only web links (http or https) without a user name or password can be opened.');
      try {
        await deps.openExternal(href);
        return ok(undefined);
      } catch (error) {
        return err(`The link could not be opened: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),

    exportPdf: guarded('exportPdf', deps.appBaseUrl, async (request, caller) => {
      if (exportRunning) return err('A PDF export is already running. Wait for it to finish, then try again.');
      exportRunning = true;
      try {
        return await deps.exportPdf(request, caller, progressReporter(caller));
      } finally {
        exportRunning = false;
      }
    }),

    saveFile: guarded('saveFile', deps.appBaseUrl, (request, caller) => deps.saveFile(request, caller)),

    openFile: guarded('openFile', deps.appBaseUrl, (request, caller) => deps.openFile(request, caller)),

    writeBackup: guarded('writeBackup', deps.appBaseUrl, (request) => deps.backups.write(request)),

    listBackups: guarded('listBackups', deps.appBaseUrl, () => deps.backups.list()),

    readBackup: guarded('readBackup', deps.appBaseUrl, (id) => deps.backups.read(id)),

    readyToQuit: guarded('readyToQuit', deps.appBaseUrl, async (_payload, caller) => {
      deps.readyToQuit(caller);
    }),
  };
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, payload: unknown) => Promise<unknown>): void;
}

export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcHandlerDeps): IpcHandlers {
  const handlers = createIpcHandlers(deps);
  for (const method of INVOKE_METHODS) {
    const handler: IpcHandler<InvokeMethod> = handlers[method];
    ipcMain.handle(IPC_CHANNELS[method], (event, payload) => handler(event, payload));
  }
  return handlers;
}
