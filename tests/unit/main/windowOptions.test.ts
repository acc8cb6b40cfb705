import { describe, expect, it } from 'vitest';
import { createWindowOptions, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../../../src/main/windowOptions';

const bounds = { x: 10, y: 20, width: 1300, height: 900, isMaximized: false };

describe('createWindowOptions', () => {
  it('locks down the page whatever the platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const prefs = createWindowOptions({ preloadPath: '/app/out/preload/index.js', bounds, platform }).webPreferences;
      expect(prefs).toMatchObject({
        preload: '/app/out/preload/index.js',
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
      });
    }
  });

  it('uses the restored bounds and stays hidden until the page is ready', () => {
    const options = createWindowOptions({ preloadPath: '/p.js', bounds, platform: 'linux' });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1300, height: 900, show: false });
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has a minimum size smaller than the default window when checked against 1280x800', () => {
    expect(MIN_WINDOW_WIDTH).toBeLessThan(1280);
    expect(MIN_WINDOW_HEIGHT).toBeLessThan(800);
  });

  it('turns spellcheck on only when the platform is macOS', () => {
    expect(createWindowOptions({ preloadPath: '/p.js', bounds, platform: 'darwin' }).webPreferences?.spellcheck).toBe(true);
    expect(createWindowOptions({ preloadPath: '/p.js', bounds, platform: 'win32' }).webPreferences?.spellcheck).toBe(false);
    expect(createWindowOptions({ preloadPath: '/p.js', bounds, platform: 'linux' }).webPreferences?.spellcheck).toBe(false);
  });
});
