/**
 * The only module that touches `window.raci`. In the desktop app the preload provides it; in the web
 * edition it is absent and callers fall back to browser APIs.
 */
import type { RaciBridge } from '../../../shared/ipc/contract';

export function desktopBridge(): RaciBridge | null {
  return window.raci ?? null;
}
