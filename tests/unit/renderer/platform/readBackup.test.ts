import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../../src/renderer/src/platform/readBackup';
import { ok } from '../../../../src/shared/domain/result';
import { backupEntry, fakeBridge, fakeWebEnvironment } from './fakePlatform';

function desktop() {
  const bridge = fakeBridge();
  const { env, backups } = fakeWebEnvironment();
  return { env: { ...env, bridge }, bridge, backups };
}

describe('readBackup', () => {
  it('reads through the bridge on the desktop and through the browser store on the web', async () => {
    const { env: desktopEnv, bridge } = desktop();
    expect(await readBackup(backupEntry.id, desktopEnv)).toEqual(ok('{"kind":"raci-board"}'));
    expect(bridge.readBackup).toHaveBeenCalledExactlyOnceWith(backupEntry.id);

    const { env: webEnv, backups } = fakeWebEnvironment();
    backups.read.mockResolvedValue(ok('{}'));
    expect(await readBackup(backupEntry.id, webEnv)).toEqual(ok('{}'));
  });

  it('refuses an id that is not a backup id before asking anyone', async () => {
    const { env, bridge } = desktop();
    expect(await readBackup('../../etc/passwd', env)).toEqual({ ok: false, error: 'There is no such backup.' });
    expect(bridge.readBackup).not.toHaveBeenCalled();
  });
});
