import type { ExportProgress } from '../../../shared/ipc/contract';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

/**
 * Follows a desktop PDF export ('rendering', 'saving', then 'done' once it ends, however it ends).
 * The web edition has no such export, so nothing arrives. Returns the function that unsubscribes.
 */
export function onExportProgress(listener: (progress: ExportProgress) => void, env: Pick<PlatformEnvironment, 'bridge'> = browserEnvironment()): () => void {
  return env.bridge === null ? () => {} : env.bridge.onExportProgress(listener);
}
