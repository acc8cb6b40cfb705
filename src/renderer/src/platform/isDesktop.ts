import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

/** True in the desktop app (the bridge is there), false in the web edition. */
export function isDesktop(env: Pick<PlatformEnvironment, 'bridge'> = browserEnvironment()): boolean {
  return env.bridge !== null;
}
