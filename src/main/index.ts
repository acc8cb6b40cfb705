/**
 * Electron entry point. Wiring only: every decision lives in a plain module next to this one,
 * where unit tests exercise it without Electron.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import type { MenuAction } from '../shared/ipc/contract';
import { IPC_CHANNELS } from '../shared/ipc/ipcChannels';
import { buildMenuTemplate } from './applicationMenu';
import { createBackupStore } from './backupStore';
import { debounce } from './debounce';
import { exportPdf } from './exportPdf';
import { createFileDialogs } from './fileDialogs';
import { createFinalBackup } from './finalBackup';
import { denyAllPermissions, hardenWebContents } from './hardenWebContents';
import { registerIpcHandlers, type IpcCaller } from './ipcHandlers';
import { openFile } from './openFile';
import { openPrintWindow } from './printWindow';
import { readTextFile } from './readTextFile';
import { newWindowRoute } from './newWindowRoute';
import { loadRenderer, resolveRendererLocation } from './rendererLocation';
import { saveFile } from './saveFile';
import { createWindowOptions } from './windowOptions';
import { createWindowRegistry } from './windowRegistry';
import { captureWindowBounds, cascadeWindowBounds, createWindowStateStore, restoreWindowBounds, type WindowBounds } from './windowState';

const WINDOW_STATE_SAVE_DELAY_MS = 500;

// Lets end-to-end tests start each run with an empty profile. Ignored by a packaged app.
const userDataOverride = process.env.RACI_USER_DATA_DIR;
if (!app.isPackaged && userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', userDataOverride);
}

// Every renderer sandboxed, including any a future feature forgets to configure.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function startApp(): void {
  const location = resolveRendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererHtmlPath: join(__dirname, '../renderer/index.html'),
  });
  const openExternal = (url: string) => shell.openExternal(url);
  const preloadPath = join(__dirname, '../preload/index.js');
  const stateStore = createWindowStateStore(join(app.getPath('userData'), 'window-state.json'));
  const backups = createBackupStore({ folder: join(app.getPath('userData'), 'backups') });
  const finalBackup = createFinalBackup();
  // The windows showing the app (not hidden print windows), last used first: every one of their
  // pages is asked for a last backup before the app quits.
  const appWindows = createWindowRegistry<BrowserWindow>();
  finalBackup.guardQuit(app, () => appWindows.all().map((win) => win.webContents));

  // The Content-Security-Policy comes from the page's own meta tag. It is not also sent as a
  // header: production pages are files (no headers to add it to), and in development Vite's
  // hot-reload preamble is an inline script that a stricter header would block.

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      appBaseUrl: location.baseUrl,
      openExternal,
      onOpenExternalError: (url, error) => console.error(`Could not open ${url}:`, error),
    });
  });

  const displayWorkAreas = () => {
    const primary = screen.getPrimaryDisplay();
    return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
  };

  /**
   * Every app window is made here, alike: the same locked-down options and preload, its bounds
   * remembered, its close held for the last backup. The first opens where the last one closed.
   */
  const createMainWindow = ({ bounds = restoreWindowBounds(stateStore.load(), displayWorkAreas()), route = '/' }: { bounds?: WindowBounds; route?: string } = {}): BrowserWindow => {
    const win = new BrowserWindow(createWindowOptions({ preloadPath, bounds }));

    win.once('ready-to-show', () => {
      if (bounds.isMaximized) win.maximize();
      win.show();
    });

    const saveState = () => {
      const saved = stateStore.save(captureWindowBounds(win));
      if (!saved.ok) console.warn(saved.error);
    };
    const saveSoon = debounce(saveState, WINDOW_STATE_SAVE_DELAY_MS);
    win.on('resize', saveSoon);
    win.on('move', saveSoon);
    win.on('maximize', saveSoon);
    win.on('unmaximize', saveSoon);
    win.on('close', () => {
      saveSoon.cancel();
      saveState();
    });
    win.on('focus', () => appWindows.focused(win));
    win.on('closed', () => appWindows.remove(win));
    appWindows.add(win);
    finalBackup.guardWindow(win);

    loadRenderer(win, location, route).catch((error: unknown) => console.error('Could not load the app page:', error));
    return win;
  };

  /**
   * File > New Window: another window beside the one in use, offset so it does not hide it, on the
   * board that one shows. Both pages read the same database, so their edits meet (useLiveQuery).
   */
  const openNewWindow = (): BrowserWindow => {
    const source = BrowserWindow.getFocusedWindow() ?? appWindows.current();
    if (source === null || source.isDestroyed()) return createMainWindow();
    return createMainWindow({
      bounds: cascadeWindowBounds(source.getNormalBounds(), displayWorkAreas()),
      route: newWindowRoute(source.webContents.getURL(), location.baseUrl),
    });
  };

  const sendMenuAction = (action: MenuAction) => {
    const target = BrowserWindow.getFocusedWindow() ?? appWindows.current();
    if (target !== null) {
      target.webContents.send(IPC_CHANNELS.onMenuAction, action);
      return;
    }
    // macOS keeps the app running with no window: open one, then deliver the action to it.
    const opened = createMainWindow();
    opened.webContents.once('did-finish-load', () => {
      if (!opened.isDestroyed()) opened.webContents.send(IPC_CHANNELS.onMenuAction, action);
    });
  };

  // A dialog is modal to the window whose page asked; one from a page without a window floats free.
  const windowOf = (caller: IpcCaller) => BrowserWindow.getAllWindows().find((win) => win.webContents === caller) ?? null;
  const fileDialogs = createFileDialogs<IpcCaller>({
    showSaveDialog: (caller, options) => {
      const owner = windowOf(caller);
      return owner === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(owner, options);
    },
    showOpenDialog: (caller, options) => {
      const owner = windowOf(caller);
      return owner === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(owner, options);
    },
    defaultDirectory: () => app.getPath('documents'),
  });

  // Launching the app again brings forward the window last used (File > New Window opens more).
  app.on('second-instance', () => {
    const current = appWindows.current();
    if (current === null) {
      if (app.isReady()) createMainWindow();
      return;
    }
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      registerIpcHandlers(ipcMain, {
        appBaseUrl: location.baseUrl,
        appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
        openExternal,
        exportPdf: (request, caller, onProgress) =>
          exportPdf(request, {
            openPrintWindow: () => openPrintWindow((options) => new BrowserWindow(options), location, preloadPath),
            chooseSavePath: (saveRequest) => fileDialogs.chooseSavePath(caller, saveRequest),
            writeFile: (path, data) => writeFile(path, data),
            onProgress,
          }),
        saveFile: (request, caller) =>
          saveFile(request, {
            chooseSavePath: (saveRequest) => fileDialogs.chooseSavePath(caller, saveRequest),
            writeFile: (path, data) => writeFile(path, data, 'utf8'),
          }),
        openFile: (request, caller) =>
          openFile(request, { chooseOpenPath: (openRequest) => fileDialogs.chooseOpenPath(caller, openRequest), readTextFile: (path, maxBytes) => readTextFile(path, maxBytes) }),
        backups,
        readyToQuit: (caller) => finalBackup.answer(caller),
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(process.platform, sendMenuAction, { isPackaged: app.isPackaged, appName: app.getName(), openNewWindow: () => void openNewWindow() }),
        ),
      );
      createMainWindow();

      app.on('activate', () => {
        if (appWindows.current() === null) createMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('The app could not start:', error);
      app.quit();
    });
}
