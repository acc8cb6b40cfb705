import { describe, expect, it, vi } from 'vitest';
import { announceBackupsChanged, onBackupsChanged } from '../../../../src/renderer/src/backups/onBackupsChanged';

describe('onBackupsChanged', () => {
  it('calls every listener when backups are announced, and no longer once unsubscribed', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onBackupsChanged(first);
    const stopSecond = onBackupsChanged(second);
    announceBackupsChanged();
    stopFirst();
    announceBackupsChanged();
    stopSecond();
    announceBackupsChanged();
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledTimes(2);
  });
});
