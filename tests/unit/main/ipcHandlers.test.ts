import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type IpcCaller, type IpcHandlerDeps, type IpcSenderEvent } from '../../../src/main/ipcHandlers';
import { ok, type Result } from '../../../src/shared/domain/result';
import {
  bridgeReplySchema,
  INVOKE_METHODS,
  IPC_CHANNELS,
  MAX_SAVE_FILE_BYTES,
  type ExportPdfRequest,
  type ExportProgress,
  type OpenedFile,
  type OpenFileRequest,
  type SavedFile,
  type SaveFileRequest,
} from '../../../src/shared/ipc/contract';

const APP = 'file:///app/out/renderer/index.html';

function fakeCaller(destroyed = false) {
  return { send: vi.fn((_channel: string, _payload: unknown) => {}), isDestroyed: vi.fn(() => destroyed) } satisfies IpcCaller;
}

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
  const deps: IpcHandlerDeps = {
    appBaseUrl: APP,
    appInfo: { name: 'RACI Board', version: '1.2.3', platform: 'linux' },
    openExternal,
    exportPdf,
    saveFile,
    openFile,
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), deps, openExternal, exportPdf, saveFile, openFile };
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
  });
});
