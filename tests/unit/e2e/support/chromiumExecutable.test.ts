import { describe, expect, it, vi } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../e2e/support/chromiumExecutable';

const nothingExists = () => false;
const debianChromiumExists = (path: string) => path === '/usr/bin/chromium';

describe('chromiumExecutable', () => {
  it('returns CHROMIUM_PATH when it is set, even where Debian Chromium exists', () => {
    const exists = vi.fn(debianChromiumExists);
    expect(chromiumExecutable({ CHROMIUM_PATH: '/opt/chromium/chrome' }, exists)).toBe('/opt/chromium/chrome');
    expect(exists).not.toHaveBeenCalled();
  });

  it('trims spaces around CHROMIUM_PATH when it is set', () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: '  /opt/chromium/chrome\n' }, nothingExists)).toBe('/opt/chromium/chrome');
  });

  it('returns /usr/bin/chromium when CHROMIUM_PATH is unset and that file exists', () => {
    expect(chromiumExecutable({}, debianChromiumExists)).toBe('/usr/bin/chromium');
  });

  it('ignores CHROMIUM_PATH when it is empty or only spaces', () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: '' }, debianChromiumExists)).toBe('/usr/bin/chromium');
    expect(chromiumExecutable({ CHROMIUM_PATH: '   ' }, debianChromiumExists)).toBe('/usr/bin/chromium');
  });

  it('returns undefined, leaving Playwright its own browser, when neither is available', () => {
    expect(chromiumExecutable({}, nothingExists)).toBeUndefined();
    expect(chromiumExecutable({ CHROMIUM_PATH: ' ' }, nothingExists)).toBeUndefined();
  });

  it('reads process.env when no environment is passed', () => {
    vi.stubEnv('CHROMIUM_PATH', '/from/process/env/chromium');
    try {
      expect(chromiumExecutable()).toBe('/from/process/env/chromium');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('CHROMIUM_ARGS', () => {
  it('runs Chromium without its sandbox, GPU or background network traffic', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']),
    );
  });
});
