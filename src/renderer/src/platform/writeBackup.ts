import { err, type Result } from '../../../shared/domain/result';
import { MAX_BACKUP_BYTES } from '../../../shared/ipc/bridgeLimits';
import type { BackupEntry, WriteBackupRequest } from '../../../shared/ipc/contract';
import { formatFileSize } from '../../../shared/ipc/fileTooLargeMessage';
import { utf8ByteLength } from '../../../shared/ipc/utf8ByteLength';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

/**
 * Keeps a snapshot of a board outside the boards' database. Desktop: a file in the backups folder of
 * the app's user-data folder. Web: the browser's separate backups database. Both keep the same
 * number of backups per board and in all, and skip a board whose newest backup is already up to date.
 */
export async function writeBackup(request: WriteBackupRequest, env: Pick<PlatformEnvironment, 'bridge' | 'browserBackups'> = browserEnvironment()): Promise<Result<BackupEntry, string>> {
  // Said in words here: the bridge would refuse it as a broken contract.
  const size = utf8ByteLength(request.json);
  if (size > MAX_BACKUP_BYTES) {
    return err(`“${request.boardName}” is too large to back up (${formatFileSize(size)}; backups hold up to ${formatFileSize(MAX_BACKUP_BYTES)}). Export it to keep a copy.`);
  }
  return env.bridge !== null ? env.bridge.writeBackup(request) : (await env.browserBackups()).write(request);
}
