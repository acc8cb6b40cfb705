/**
 * The hidden window a PDF is printed from: the same locked-down options as the main window, never
 * shown, and not throttled (a hidden page's timers and frames would otherwise slow to a crawl and
 * the print view might never say it is ready).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrintOptions, PrintWindow } from './exportPdf';
import { loadRenderer, type RendererLoader, type RendererLocation } from './rendererLocation';
import { createWindowOptions } from './windowOptions';

/** Wide enough that the print view lays out as on a large screen; the PDF's page size is separate. */
const PRINT_WINDOW_BOUNDS = { x: 0, y: 0, width: 1280, height: 900, isMaximized: false } as const;

/** Reads the print view's readiness from <body> (data-print-ready / data-print-error). */
export const PRINT_STATE_SCRIPT = `(() => {
  const data = document.body ? document.body.dataset : {};
  return { ready: data.printReady === 'true', error: typeof data.printError === 'string' ? data.printError : null };
})()`;

/** The part of Electron's BrowserWindow a print window uses. */
export interface PrintBrowserWindow extends RendererLoader {
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PdfPrintOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export function printWindowOptions(preloadPath: string, platform: NodeJS.Platform = process.platform): BrowserWindowConstructorOptions {
  const options = createWindowOptions({ preloadPath, bounds: PRINT_WINDOW_BOUNDS, platform });
  return {
    ...options,
    show: false,
    skipTaskbar: true,
    webPreferences: { ...options.webPreferences, backgroundThrottling: false },
  };
}

export function openPrintWindow(
  createWindow: (options: BrowserWindowConstructorOptions) => PrintBrowserWindow,
  location: RendererLocation,
  preloadPath: string,
): PrintWindow {
  const window = createWindow(printWindowOptions(preloadPath));
  return {
    load: (route) => loadRenderer(window, location, route),
    readPrintState: () => window.webContents.executeJavaScript(PRINT_STATE_SCRIPT),
    printToPdf: (options) => window.webContents.printToPDF(options),
    // destroy, not close: a page's beforeunload handler cannot keep a hidden window alive.
    close: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
