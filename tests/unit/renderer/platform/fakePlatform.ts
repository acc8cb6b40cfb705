import { vi } from 'vitest';
import { err, ok } from '../../../../src/shared/domain/result';
import type { BackupEntry, RaciBridge } from '../../../../src/shared/ipc/contract';
import type { BrowserBackupStore } from '../../../../src/renderer/src/platform/browserBackupStore';
import type { HiddenFileInput, HiddenLink, PlatformEnvironment, ReadableFile } from '../../../../src/renderer/src/platform/platformEnvironment';

export const backupEntry: BackupEntry = {
  id: 'Launch-plan_1a2b3c4d_2026-01-05T10-30-00-123Z',
  boardId: 'b1',
  boardName: 'Launch plan',
  savedAt: Date.UTC(2026, 0, 5, 10, 30, 0, 123),
  updatedAt: Date.UTC(2026, 0, 5, 10, 29),
  bytes: 2048,
};

/** A desktop bridge whose every method is a mock answering a plausible default. */
export function fakeBridge() {
  return {
    getAppInfo: vi.fn<RaciBridge['getAppInfo']>(async () => ({ name: 'RACI Board', version: '0.1.0', platform: 'linux' })),
    openExternal: vi.fn<RaciBridge['openExternal']>(async () => ok(undefined)),
    exportPdf: vi.fn<RaciBridge['exportPdf']>(async () => ok({ path: '/home/me/plan.pdf' })),
    saveFile: vi.fn<RaciBridge['saveFile']>(async () => ok({ path: '/home/me/plan.csv' })),
    openFile: vi.fn<RaciBridge['openFile']>(async () => ok({ name: 'plan.csv', text: 'Task,PM' })),
    onMenuAction: vi.fn<RaciBridge['onMenuAction']>(() => () => {}),
    onExportProgress: vi.fn<RaciBridge['onExportProgress']>(() => () => {}),
    writeBackup: vi.fn<RaciBridge['writeBackup']>(async () => ok(backupEntry)),
    listBackups: vi.fn<RaciBridge['listBackups']>(async () => ok([backupEntry])),
    readBackup: vi.fn<RaciBridge['readBackup']>(async () => ok('{"kind":"raci-board"}')),
    readyToQuit: vi.fn<RaciBridge['readyToQuit']>(async () => {}),
    onBeforeQuit: vi.fn<RaciBridge['onBeforeQuit']>(() => () => {}),
  } satisfies RaciBridge;
}

/** A browser backup store whose every method is a mock that fails, so a test sees if it was used. */
export function fakeBrowserBackups() {
  return {
    write: vi.fn<BrowserBackupStore['write']>(async () => err('not in the browser')),
    list: vi.fn<BrowserBackupStore['list']>(async () => err('not in the browser')),
    read: vi.fn<BrowserBackupStore['read']>(async () => err('not in the browser')),
  } satisfies BrowserBackupStore;
}

export function fakeLink() {
  return { href: '', download: '', click: vi.fn(), remove: vi.fn() } satisfies HiddenLink;
}

/** A file input whose 'change' and 'cancel' listeners the test fires itself. */
export function fakeFileInput() {
  const listeners = new Map<string, (() => void)[]>();
  const input = {
    accept: '',
    files: null as ReadableFile[] | null,
    addEventListener: vi.fn((type: 'change' | 'cancel', listener: () => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    }),
    click: vi.fn(),
    remove: vi.fn(),
    fire(type: 'change' | 'cancel') {
      for (const listener of listeners.get(type) ?? []) listener();
    },
  } satisfies HiddenFileInput & { fire(type: string): void };
  return input;
}

/** The web edition's environment, every piece a mock. */
export function fakeWebEnvironment() {
  const link = fakeLink();
  const input = fakeFileInput();
  const blobs: Blob[] = [];
  const backups = fakeBrowserBackups();
  const env = {
    bridge: null,
    goTo: vi.fn((_hash: string) => {}),
    addHiddenLink: vi.fn(() => link),
    addHiddenFileInput: vi.fn(() => input),
    createObjectUrl: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:raci/${blobs.length}`;
    }),
    revokeObjectUrl: vi.fn((_url: string) => {}),
    later: vi.fn((_callback: () => void, _ms: number) => {}),
    browserBackups: vi.fn(async () => backups),
  } satisfies PlatformEnvironment;
  return { env, link, input, blobs, backups };
}

/** A file that records whether it was read. */
export function fakeFile(name: string, bytes: Uint8Array, size = bytes.byteLength) {
  return {
    name,
    size,
    arrayBuffer: vi.fn(async () => bytes.slice().buffer),
  } satisfies ReadableFile;
}
