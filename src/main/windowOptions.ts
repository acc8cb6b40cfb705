import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 600;
/** Painted before the page's first frame, so opening a window does not flash another colour. */
export const WINDOW_BACKGROUND_COLOR = '#ffffff';
export const WINDOW_TITLE = 'RACI Board';

export interface WindowOptionsInput {
  /** Absolute path of the built preload script (out/preload/index.js). */
  readonly preloadPath: string;
  readonly bounds: WindowBounds;
  /**
   * Spellcheck uses the system's checker on macOS; elsewhere Chromium would download dictionaries
   * from Google, and this app makes no network requests of its own, so it is off there.
   */
  readonly platform?: NodeJS.Platform;
}

export function createWindowOptions({ preloadPath, bounds, platform = process.platform }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: WINDOW_TITLE,
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
      spellcheck: platform === 'darwin',
    },
  };
}
