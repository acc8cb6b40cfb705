import { describe, expect, it, vi } from 'vitest';
import { loadRenderer, resolveRendererLocation } from '../../../src/main/rendererLocation';
import { isAppUrl } from '../../../src/main/navigationPolicy';

const html = '/opt/RACI Board/resources/app/out/renderer/index.html';

describe('resolveRendererLocation', () => {
  it('uses the built file when the app is packaged, even if a dev server is announced', () => {
    const location = resolveRendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173/', rendererHtmlPath: html });
    expect(location).toEqual({ kind: 'file', filePath: html, baseUrl: 'file:///opt/RACI%20Board/resources/app/out/renderer/index.html' });
  });

  it('uses the dev server when the app is not packaged and the server is on this machine', () => {
    for (const url of ['http://localhost:5173/', 'http://127.0.0.1:5173', 'http://[::1]:5173/']) {
      const location = resolveRendererLocation({ isPackaged: false, devServerUrl: url, rendererHtmlPath: html });
      expect(location.kind).toBe('dev-server');
    }
  });

  it('ignores a dev server when it is on another machine or not http', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'not a url', '', 'http://user:pw@localhost:5173/']) {
      expect(resolveRendererLocation({ isPackaged: false, devServerUrl: url, rendererHtmlPath: html }).kind).toBe('file');
    }
  });

  it('uses the built file when no dev server is announced', () => {
    expect(resolveRendererLocation({ isPackaged: false, devServerUrl: undefined, rendererHtmlPath: html }).kind).toBe('file');
  });
});

describe('loadRenderer', () => {
  it('loads the file at the hash route when the page is a file', async () => {
    const target = { loadFile: vi.fn(() => Promise.resolve()), loadURL: vi.fn(() => Promise.resolve()) };
    const location = resolveRendererLocation({ isPackaged: true, devServerUrl: undefined, rendererHtmlPath: html });
    await loadRenderer(target, location, '/print/b1');
    expect(target.loadFile).toHaveBeenCalledExactlyOnceWith(html, { hash: '/print/b1' });
    expect(target.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server at the hash route, and the result counts as the app page', async () => {
    const target = { loadFile: vi.fn(() => Promise.resolve()), loadURL: vi.fn(() => Promise.resolve()) };
    const location = resolveRendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', rendererHtmlPath: html });
    await loadRenderer(target, location);
    expect(target.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/#/');
    expect(isAppUrl('http://localhost:5173/#/', location.baseUrl)).toBe(true);
  });
});
