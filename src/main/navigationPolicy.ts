/**
 * Which URLs belong to the app and which may be handed to the user's browser. Pure, so every
 * security decision in main can be tested without Electron.
 */

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own page (any hash route): the same file as `appBaseUrl` when the
 * app is loaded from disk, or the same origin as the dev server when it is loaded over HTTP.
 */
export function isAppUrl(url: string, appBaseUrl: string): boolean {
  const candidate = parseUrl(url);
  const base = parseUrl(appBaseUrl);
  if (candidate === null || base === null) return false;
  if (base.protocol === 'file:') {
    // Only the page itself: any other file on disk could be a downloaded document.
    return candidate.protocol === 'file:' && candidate.host === base.host && candidate.pathname === base.pathname;
  }
  if (base.protocol === 'http:' || base.protocol === 'https:') {
    return candidate.origin === base.origin && candidate.username === '' && candidate.password === '';
  }
  return false;
}

/**
 * The link to give the user's browser, or null when `url` may not be opened: only an absolute
 * http(s) link with a host and no user name or password (those hide the real destination:
 * https://bank.example@evil.example). Returns the parsed form so the browser gets exactly the URL
 * that was checked, not the raw text (which may carry stray whitespace or odd escapes).
 */
export function safeExternalHref(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export function isSafeExternalUrl(url: string): boolean {
  return safeExternalHref(url) !== null;
}
