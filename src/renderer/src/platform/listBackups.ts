import type { Result } from '../../../shared/domain/result';
import type { BackupEntry } from '../../../shared/ipc/contract';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

/** Every stored backup, newest first: the desktop app's backups folder, or the browser's backups database. */
export async function listBackups(env: Pick<PlatformEnvironment, 'bridge' | 'browserBackups'> = browserEnvironment()): Promise<Result<BackupEntry[], string>> {
  return env.bridge !== null ? env.bridge.listBackups() : (await env.browserBackups()).list();
}
