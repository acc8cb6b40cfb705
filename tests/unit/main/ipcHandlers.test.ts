import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type IpcHandlerDeps, type IpcSenderEvent } from '../../../src/main/ipcHandlers';
import { bridgeReplySchema, INVOKE_METHODS, IPC_CHANNELS } from '../../../src/shared/ipc/contract';

const APP = 'file:///app/out/renderer/index.html';
const fromApp: IpcSenderEvent = { senderFrame: { url: `${APP}#/board/b1` } };
const foreignSenders: [string, IpcSenderEvent][] = [
  ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
  ['another local file', { senderFrame: { url: 'file:///home/me/Downloads/page.html' } }],
  ['a disposed frame', { senderFrame: null }],
  [
    'a frame that throws when read',
    {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    },
  ],
];

function setup(overrides: Partial<IpcHandlerDeps> = {}) {
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const deps: IpcHandlerDeps = {
    appBaseUrl: APP,
    appInfo: { name: 'RACI Board', version: '1.2.3', platform: 'linux' },
    openExternal,
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), openExternal };
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

describe('registerIpcHandlers', () => {
  it('handles every invoke channel, each with its own handler', async () => {
    const registered = new Map<string, (event: IpcSenderEvent, payload: unknown) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, listener: (event: IpcSenderEvent, payload: unknown) => Promise<unknown>) => registered.set(channel, listener)) };
    const { openExternal } = setup();
    registerIpcHandlers(ipcMain, { appBaseUrl: APP, appInfo: { name: 'RACI Board', version: '1.2.3', platform: 'darwin' }, openExternal });

    expect([...registered.keys()].sort()).toEqual(INVOKE_METHODS.map((method) => IPC_CHANNELS[method]).sort());
    await expect(registered.get(IPC_CHANNELS.getAppInfo)?.(fromApp, undefined)).resolves.toMatchObject({ ok: true, value: { platform: 'darwin' } });
    await registered.get(IPC_CHANNELS.openExternal)?.(fromApp, 'https://example.com/');
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('does not register the event channel, which main only sends on', () => {
    const ipcMain = { handle: vi.fn() };
    registerIpcHandlers(ipcMain, { appBaseUrl: APP, appInfo: { name: 'x', version: '1', platform: 'linux' }, openExternal: vi.fn() });
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).not.toContain(IPC_CHANNELS.onMenuAction);
  });
});
