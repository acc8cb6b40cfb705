import { vi } from 'vitest';
import { ok } from '../../../../src/shared/domain/result';
import type { RaciBridge } from '../../../../src/shared/ipc/contract';
import type { HiddenFileInput, HiddenLink, PlatformEnvironment, ReadableFile } from '../../../../src/renderer/src/platform/platformEnvironment';

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
  } satisfies RaciBridge;
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
  } satisfies PlatformEnvironment;
  return { env, link, input, blobs };
}

/** A file that records whether it was read. */
export function fakeFile(name: string, bytes: Uint8Array, size = bytes.byteLength) {
  return {
    name,
    size,
    arrayBuffer: vi.fn(async () => bytes.slice().buffer),
  } satisfies ReadableFile;
}
