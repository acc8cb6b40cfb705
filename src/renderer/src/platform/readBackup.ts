import { err, type Result } from '../../../shared/domain/result';
import { BACKUP_ID_PATTERN } from '../../../shared/ipc/bridgeLimits';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

/** The text of one backup (a .raci.json board file), or a sentence saying why it cannot be read. */
export async function readBackup(id: string, env: Pick<PlatformEnvironment, 'bridge' | 'browserBackups'> = browserEnvironment()): Promise<Result<string, string>> {
  // Checked here too: the bridge would refuse a malformed id as a broken contract, by throwing.
  if (!BACKUP_ID_PATTERN.test(id)) return err('There is no such backup.');
  return env.bridge !== null ? env.bridge.readBackup(id) : (await env.browserBackups()).read(id);
}
