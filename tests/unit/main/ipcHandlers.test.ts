import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type IpcCaller, type IpcHandlerDeps, type IpcSenderEvent } from '../../../src/main/ipcHandlers';
import { ok, type Result } from '../../../src/shared/domain/result';
import {
  bridgeReplySchema,
  INVOKE_METHODS,
  IPC_CHANNELS,
  MAX_BACKUP_BYTES,
  MAX_SAVE_FILE_BYTES,
  type BackupEntry,
  type InvokeMethod,
  type ExportPdfRequest,
  type ExportProgress,
  type OpenedFile,
  type OpenFileRequest,
  type SavedFile,
  type SaveFileRequest,
  type WriteBackupRequest,
} from '../../../src/shared/ipc/contract';

const APP = 'file:///app/out/renderer/index.html';

function fakeCaller(destroyed = false) {
  return { send: vi.fn((_channel: string, _payload: unknown) => {}), isDestroyed: vi.fn(() => destroyed) } satisfies IpcCaller;
}

const backupEntry: BackupEntry = {
  id: 'Launch-plan_1a2b3c4d_2026-01-05T10-30-00-123Z',
  boardId: 'b1',
  boardName: 'Launch plan',
  savedAt: Date.UTC(2026, 0, 5, 10, 30, 0, 123),
  updatedAt: Date.UTC(2026, 0, 5, 10, 29),
  bytes: 2048,
};
const backupRequest: WriteBackupRequest = { boardId: 'b1', boardName: 'Launch plan', updatedAt: 1, json: '{"kind":"raci-board","version":1,"board":{"id":"b1"}}' };

const appPage = fakeCaller();
const fromApp: IpcSenderEvent = { senderFrame: { url: `${APP}#/board/b1` }, sender: appPage };
const foreignSenders: [string, IpcSenderEvent][] = [
  ['a web page', { senderFrame: { url: 'https://evil.example/' }, sender: fakeCaller() }],
  ['another local file', { senderFrame: { url: 'file:///home/me/Downloads/page.html' }, sender: fakeCaller() }],
  ['a disposed frame', { senderFrame: null, sender: fakeCaller() }],
  [
    'a frame that throws when read',
    {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: fakeCaller(),
    },
  ],
];

function setup(overrides: Partial<IpcHandlerDeps> = {}) {
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const exportPdf = vi.fn(
    async (_request: ExportPdfRequest, _caller: IpcCaller, _onProgress: (progress: ExportProgress) => void): Promise<Result<SavedFile, string>> =>
      ok({ path: '/home/me/plan.pdf' }),
  );
  const saveFile = vi.fn(async (_request: SaveFileRequest, _caller: IpcCaller): Promise<Result<SavedFile, string>> => ok({ path: '/home/me/plan.csv' }));
  const openFile = vi.fn(async (_request: OpenFileRequest, _caller: IpcCaller): Promise<Result<OpenedFile, string>> => ok({ name: 'plan.csv', text: 'a,b' }));
  const backups = {
    write: vi.fn(async (_request: WriteBackupRequest): Promise<Result<BackupEntry, string>> => ok(backupEntry)),
    list: vi.fn(async (): Promise<Result<BackupEntry[], string>> => ok([backupEntry])),
    read: vi.fn(async (_id: string): Promise<Result<string, string>> => ok('{"kind":"raci-board"}')),
  };
  const readyToQuit = vi.fn((_caller: IpcCaller) => {});
  const deps: IpcHandlerDeps = {
    appBaseUrl: APP,
    appInfo: { name: 'RACI Board', version: '1.2.3', platform: 'linux' },
    openExternal,
    exportPdf,
    saveFile,
    openFile,
    backups,
    readyToQuit,
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), deps, openExternal, exportPdf, saveFile, openFile, backups, readyToQuit };
}

describe('createIpcHandlers', () => {
  it('has one handler per invoke method of the contract', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual([...INVOKE_METHODS].sort());
  });
});

describe('getAppInfo', () => {
  it('returns the app info when the app page asks', async () => {
    const reply = await setup().handlers.getAppInfo(fromApp, undefined);
    expect(reply).toEqual({ ok: true, value: { name: 'RACI Board', version: '1.2.3', platform: 'linux' } });
    expect(bridgeReplySchema('getAppInfo').safeParse(reply).success).toBe(true);
  });

  it.each(foreignSenders)('refuses when the sender is %s', async (_kind, event) => {
    const reply = await setup().handlers.getAppInfo(event, undefined);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/app's own page/);
  });

  it('refuses when a payload is sent to a method that takes none', async () => {
    const reply = await setup().handlers.getAppInfo(fromApp, { sneaky: true });
    expect(reply.ok).toBe(false);
  });
});

describe('openExternal', () => {
  it('opens the link and returns ok when the app page asks for an https link', async () => {
    const { handlers, openExternal } = setup();
    const reply = await handlers.openExternal(fromApp, 'https://example.com/raci');
    expect(reply).toEqual({ ok: true, value: { ok: true, value: undefined } });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/raci');
    expect(bridgeReplySchema('openExternal').safeParse(reply).success).toBe(true);
  });

  it('hands the browser the checked form of the link when it has stray whitespace', async () => {
    const { handlers, openExternal } = setup();
    await handlers.openExternal(fromApp, ' https://example.com/a b');
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://user:pw@example.com/', 'nonsense'])(
    'answers with a readable error and opens nothing when the link is %s',
    async (url) => {
      const { handlers, openExternal } = setup();
      const reply = await handlers.openExternal(fromApp, url);
      expect(reply.ok).toBe(true);
      if (reply.ok) expect(reply.value).toEqual({ ok: false, error: expect.stringMatching(/http or https/) });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['a number', 42],
    ['nothing', undefined],
    ['null', null],
    ['an object', { url: 'https://example.com' }],
    ['an empty string', ''],
    ['an over-long string', `https://example.com/${'a'.repeat(5000)}`],
  ])('refuses without throwing when the payload is %s', async (_kind, payload) => {
    const { handlers, openExternal } = setup();
    const reply = await handlers.openExternal(fromApp, payload);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^openExternal refused/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and opens nothing when the sender is %s', async (_kind, event) => {
    const { handlers, openExternal } = setup();
    const reply = await handlers.openExternal(event, 'https://example.com/');
    expect(reply.ok).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('returns the browser failure as an error when the link cannot be opened', async () => {
    const { handlers } = setup({ openExternal: () => Promise.reject(new Error('no handler for https')) });
    const reply = await handlers.openExternal(fromApp, 'https://example.com/');
    expect(reply).toEqual({ ok: true, value: { ok: false, error: expect.stringContaining('no handler for https') } });
  });
});

const pdfRequest: ExportPdfRequest = { boardId: 'b1', fileName: 'Launch plan.pdf', paper: 'A4', orientation: 'landscape', parts: ['lanes', 'matrix'] };

describe('exportPdf', () => {
  it('runs the export for the calling page and returns its result when the app page asks', async () => {
    const { handlers, exportPdf } = setup();
    const reply = await handlers.exportPdf(fromApp, pdfRequest);
    expect(reply).toEqual({ ok: true, value: { ok: true, value: { path: '/home/me/plan.pdf' } } });
    expect(exportPdf).toHaveBeenCalledExactlyOnceWith(pdfRequest, appPage, expect.any(Function));
    expect(bridgeReplySchema('exportPdf').safeParse(reply).success).toBe(true);
  });

  it('sends progress to the page that asked, on the progress channel', async () => {
    const caller = fakeCaller();
    const { handlers } = setup({
      exportPdf: async (_request, _caller, onProgress) => {
        onProgress({ stage: 'rendering', message: 'Preparing the pages…' });
        return ok(null);
      },
    });
    await handlers.exportPdf({ ...fromApp, sender: caller }, pdfRequest);
    expect(caller.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onExportProgress, { stage: 'rendering', message: 'Preparing the pages…' });
  });

  it('sends no progress when the page that asked was closed meanwhile', async () => {
    const caller = fakeCaller(true);
    const { handlers } = setup({
      exportPdf: async (_request, _caller, onProgress) => {
        onProgress({ stage: 'done', message: 'Export cancelled.' });
        return ok(null);
      },
    });
    await handlers.exportPdf({ ...fromApp, sender: caller }, pdfRequest);
    expect(caller.send).not.toHaveBeenCalled();
  });

  it('refuses a second export while one is running, and accepts one again after it ends', async () => {
    let finish: (result: Result<SavedFile, string>) => void = () => {};
    const exportPdf = vi.fn(() => new Promise<Result<SavedFile, string>>((resolve) => (finish = resolve)));
    const { handlers } = setup({ exportPdf });
    const first = handlers.exportPdf(fromApp, pdfRequest);
    expect(await handlers.exportPdf(fromApp, pdfRequest)).toEqual({ ok: true, value: { ok: false, error: expect.stringMatching(/already running/) } });
    finish(ok(null));
    expect(await first).toEqual({ ok: true, value: { ok: true, value: null } });
    void handlers.exportPdf(fromApp, pdfRequest);
    expect(exportPdf).toHaveBeenCalledTimes(2);
  });

  it('accepts a new export after one that threw', async () => {
    const exportPdf = vi.fn().mockRejectedValueOnce(new Error('bug')).mockResolvedValueOnce(ok(null));
    const { handlers } = setup({ exportPdf });
    await expect(handlers.exportPdf(fromApp, pdfRequest)).rejects.toThrow('bug');
    expect(await handlers.exportPdf(fromApp, pdfRequest)).toEqual({ ok: true, value: { ok: true, value: null } });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'b1'],
    ['no parts', { ...pdfRequest, parts: [] }],
    ['an unknown part', { ...pdfRequest, parts: ['lanes', 'passwords'] }],
    ['an unknown paper size', { ...pdfRequest, paper: 'A0' }],
    ['an unknown orientation', { ...pdfRequest, orientation: 'upside-down' }],
    ['an empty board id', { ...pdfRequest, boardId: '' }],
    ['an over-long board id', { ...pdfRequest, boardId: 'b'.repeat(201) }],
    ['a file name that is not text', { ...pdfRequest, fileName: 42 }],
    ['an extra field', { ...pdfRequest, url: 'https://evil.example/' }],
  ])('refuses without throwing and exports nothing when the payload is %s', async (_kind, payload) => {
    const { handlers, exportPdf } = setup();
    const reply = await handlers.exportPdf(fromApp, payload);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^exportPdf refused/) });
    expect(exportPdf).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and exports nothing when the sender is %s', async (_kind, event) => {
    const { handlers, exportPdf } = setup();
    expect((await handlers.exportPdf(event, pdfRequest)).ok).toBe(false);
    expect(exportPdf).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  it('saves for the calling page and returns the path when the app page asks', async () => {
    const { handlers, saveFile } = setup();
    const request = { fileName: 'plan.csv', content: '\uFEFFTask\r\n', kind: 'csv' };
    const reply = await handlers.saveFile(fromApp, request);
    expect(reply).toEqual({ ok: true, value: { ok: true, value: { path: '/home/me/plan.csv' } } });
    expect(saveFile).toHaveBeenCalledExactlyOnceWith(request, appPage);
  });

  it.each([
    ['nothing', undefined],
    ['another kind', { fileName: 'a.exe', content: 'MZ', kind: 'exe' }],
    ['no file name', { fileName: '', content: '{}', kind: 'json' }],
    ['content that is not text', { fileName: 'a.json', content: { boards: [] }, kind: 'json' }],
    ['content over the size limit', { fileName: 'a.json', content: 'x'.repeat(MAX_SAVE_FILE_BYTES + 1), kind: 'json' }],
    ['an extra field', { fileName: 'a.json', content: '{}', kind: 'json', path: '/etc/passwd' }],
  ])('refuses without throwing and writes nothing when the payload is %s', async (_kind, payload) => {
    const { handlers, saveFile } = setup();
    expect(await handlers.saveFile(fromApp, payload)).toEqual({ ok: false, error: expect.stringMatching(/^saveFile refused/) });
    expect(saveFile).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and writes nothing when the sender is %s', async (_kind, event) => {
    const { handlers, saveFile } = setup();
    expect((await handlers.saveFile(event, { fileName: 'a.json', content: '{}', kind: 'json' })).ok).toBe(false);
    expect(saveFile).not.toHaveBeenCalled();
  });
});

describe('openFile', () => {
  it('opens for the calling page and returns the name and text when the app page asks', async () => {
    const { handlers, openFile } = setup();
    const reply = await handlers.openFile(fromApp, { kinds: ['json', 'csv'] });
    expect(reply).toEqual({ ok: true, value: { ok: true, value: { name: 'plan.csv', text: 'a,b' } } });
    expect(openFile).toHaveBeenCalledExactlyOnceWith({ kinds: ['json', 'csv'] }, appPage);
    expect(bridgeReplySchema('openFile').safeParse(reply).success).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['no kinds', { kinds: [] }],
    ['another kind', { kinds: ['exe'] }],
    ['a path', { kinds: ['csv'], path: '/etc/passwd' }],
    ['a bare kind', 'csv'],
  ])('refuses without throwing and opens nothing when the payload is %s', async (_kind, payload) => {
    const { handlers, openFile } = setup();
    expect(await handlers.openFile(fromApp, payload)).toEqual({ ok: false, error: expect.stringMatching(/^openFile refused/) });
    expect(openFile).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and opens nothing when the sender is %s', async (_kind, event) => {
    const { handlers, openFile } = setup();
    expect((await handlers.openFile(event, { kinds: ['csv'] })).ok).toBe(false);
    expect(openFile).not.toHaveBeenCalled();
  });
});

describe('writeBackup', () => {
  it('writes the snapshot and returns its entry when the app page asks', async () => {
    const { handlers, backups } = setup();
    const reply = await handlers.writeBackup(fromApp, backupRequest);
    expect(reply).toEqual({ ok: true, value: { ok: true, value: backupEntry } });
    expect(backups.write).toHaveBeenCalledExactlyOnceWith(backupRequest);
    expect(bridgeReplySchema('writeBackup').safeParse(reply).success).toBe(true);
  });

  it('passes a failed write through as a value', async () => {
    const { handlers } = setup({ backups: { ...setup().backups, write: async () => ({ ok: false, error: 'The disk is full.' }) } });
    expect(await handlers.writeBackup(fromApp, backupRequest)).toEqual({ ok: true, value: { ok: false, error: 'The disk is full.' } });
  });

  it.each([
    ['nothing', undefined],
    ['a bare string', '{"kind":"raci-board"}'],
    ['no board id', { ...backupRequest, boardId: '' }],
    ['an over-long board id', { ...backupRequest, boardId: 'b'.repeat(201) }],
    ['no board name', { ...backupRequest, boardName: '' }],
    ['a time that is not a number', { ...backupRequest, updatedAt: '2026-01-05' }],
    ['a negative time', { ...backupRequest, updatedAt: -1 }],
    ['an infinite time', { ...backupRequest, updatedAt: Number.POSITIVE_INFINITY }],
    ['an empty snapshot', { ...backupRequest, json: '' }],
    ['a snapshot that is not text', { ...backupRequest, json: { board: {} } }],
    ['a snapshot over the size limit', { ...backupRequest, json: 'x'.repeat(MAX_BACKUP_BYTES + 1) }],
    ['a path to write to', { ...backupRequest, path: '../../.bashrc' }],
  ])('refuses without throwing and writes nothing when the payload is %s', async (_kind, payload) => {
    const { handlers, backups } = setup();
    expect(await handlers.writeBackup(fromApp, payload)).toEqual({ ok: false, error: expect.stringMatching(/^writeBackup refused/) });
    expect(backups.write).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and writes nothing when the sender is %s', async (_kind, event) => {
    const { handlers, backups } = setup();
    expect((await handlers.writeBackup(event, backupRequest)).ok).toBe(false);
    expect(backups.write).not.toHaveBeenCalled();
  });
});

describe('listBackups', () => {
  it('returns every backup when the app page asks', async () => {
    const { handlers } = setup();
    const reply = await handlers.listBackups(fromApp, undefined);
    expect(reply).toEqual({ ok: true, value: { ok: true, value: [backupEntry] } });
    expect(bridgeReplySchema('listBackups').safeParse(reply).success).toBe(true);
  });

  it('refuses when a payload is sent to it', async () => {
    const { handlers, backups } = setup();
    expect(await handlers.listBackups(fromApp, { folder: '/etc' })).toEqual({ ok: false, error: expect.stringMatching(/^listBackups refused/) });
    expect(backups.list).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and lists nothing when the sender is %s', async (_kind, event) => {
    const { handlers, backups } = setup();
    expect((await handlers.listBackups(event, undefined)).ok).toBe(false);
    expect(backups.list).not.toHaveBeenCalled();
  });
});

describe('readBackup', () => {
  it('returns the text of the backup when the app page asks with a backup id', async () => {
    const { handlers, backups } = setup();
    const reply = await handlers.readBackup(fromApp, backupEntry.id);
    expect(reply).toEqual({ ok: true, value: { ok: true, value: '{"kind":"raci-board"}' } });
    expect(backups.read).toHaveBeenCalledExactlyOnceWith(backupEntry.id);
    expect(bridgeReplySchema('readBackup').safeParse(reply).success).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['a parent folder', '..'],
    ['a relative path', '../window-state'],
    ['a path inside a backup id', `${backupEntry.id}/../../window-state`],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['a file name with its extension', `${backupEntry.id}.raci.json`],
    ['an id with a NUL byte', `${backupEntry.id}\u0000`],
    ['the index file', 'index'],
    ['an id wrapped in an object', { id: backupEntry.id }],
  ])('refuses without throwing and reads nothing when the id is %s', async (_kind, payload) => {
    const { handlers, backups } = setup();
    expect(await handlers.readBackup(fromApp, payload)).toEqual({ ok: false, error: expect.stringMatching(/^readBackup refused/) });
    expect(backups.read).not.toHaveBeenCalled();
  });

  it.each(foreignSenders)('refuses and reads nothing when the sender is %s', async (_kind, event) => {
    const { handlers, backups } = setup();
    expect((await handlers.readBackup(event, backupEntry.id)).ok).toBe(false);
    expect(backups.read).not.toHaveBeenCalled();
  });
});

describe('readyToQuit', () => {
  it('tells the quit which page has finished when the app page says so', async () => {
    const caller = fakeCaller();
    const { handlers, readyToQuit } = setup();
    expect(await handlers.readyToQuit({ ...fromApp, sender: caller }, undefined)).toEqual({ ok: true, value: undefined });
    expect(readyToQuit).toHaveBeenCalledExactlyOnceWith(caller);
  });

  it('refuses a payload, and a foreign sender, without telling the quit anything', async () => {
    const { handlers, readyToQuit } = setup();
    expect((await handlers.readyToQuit(fromApp, 'now')).ok).toBe(false);
    for (const [, event] of foreignSenders) expect((await handlers.readyToQuit(event, undefined)).ok).toBe(false);
    expect(readyToQuit).not.toHaveBeenCalled();
  });
});

describe('every handler', () => {
  // A payload no method of the contract accepts: each handler must answer a refusal, not throw.
  const garbage: unknown[] = [Symbol('x'), () => 1, { __proto__: { boardId: 'b1' } }, [1, 2, 3], Number.NaN, new Uint8Array(3)];

  it.each(INVOKE_METHODS.map((method) => [method] as const))('%s refuses malformed payloads with a value and never calls its capability', async (method: InvokeMethod) => {
    const { handlers, openExternal, exportPdf, saveFile, openFile, backups, readyToQuit } = setup();
    for (const payload of garbage) {
      const reply = await handlers[method](fromApp, payload);
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${method} refused`)) });
    }
    for (const capability of [openExternal, exportPdf, saveFile, openFile, backups.write, backups.list, backups.read, readyToQuit]) expect(capability).not.toHaveBeenCalled();
  });

  it.each(INVOKE_METHODS.map((method) => [method] as const))('%s refuses a call from a web page before looking at the payload', async (method: InvokeMethod) => {
    const { handlers } = setup();
    const reply = await handlers[method]({ senderFrame: { url: 'https://evil.example/' }, sender: fakeCaller() }, undefined);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/app's own page/) });
  });
});

describe('registerIpcHandlers', () => {
  it('handles every invoke channel, each with its own handler', async () => {
    const registered = new Map<string, (event: IpcSenderEvent, payload: unknown) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, listener: (event: IpcSenderEvent, payload: unknown) => Promise<unknown>) => registered.set(channel, listener)) };
    const { deps, openExternal, saveFile } = setup();
    registerIpcHandlers(ipcMain, { ...deps, appInfo: { name: 'RACI Board', version: '1.2.3', platform: 'darwin' } });

    expect([...registered.keys()].sort()).toEqual(INVOKE_METHODS.map((method) => IPC_CHANNELS[method]).sort());
    await expect(registered.get(IPC_CHANNELS.getAppInfo)?.(fromApp, undefined)).resolves.toMatchObject({ ok: true, value: { platform: 'darwin' } });
    await registered.get(IPC_CHANNELS.openExternal)?.(fromApp, 'https://example.com/');
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    await registered.get(IPC_CHANNELS.saveFile)?.(fromApp, { fileName: 'a.json', content: '{}', kind: 'json' });
    expect(saveFile).toHaveBeenCalledOnce();
  });

  it('does not register the event channels, which main only sends on', () => {
    const ipcMain = { handle: vi.fn() };
    registerIpcHandlers(ipcMain, setup().deps);
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).not.toContain(IPC_CHANNELS.onMenuAction);
    expect(channels).not.toContain(IPC_CHANNELS.onExportProgress);
    expect(channels).not.toContain(IPC_CHANNELS.onBeforeQuit);
  });
});
