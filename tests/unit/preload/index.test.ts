import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_METHODS, IPC_CHANNELS, type RaciBridge } from '../../../src/shared/ipc/contract';

// The real 'electron' module would try to download the Electron binary: replace it entirely.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

async function loadBridge(): Promise<RaciBridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../../src/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, RaciBridge];
  expect(key).toBe('raci');
  return api;
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.on.mockReset();
  electron.ipcRenderer.removeListener.mockReset();
});

describe('preload', () => {
  it('exposes exactly the methods of the contract, all functions, as window.raci', async () => {
    const api = await loadBridge();
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_METHODS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or a generic send', async () => {
    const api = await loadBridge();
    const exposed = Object.values(api) as unknown[];
    expect(exposed).not.toContain(electron.ipcRenderer);
    expect(exposed).not.toContain(electron.ipcRenderer.invoke);
    expect(exposed).not.toContain(electron.ipcRenderer.send);
    expect(Object.keys(api)).not.toContain('send');
    expect(Object.keys(api)).not.toContain('invoke');
  });
});

describe('getAppInfo', () => {
  it('invokes its channel with no payload and resolves to the app info when main accepts', async () => {
    const api = await loadBridge();
    const info = { name: 'RACI Board', version: '1.0.0', platform: 'linux' };
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: info });
    await expect(api.getAppInfo()).resolves.toEqual(info);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.getAppInfo, undefined);
  });

  it('rejects with main\'s reason when main refuses the call', async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error: "getAppInfo refused: the call does not come from the app's own page." });
    await expect(api.getAppInfo()).rejects.toThrow(/getAppInfo refused/);
  });
});

describe('openExternal', () => {
  it('invokes its channel with the link and resolves to main\'s result when main accepts', async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { ok: false, error: 'Only web links...' } });
    await expect(api.openExternal('javascript:alert(1)')).resolves.toEqual({ ok: false, error: 'Only web links...' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.openExternal, 'javascript:alert(1)');
  });
});

describe('exportPdf, saveFile and openFile', () => {
  const request = { boardId: 'b1', fileName: 'Plan.pdf', paper: 'A4', orientation: 'landscape', parts: ['lanes'] } as const;

  it.each([
    ['exportPdf', (api: RaciBridge) => api.exportPdf({ ...request, parts: [...request.parts] }), { ...request, parts: ['lanes'] }],
    ['saveFile', (api: RaciBridge) => api.saveFile({ fileName: 'plan.csv', content: '\uFEFFa,b', kind: 'csv' }), { fileName: 'plan.csv', content: '\uFEFFa,b', kind: 'csv' }],
    ['openFile', (api: RaciBridge) => api.openFile({ kinds: ['json'] }), { kinds: ['json'] }],
  ] as const)("%s invokes its own channel with the request and resolves to main's result", async (method, call, payload) => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { ok: true, value: null } });
    await expect(call(api)).resolves.toEqual({ ok: true, value: null });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS[method], payload);
  });

  it('passes an expected failure through as a value when main answers one', async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { ok: false, error: 'The disk is full.' } });
    await expect(api.saveFile({ fileName: 'a.json', content: '{}', kind: 'json' })).resolves.toEqual({ ok: false, error: 'The disk is full.' });
  });

  it('rejects with main\'s reason when main refuses the payload', async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error: 'exportPdf refused: choose at least one part of the board to export' });
    await expect(api.exportPdf({ ...request, parts: [] })).rejects.toThrow(/exportPdf refused/);
  });
});

describe('writeBackup, listBackups, readBackup and readyToQuit', () => {
  const request = { boardId: 'b1', boardName: 'Plan', updatedAt: 5, json: '{"kind":"raci-board"}' };

  it.each([
    ['writeBackup', (api: RaciBridge) => api.writeBackup(request), request],
    ['listBackups', (api: RaciBridge) => api.listBackups(), undefined],
    ['readBackup', (api: RaciBridge) => api.readBackup('Plan_1a2b3c4d_2026-01-05T10-30-00-123Z'), 'Plan_1a2b3c4d_2026-01-05T10-30-00-123Z'],
  ] as const)("%s invokes its own channel with the request and resolves to main's result", async (method, call, payload) => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { ok: false, error: 'The disk is full.' } });
    await expect(call(api)).resolves.toEqual({ ok: false, error: 'The disk is full.' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS[method], payload);
  });

  it('readyToQuit invokes its channel with no payload', async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: undefined });
    await expect(api.readyToQuit()).resolves.toBeUndefined();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.readyToQuit, undefined);
  });

  it("rejects with main's reason when main refuses a backup id", async () => {
    const api = await loadBridge();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error: 'readBackup refused: not a backup id' });
    await expect(api.readBackup('../../etc/passwd')).rejects.toThrow(/readBackup refused/);
  });
});

describe('onBeforeQuit', () => {
  it('calls the listener with nothing from the IPC event, and removes exactly that listener when unsubscribed', async () => {
    const api = await loadBridge();
    const listener = vi.fn();
    const unsubscribe = api.onBeforeQuit(listener);
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(IPC_CHANNELS.onBeforeQuit);
    relay({ sender: electron.ipcRenderer, ports: [] }, { sneaky: true });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]).toEqual([]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onBeforeQuit, relay);
  });
});

describe('onExportProgress', () => {
  it('passes only the progress to the listener and removes exactly that listener when unsubscribed', async () => {
    const api = await loadBridge();
    const listener = vi.fn();
    const unsubscribe = api.onExportProgress(listener);
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(IPC_CHANNELS.onExportProgress);
    relay({ sender: electron.ipcRenderer, ports: [] }, { stage: 'saving', message: 'Saving the PDF…' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ stage: 'saving', message: 'Saving the PDF…' });
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onExportProgress, relay);
  });
});

describe('onMenuAction', () => {
  it('passes only the action, never the IPC event, when main sends a menu action', async () => {
    const api = await loadBridge();
    const listener = vi.fn();
    api.onMenuAction(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as [string, (event: unknown, action: unknown) => void];
    expect(channel).toBe(IPC_CHANNELS.onMenuAction);
    relay({ sender: electron.ipcRenderer, ports: [] }, 'undo');
    expect(listener).toHaveBeenCalledExactlyOnceWith('undo');
  });

  it('removes exactly the listener it added when unsubscribed', async () => {
    const api = await loadBridge();
    const unsubscribe = api.onMenuAction(vi.fn());
    const relay = electron.ipcRenderer.on.mock.calls[0]?.[1];
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onMenuAction, relay);
  });
});

describe('preload runtime imports', () => {
  // A sandboxed preload can require only 'electron'; anything else it imports at runtime must be
  // bundled source. Bare packages (zod...) are left external by the build and would fail to load.
  const importPattern = /^\s*(import|export)\s+(?!type\b)([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

  function runtimeImports(file: string, seen = new Set<string>()): string[] {
    if (seen.has(file)) return [];
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const bare: string[] = [];
    for (const match of source.matchAll(importPattern)) {
      const clause = match[2] ?? '';
      const specifier = match[3] ?? '';
      // `import { type A, type B } from` is erased too.
      if (/^\{\s*(type\s+\w+\s*,?\s*)+\}\s+from\s+$/.test(clause.trim() + ' ')) continue;
      if (specifier.startsWith('.')) bare.push(...runtimeImports(resolve(dirname(file), `${specifier}.ts`), seen));
      else bare.push(specifier);
    }
    return bare;
  }

  it('imports no package but electron, directly or through the modules it uses', () => {
    const imports = runtimeImports(resolve(__dirname, '../../../src/preload/index.ts'));
    expect(imports).toContain('electron');
    expect(imports.filter((specifier) => specifier !== 'electron')).toEqual([]);
  });
});
