/**
 * The page's Content-Security-Policy is the last lock on every window main opens (the main window
 * and the hidden print window load the same index.html), so it is checked here with the other
 * window lock-downs. It lives in the page's meta tag: production pages are files, which carry no
 * response headers to put it in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const html = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8');

function metaPolicies(page: string): string[] {
  const policies: string[] = [];
  for (const tag of page.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag[0])) continue;
    const content = /content\s*=\s*"([^"]*)"/i.exec(tag[0]) ?? /content\s*=\s*'([^']*)'/i.exec(tag[0]);
    policies.push(content?.[1] ?? '');
  }
  return policies;
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const policies = metaPolicies(html);
const policy = directives(policies[0] ?? '');

describe('the page Content-Security-Policy', () => {
  it('is declared once, before any script', () => {
    expect(policies).toHaveLength(1);
    const metaAt = html.search(/http-equiv\s*=\s*["']content-security-policy["']/i);
    const firstScript = html.search(/<script\b/i);
    expect(metaAt).toBeGreaterThan(-1);
    expect(firstScript === -1 || metaAt < firstScript).toBe(true);
  });

  it("runs only the app's own scripts: script-src is exactly 'self'", () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it("never allows eval, anywhere", () => {
    expect(policies[0]).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
  });

  it("loads no plugins: object-src is 'none'", () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it("falls back to the app's own files for everything else", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('cannot have its base URL or form targets moved elsewhere', () => {
    expect(["'self'", "'none'"]).toContain(policy.get('base-uri')?.join(' '));
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote source: the app makes no network requests of its own', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) expect(`${name} ${source}`).not.toMatch(/\s(\*|https?:|wss?:|\S+\.\S+)/);
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('has no inline script for the policy to have to allow', () => {
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(script[1]).toMatch(/\ssrc\s*=/);
      expect(script[2]?.trim()).toBe('');
    }
  });
});
