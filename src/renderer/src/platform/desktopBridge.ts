/**
 * The only module that touches `window.raci`. In the desktop app the preload provides it; in the web
 * edition it is absent and callers fall back to browser APIs.
 */
import type { RaciBridge } from '../../../shared/ipc/contract';

export function desktopBridge(): RaciBridge | null {
  // No window at all outside a page (unit tests in Node): that is not the desktop app either.
  return typeof window === 'undefined' ? null : (window.raci ?? null);
}
