import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { openPrintWindow, PRINT_STATE_SCRIPT, printWindowOptions, type PrintBrowserWindow } from '../../../src/main/printWindow';
import { resolveRendererLocation } from '../../../src/main/rendererLocation';
import { createWindowOptions } from '../../../src/main/windowOptions';

const html = '/app/out/renderer/index.html';
const location = resolveRendererLocation({ isPackaged: true, devServerUrl: undefined, rendererHtmlPath: html });

function fakeBrowserWindow() {
  let destroyed = false;
  return {
    loadFile: vi.fn(() => Promise.resolve()),
    loadURL: vi.fn(() => Promise.resolve()),
    webContents: { executeJavaScript: vi.fn(() => Promise.resolve({ ready: true, error: null })), printToPDF: vi.fn(() => Promise.resolve(new Uint8Array([1]))) },
    isDestroyed: vi.fn(() => destroyed),
    destroy: vi.fn(() => {
      destroyed = true;
    }),
  } satisfies PrintBrowserWindow;
}

/** Runs the readiness script against a fake page whose <body> has `dataset`. */
function printState(dataset: Record<string, string> | null): unknown {
  return runInNewContext(PRINT_STATE_SCRIPT, { document: { body: dataset === null ? null : { dataset } } });
}

describe('printWindowOptions', () => {
  it('keeps every lock-down of the main window and never shows the window', () => {
    const options = printWindowOptions('/app/out/preload/index.js', 'linux');
    const main = createWindowOptions({ preloadPath: '/app/out/preload/index.js', bounds: { x: 0, y: 0, width: 1, height: 1, isMaximized: false }, platform: 'linux' });
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ ...main.webPreferences });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, navigateOnDragDrop: false, webviewTag: false });
  });

  it('keeps the hidden page running at full speed so it can say it is ready', () => {
    expect(printWindowOptions('/p.js', 'linux').webPreferences?.backgroundThrottling).toBe(false);
  });
});

describe('openPrintWindow', () => {
  it('creates the window with the print options and loads the app page at the route', async () => {
    const window = fakeBrowserWindow();
    const create = vi.fn(() => window);
    const print = openPrintWindow(create, location, '/app/out/preload/index.js');
    expect(create).toHaveBeenCalledExactlyOnceWith(printWindowOptions('/app/out/preload/index.js'));
    await print.load('/print/b1?paper=A4');
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(html, { hash: '/print/b1?paper=A4' });
  });

  it('reads the page state with the readiness script and prints with the options given', async () => {
    const window = fakeBrowserWindow();
    const print = openPrintWindow(() => window, location, '/p.js');
    expect(await print.readPrintState()).toEqual({ ready: true, error: null });
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(PRINT_STATE_SCRIPT);
    const options = { pageSize: 'Letter', landscape: false, printBackground: true, preferCSSPageSize: true } as const;
    await print.printToPdf(options);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(options);
  });

  it('destroys the window once, however often it is closed', () => {
    const window = fakeBrowserWindow();
    const print = openPrintWindow(() => window, location, '/p.js');
    print.close();
    print.close();
    expect(window.destroy).toHaveBeenCalledOnce();
  });
});

describe('PRINT_STATE_SCRIPT', () => {
  it('answers not ready when the page has not marked <body> yet', () => {
    expect(printState({})).toEqual({ ready: false, error: null });
    expect(printState(null)).toEqual({ ready: false, error: null });
  });

  it('answers ready when <body> has data-print-ready="true"', () => {
    expect(printState({ printReady: 'true' })).toEqual({ ready: true, error: null });
  });

  it("answers the page's sentence when <body> has data-print-error", () => {
    expect(printState({ printError: 'This board does not exist any more.' })).toEqual({ ready: false, error: 'This board does not exist any more.' });
  });
});
