import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_METHODS, IPC_CHANNELS } from '../../../src/shared/ipc/contract';
import { FINAL_BACKUP_TIME_LIMIT_MS } from '../../../src/main/finalBackup';

// The entry point only wires modules to Electron. These tests run it against a fake Electron
// (the real module would try to download the binary) to prove the wiring happens.
type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    isPackaged: false,
    userData: '',
    appListeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindow[],
    /** What BrowserWindow.getFocusedWindow() answers; 'first' stands for the first window made. */
    focused: 'first' as FakeWindow | 'first' | null,
  };

  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    readonly webContents = {
      send: vi.fn(),
      once: vi.fn(),
      getURL: vi.fn(() => ''),
      isDestroyed: () => false,
      executeJavaScript: vi.fn(() => Promise.resolve({ ready: true, error: null })),
      printToPDF: vi.fn(() => Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'))),
    };
    readonly loadFile = vi.fn((_path: string, _options?: unknown) => Promise.resolve());
    readonly loadURL = vi.fn(() => Promise.resolve());
    destroyed = false;
    readonly destroy = vi.fn(() => {
      this.destroyed = true;
    });
    readonly show = vi.fn();
    readonly close = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    minimized = false;
    normalBounds = { x: 40, y: 50, width: 1000, height: 700 };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return this.normalBounds;
    }
    static getAllWindows() {
      return state.windows;
    }
    static getFocusedWindow() {
      return state.focused === 'first' ? (state.windows[0] ?? null) : state.focused;
    }
  }

  const electron = {
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      setPath: vi.fn((_name: string, path: string) => {
        state.userData = path;
      }),
      getPath: vi.fn(() => state.userData),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      isReady: () => true,
      whenReady: vi.fn(() => Promise.resolve()),
      getName: () => 'RACI Board',
      getVersion: () => '0.1.0',
      on: vi.fn((event: string, listener: Listener) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      }),
    },
    BrowserWindow: FakeWindow,
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
  return { state, electron };
});
vi.mock('electron', () => fake.electron);

function emitApp(event: string, ...args: unknown[]) {
  for (const listener of fake.state.appListeners.get(event) ?? []) listener(...args);
}

function handlerOf(channel: string): (event: unknown, payload: unknown) => Promise<unknown> {
  const handler = fake.electron.ipcMain.handle.mock.calls.find(([registered]) => registered === channel)?.[1];
  if (handler === undefined) throw new Error(`nothing handles ${channel}`);
  return handler as (event: unknown, payload: unknown) => Promise<unknown>;
}

type MenuTemplate = { label?: string; submenu?: { label?: string; click?: () => void }[] }[];

function clickMenuItem(menuLabel: string, itemLabel: string): void {
  const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuTemplate;
  const item = template.find((menu) => menu.label === menuLabel)?.submenu?.find((candidate) => candidate.label === itemLabel);
  if (item?.click === undefined) throw new Error(`no ${menuLabel} > ${itemLabel}`);
  item.click();
}

/** What a page request looks like to the handlers when it comes from `window`'s page. */
function fromWindow(window: { loadFile: { mock: { calls: unknown[][] } }; webContents: unknown }) {
  return { senderFrame: { url: `${pathToFileURL(String(window.loadFile.mock.calls[0]?.[0] ?? '')).href}#/` }, sender: window.webContents };
}

async function start(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/index');
  // Let whenReady().then(...) run.
  await new Promise((resolve) => setImmediate(resolve));
}

let userData: string;
beforeEach(() => {
  vi.clearAllMocks();
  // Load the built file, as in production, whatever the shell running the tests announces.
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.stubEnv('RACI_USER_DATA_DIR', '');
  userData = mkdtempSync(join(tmpdir(), 'raci-main-'));
  Object.assign(fake.state, { lock: true, isPackaged: false, userData, appListeners: new Map(), windows: [], focused: 'first' });
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('main entry point', () => {
  it('quits without opening a window when another instance holds the lock', async () => {
    fake.state.lock = false;
    await start();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('opens one locked-down, hidden window with the preload when the app is ready', async () => {
    await start();
    expect(fake.electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.state.windows).toHaveLength(1);
    const window = fake.state.windows[0]!;
    expect(window.options).toMatchObject({ show: false, width: 1280, height: 800 });
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/);
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/renderer[\\/]index\.html$/), { hash: '/' });

    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('denies permissions, registers every invoke channel and sets the menu when the app is ready', async () => {
    await start();
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.electron.session.defaultSession.setDevicePermissionHandler).toHaveBeenCalledOnce();
    expect(fake.electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(INVOKE_METHODS.map((method) => IPC_CHANNELS[method]).sort());
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('hardens every web contents the app creates', async () => {
    await start();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    emitApp('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
  });

  it('restores and focuses the existing window when a second instance starts', async () => {
    await start();
    const window = fake.state.windows[0]!;
    window.minimized = true;
    emitApp('second-instance');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(fake.state.windows).toHaveLength(1);
  });

  it('exports a PDF from a hidden print window, then saves it where the save dialog of the asking window says', async () => {
    await start();
    const main = fake.state.windows[0]!;
    const appUrl = pathToFileURL(main.loadFile.mock.calls[0]?.[0] ?? '').href;
    const target = join(userData, 'plan.pdf');
    fake.electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const handler = fake.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_CHANNELS.exportPdf)?.[1] as (event: unknown, payload: unknown) => Promise<unknown>;

    const request = { boardId: 'b1', fileName: 'Plan.pdf', paper: 'A4', orientation: 'portrait', parts: ['matrix'] };
    const reply = await handler({ senderFrame: { url: `${appUrl}#/print/b1` }, sender: main.webContents }, request);

    expect(reply).toEqual({ ok: true, value: { ok: true, value: { path: target } } });
    expect(fake.state.windows).toHaveLength(2);
    const print = fake.state.windows[1]!;
    expect(print.options).toMatchObject({ show: false });
    expect(print.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(print.loadFile.mock.calls[0]?.[1]).toEqual({ hash: expect.stringMatching(/^\/print\/b1\?/) });
    expect(print.destroy).toHaveBeenCalledOnce();
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledWith(main, expect.objectContaining({ defaultPath: expect.stringMatching(/Plan\.pdf$/) }));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(main.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.onExportProgress, expect.objectContaining({ stage: 'done' }));
  });

  it('sends the menu action to the focused window when a menu item is clicked', async () => {
    await start();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const newBoard = template.find((menu) => menu.label === 'File')?.submenu?.find((item) => item.label === 'New Board');
    newBoard?.click?.();
    expect(fake.state.windows[0]!.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onMenuAction, 'new-board');
  });

  it('saves the window bounds in userData when the window closes', async () => {
    await start();
    fake.state.windows[0]!.emit('close', { preventDefault: vi.fn() });
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 50, width: 1000, height: 700, isMaximized: false });
  });

  it('writes backups to the backups folder of userData and lists them when the page asks', async () => {
    await start();
    const main = fake.state.windows[0]!;
    const from = { senderFrame: { url: `${pathToFileURL(main.loadFile.mock.calls[0]?.[0] ?? '').href}#/` }, sender: main.webContents };
    const json = JSON.stringify({ kind: 'raci-board', version: 1, board: { id: 'b1', name: 'Plan', updatedAt: 5 } });

    const written = (await handlerOf(IPC_CHANNELS.writeBackup)(from, { boardId: 'b1', boardName: 'Plan', updatedAt: 5, json })) as { value: { ok: boolean; value: { id: string } } };
    expect(written.value.ok).toBe(true);
    expect(readFileSync(join(userData, 'backups', `${written.value.value.id}.raci.json`), 'utf8')).toBe(json);
    expect(readdirSync(join(userData, 'backups')).sort()).toEqual([`${written.value.value.id}.raci.json`, 'index.json']);
    expect(await handlerOf(IPC_CHANNELS.listBackups)(from, undefined)).toEqual({ ok: true, value: { ok: true, value: [expect.objectContaining({ boardId: 'b1', boardName: 'Plan' })] } });
  });

  it('asks the page for its last backups before quitting, and quits once it answers', async () => {
    await start();
    const main = fake.state.windows[0]!;
    const quitting = { preventDefault: vi.fn() };
    emitApp('before-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalledOnce();
    expect(main.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onBeforeQuit, undefined);
    expect(fake.electron.app.quit).not.toHaveBeenCalled();

    const from = { senderFrame: { url: `${pathToFileURL(main.loadFile.mock.calls[0]?.[0] ?? '').href}#/` }, sender: main.webContents };
    await handlerOf(IPC_CHANNELS.readyToQuit)(from, undefined);
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalledOnce());

    // The quit that follows goes through, and so does the window's close.
    const again = { preventDefault: vi.fn() };
    emitApp('before-quit', again);
    const closing = { preventDefault: vi.fn() };
    main.emit('close', closing);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(closing.preventDefault).not.toHaveBeenCalled();
  });

  it('quits after the time limit when the page never answers', async () => {
    await start();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      emitApp('before-quit', { preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(FINAL_BACKUP_TIME_LIMIT_MS - 1);
      expect(fake.electron.app.quit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds a closing window until its page has written its last backups', async () => {
    await start();
    const main = fake.state.windows[0]!;
    const closing = { preventDefault: vi.fn() };
    main.emit('close', closing);
    expect(closing.preventDefault).toHaveBeenCalledOnce();
    expect(main.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.onBeforeQuit, undefined);
    expect(main.close).not.toHaveBeenCalled();

    const from = { senderFrame: { url: `${pathToFileURL(main.loadFile.mock.calls[0]?.[0] ?? '').href}#/` }, sender: main.webContents };
    await handlerOf(IPC_CHANNELS.readyToQuit)(from, undefined);
    await vi.waitFor(() => expect(main.close).toHaveBeenCalledOnce());
  });

  it('opens a second locked-down window with the same preload, offset, on the same board, when File > New Window is clicked', async () => {
    await start();
    const first = fake.state.windows[0]!;
    const appUrl = pathToFileURL(String(first.loadFile.mock.calls[0]?.[0] ?? '')).href;
    first.webContents.getURL.mockReturnValue(`${appUrl}#/board/b-7`);
    first.normalBounds = { x: 100, y: 80, width: 1200, height: 800 };

    clickMenuItem('File', 'New Window');

    expect(fake.state.windows).toHaveLength(2);
    const second = fake.state.windows[1]!;
    expect(second.options).toMatchObject({ show: false, x: 132, y: 112, width: 1200, height: 800 });
    expect(second.options.webPreferences).toEqual(first.options.webPreferences);
    expect(second.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(second.loadFile).toHaveBeenCalledExactlyOnceWith(first.loadFile.mock.calls[0]?.[0], { hash: '/board/b-7' });
    // Sent to no page: the window is main's business.
    expect(first.webContents.send).not.toHaveBeenCalled();
    second.emit('ready-to-show');
    expect(second.show).toHaveBeenCalledOnce();
    expect(second.maximize).not.toHaveBeenCalled();
  });

  it('opens the new window on the home screen when the current window shows no board', async () => {
    await start();
    clickMenuItem('File', 'New Window');
    expect(fake.state.windows[1]!.loadFile).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/renderer[\\/]index\.html$/), { hash: '/' });
  });

  it('opens a window where the last one closed when New Window is clicked with no window open', async () => {
    await start();
    const first = fake.state.windows[0]!;
    first.normalBounds = { x: 300, y: 200, width: 900, height: 650 };
    first.emit('close', { preventDefault: vi.fn() });
    first.emit('closed');
    first.destroyed = true;
    fake.state.focused = null;

    clickMenuItem('File', 'New Window');

    expect(fake.state.windows).toHaveLength(2);
    expect(fake.state.windows[1]!.options).toMatchObject({ x: 300, y: 200, width: 900, height: 650 });
  });

  it('sends menu actions and brings forward, on a second launch, the window used last', async () => {
    await start();
    const first = fake.state.windows[0]!;
    clickMenuItem('File', 'New Window');
    const second = fake.state.windows[1]!;
    fake.state.focused = null;

    second.emit('focus');
    first.emit('focus');
    second.minimized = true;
    first.minimized = true;
    emitApp('second-instance');
    expect(first.restore).toHaveBeenCalledOnce();
    expect(first.focus).toHaveBeenCalledOnce();
    expect(second.focus).not.toHaveBeenCalled();

    second.emit('focus');
    clickMenuItem('Edit', 'Undo');
    expect(second.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onMenuAction, 'undo');
    expect(first.webContents.send).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(2);
  });

  it('brings forward the remaining window on a second launch after the other one closed', async () => {
    await start();
    const first = fake.state.windows[0]!;
    clickMenuItem('File', 'New Window');
    const second = fake.state.windows[1]!;
    second.emit('focus');
    second.emit('closed');
    emitApp('second-instance');
    expect(first.focus).toHaveBeenCalledOnce();
    expect(fake.state.windows).toHaveLength(2);
  });

  it('remembers the bounds of the window that closes last when two windows are open', async () => {
    await start();
    const first = fake.state.windows[0]!;
    clickMenuItem('File', 'New Window');
    const second = fake.state.windows[1]!;
    second.normalBounds = { x: 500, y: 300, width: 1100, height: 750 };
    const stateFile = join(userData, 'window-state.json');

    first.emit('close', { preventDefault: vi.fn() });
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 40, y: 50, width: 1000, height: 700, isMaximized: false });
    second.emit('close', { preventDefault: vi.fn() });
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 500, y: 300, width: 1100, height: 750, isMaximized: false });
    // Nothing half-written or left over beside it.
    expect(readdirSync(userData).filter((name) => name.startsWith('window-state'))).toEqual(['window-state.json']);
  });

  it('asks every window for its last backups before quitting, and quits only when all have answered', async () => {
    await start();
    const first = fake.state.windows[0]!;
    clickMenuItem('File', 'New Window');
    const second = fake.state.windows[1]!;

    const quitting = { preventDefault: vi.fn() };
    emitApp('before-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalledOnce();
    expect(first.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onBeforeQuit, undefined);
    expect(second.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onBeforeQuit, undefined);

    await handlerOf(IPC_CHANNELS.readyToQuit)(fromWindow(first), undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.electron.app.quit).not.toHaveBeenCalled();

    await handlerOf(IPC_CHANNELS.readyToQuit)(fromWindow(second), undefined);
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalledOnce());
  });

  it('does not wait at quit for a window that was already closed', async () => {
    await start();
    const first = fake.state.windows[0]!;
    clickMenuItem('File', 'New Window');
    const second = fake.state.windows[1]!;
    second.emit('closed');
    second.destroyed = true;

    emitApp('before-quit', { preventDefault: vi.fn() });
    expect(second.webContents.send).not.toHaveBeenCalled();
    await handlerOf(IPC_CHANNELS.readyToQuit)(fromWindow(first), undefined);
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalledOnce());
  });

  it('uses RACI_USER_DATA_DIR as the profile when the app is not packaged', async () => {
    vi.stubEnv('RACI_USER_DATA_DIR', '/tmp/raci-profile');
    await start();
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/raci-profile');
  });

  it('ignores RACI_USER_DATA_DIR when the app is packaged', async () => {
    vi.stubEnv('RACI_USER_DATA_DIR', '/tmp/raci-profile');
    fake.state.isPackaged = true;
    await start();
    expect(fake.electron.app.setPath).not.toHaveBeenCalled();
  });
});
