/**
 * The channel name behind each bridge method. Kept apart from contract.ts, and free of runtime
 * imports, because the sandboxed preload needs these names and can load nothing but `electron`
 * and its own bundle (contract.ts pulls in zod).
 */
import type { RaciBridge } from './contract';

export const IPC_CHANNELS = {
  getAppInfo: 'raci:app:get-info',
  openExternal: 'raci:shell:open-external',
  exportPdf: 'raci:export:pdf',
  saveFile: 'raci:file:save',
  openFile: 'raci:file:open',
  writeBackup: 'raci:backup:write',
  listBackups: 'raci:backup:list',
  readBackup: 'raci:backup:read',
  readyToQuit: 'raci:app:ready-to-quit',
  onBeforeQuit: 'raci:app:before-quit',
  onMenuAction: 'raci:menu:action',
  onExportProgress: 'raci:export:progress',
} as const satisfies Record<keyof RaciBridge, `raci:${string}`>;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
