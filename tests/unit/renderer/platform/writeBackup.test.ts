import { describe, expect, it } from 'vitest';
import { writeBackup } from '../../../../src/renderer/src/platform/writeBackup';
import { ok } from '../../../../src/shared/domain/result';
import { MAX_BACKUP_BYTES } from '../../../../src/shared/ipc/contract';
import { backupEntry, fakeBridge, fakeWebEnvironment } from './fakePlatform';

const request = { boardId: 'b1', boardName: 'Launch plan', updatedAt: 5, json: '{"kind":"raci-board"}' };

function desktop() {
  const bridge = fakeBridge();
  const { env, backups } = fakeWebEnvironment();
  return { env: { ...env, bridge }, bridge, backups };
}

describe('writeBackup', () => {
  it('writes through the desktop bridge and never the browser store when the bridge is there', async () => {
    const { env, bridge, backups } = desktop();
    expect(await writeBackup(request, env)).toEqual(ok(backupEntry));
    expect(bridge.writeBackup).toHaveBeenCalledExactlyOnceWith(request);
    expect(env.browserBackups).not.toHaveBeenCalled();
    expect(backups.write).not.toHaveBeenCalled();
  });

  it('writes to the browser store when there is no bridge', async () => {
    const { env, backups } = fakeWebEnvironment();
    backups.write.mockResolvedValue(ok(backupEntry));
    expect(await writeBackup(request, env)).toEqual(ok(backupEntry));
    expect(backups.write).toHaveBeenCalledExactlyOnceWith(request);
  });

  it('says in words that a board is too large, and sends nothing, when its snapshot passes the limit', async () => {
    const { env, bridge } = desktop();
    const result = await writeBackup({ ...request, json: 'x'.repeat(MAX_BACKUP_BYTES + 1) }, env);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^“Launch plan” is too large to back up \(10\.0 MB; backups hold up to 10 MB\)/) });
    expect(bridge.writeBackup).not.toHaveBeenCalled();
  });
});
