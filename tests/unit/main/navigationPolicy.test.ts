import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl, safeExternalHref } from '../../../src/main/navigationPolicy';

const FILE_BASE = 'file:///opt/RACI%20Board/resources/app/out/renderer/index.html';
const DEV_BASE = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the page itself at any hash route when the app is loaded from a file', () => {
    expect(isAppUrl(FILE_BASE, FILE_BASE)).toBe(true);
    expect(isAppUrl(`${FILE_BASE}#/board/b1`, FILE_BASE)).toBe(true);
    expect(isAppUrl(`${FILE_BASE}#/print/b1`, FILE_BASE)).toBe(true);
  });

  it('refuses another file on disk when the app is loaded from a file', () => {
    expect(isAppUrl('file:///opt/RACI%20Board/resources/app/out/renderer/other.html', FILE_BASE)).toBe(false);
    expect(isAppUrl('file:///home/someone/Downloads/evil.html', FILE_BASE)).toBe(false);
    expect(isAppUrl('file:///opt/RACI%20Board/resources/app/out/renderer/', FILE_BASE)).toBe(false);
  });

  it('refuses a web page when the app is loaded from a file', () => {
    expect(isAppUrl('https://example.com/index.html', FILE_BASE)).toBe(false);
  });

  it('accepts any path and route on the dev server origin when the app is loaded over HTTP', () => {
    expect(isAppUrl('http://localhost:5173/#/board/b1', DEV_BASE)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV_BASE)).toBe(true);
  });

  it('refuses another port, host or scheme when the app is loaded over HTTP', () => {
    expect(isAppUrl('http://localhost:5174/', DEV_BASE)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_BASE)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_BASE)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', DEV_BASE)).toBe(false);
  });

  it('refuses a URL with credentials when the app is loaded over HTTP', () => {
    expect(isAppUrl('http://user:pw@localhost:5173/', DEV_BASE)).toBe(false);
  });

  it('refuses malformed URLs and bases', () => {
    expect(isAppUrl('not a url', FILE_BASE)).toBe(false);
    expect(isAppUrl('', DEV_BASE)).toBe(false);
    expect(isAppUrl(FILE_BASE, 'not a url')).toBe(false);
  });

  it('refuses everything when the base is neither a file nor http(s)', () => {
    expect(isAppUrl('data:text/html,hi', 'data:text/html,hi')).toBe(false);
    expect(isAppUrl('about:blank', 'about:blank')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts http and https links', () => {
    expect(isSafeExternalUrl('https://example.com/raci?x=1#y')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@example.com'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['ftp:', 'ftp://example.com/file'],
    ['malformed', 'not a url'],
    ['relative', '/board/1'],
    ['empty', ''],
    ['user name', 'https://bank.example@evil.example/'],
    ['user and password', 'https://user:secret@example.com/'],
  ])('refuses a %s link', (_kind, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('safeExternalHref', () => {
  it('returns the parsed form of a safe link when it has stray whitespace', () => {
    expect(safeExternalHref('  https://Example.com/a b  ')).toBe('https://example.com/a%20b');
  });

  it('returns null when the link is unsafe', () => {
    expect(safeExternalHref('javascript:alert(1)')).toBeNull();
  });
});
