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
  type BridgeReply,
  type InvokeMethod,
  type InvokeRequest,
  type InvokeResponse,
} from '../shared/ipc/contract';
import { err, ok } from '../shared/domain/result';
import { isAppUrl, safeExternalHref } from './navigationPolicy';

/** The part of Electron's IpcMainInvokeEvent the handlers look at. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export type IpcHandler<K extends InvokeMethod> = (event: IpcSenderEvent, payload: unknown) => Promise<BridgeReply<InvokeResponse<K>>>;
export type IpcHandlers = { readonly [K in InvokeMethod]: IpcHandler<K> };

export interface IpcHandlerDeps {
  /** The URL the app's page is loaded from; calls from any other page are refused. */
  readonly appBaseUrl: string;
  readonly appInfo: AppInfo;
  /** shell.openExternal: resolves once the link was handed to the browser, rejects if it could not be. */
  readonly openExternal: (url: string) => Promise<void>;
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
  run: (payload: InvokeRequest<K>) => Promise<InvokeResponse<K>>,
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
    return ok(await run(parsed.data as InvokeRequest<K>));
  };
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
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
