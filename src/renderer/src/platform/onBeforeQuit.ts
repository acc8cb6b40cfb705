import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

/**
 * Runs `task` when the desktop app is about to quit or this window to close, and tells main once it
 * has finished (main waits for that, within a short time limit). The web edition has no such
 * notice: a page there listens for 'visibilitychange' and 'pagehide' itself. Returns the function
 * that unsubscribes.
 */
export function onBeforeQuit(task: () => Promise<unknown>, env: Pick<PlatformEnvironment, 'bridge'> = browserEnvironment()): () => void {
  const bridge = env.bridge;
  if (bridge === null) return () => {};
  return bridge.onBeforeQuit(() => {
    void task()
      .catch((error: unknown) => console.warn('The last backup before quitting failed:', error))
      .finally(() => bridge.readyToQuit().catch(() => undefined));
  });
}
