import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../src/renderer/src/platform/listBackups';
import { ok } from '../../../../src/shared/domain/result';
import { backupEntry, fakeBridge, fakeWebEnvironment } from './fakePlatform';

function desktop() {
  const bridge = fakeBridge();
  const { env, backups } = fakeWebEnvironment();
  return { env: { ...env, bridge }, bridge, backups };
}

describe('listBackups', () => {
  it('lists through the bridge on the desktop and through the browser store on the web', async () => {
    const { env: desktopEnv, bridge } = desktop();
    expect(await listBackups(desktopEnv)).toEqual(ok([backupEntry]));
    expect(bridge.listBackups).toHaveBeenCalledOnce();

    const { env: webEnv, backups } = fakeWebEnvironment();
    backups.list.mockResolvedValue(ok([]));
    expect(await listBackups(webEnv)).toEqual(ok([]));
    expect(backups.list).toHaveBeenCalledOnce();
  });
});
