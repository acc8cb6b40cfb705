import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { webServerCommand } from '../../../e2e/support/webServerCommand';

const root = resolve(__dirname, '../../../..');
const scripts = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('webServerCommand', () => {
  it('runs the serve:web script on the given port, on the loopback address', () => {
    expect(webServerCommand(4285)).toBe('npm run -s serve:web -- --port 4285 --host 127.0.0.1');
  });

  it('runs a script that serves the built renderer, which npm run web also serves on 5173', () => {
    expect(scripts['serve:web']).toMatch(/^vite preview --outDir out\/renderer --strictPort$/);
    expect(scripts.web).toBe('electron-vite build && npm run -s serve:web -- --port 5173');
  });

  it('is what the Playwright config starts when E2E_PORT is set', async () => {
    vi.stubEnv('E2E_PORT', '4391');
    vi.resetModules();
    const { default: config } = await import('../../../../playwright.config');
    const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(server?.command).toBe(webServerCommand(4391));
    expect(server?.url).toBe('http://127.0.0.1:4391');
  });
});
