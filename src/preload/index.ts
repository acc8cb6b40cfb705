/**
 * Exposes the bridge to the page as `window.raci`: exactly the methods of RaciBridge, each bound
 * to its own channel. The page never sees ipcRenderer or an IPC event object.
 *
 * This script runs sandboxed, where only `electron` can be required at runtime: import nothing
 * else at runtime except ipcChannels.ts (types are fine, they vanish in the build).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BridgeReply, EventMethod, EventPayload, InvokeMethod, InvokeRequest, InvokeResponse, RaciBridge } from '../shared/ipc/contract';
import { IPC_CHANNELS } from '../shared/ipc/ipcChannels';

async function invoke<K extends InvokeMethod>(method: K, payload?: InvokeRequest<K>): Promise<InvokeResponse<K>> {
  const reply = (await ipcRenderer.invoke(IPC_CHANNELS[method], payload)) as BridgeReply<InvokeResponse<K>>;
  // A refusal means this page broke the contract (or is not the app's page): a bug, so it throws.
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Subscribes `listener` to an event channel, passing only the payload, never the IPC event. */
function subscribe<K extends EventMethod>(method: K, listener: (payload: EventPayload<K>) => void): () => void {
  const channel = IPC_CHANNELS[method];
  const relay = (_event: IpcRendererEvent, payload: EventPayload<K>) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const raciBridge: RaciBridge = {
  getAppInfo: () => invoke('getAppInfo'),
  openExternal: (url) => invoke('openExternal', url),
  exportPdf: (request) => invoke('exportPdf', request),
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  writeBackup: (request) => invoke('writeBackup', request),
  listBackups: () => invoke('listBackups'),
  readBackup: (id) => invoke('readBackup', id),
  readyToQuit: () => invoke('readyToQuit'),
  onBeforeQuit: (listener) => subscribe('onBeforeQuit', () => listener()),
  onMenuAction: (listener) => subscribe('onMenuAction', listener),
  onExportProgress: (listener) => subscribe('onExportProgress', listener),
};

contextBridge.exposeInMainWorld('raci', raciBridge);
