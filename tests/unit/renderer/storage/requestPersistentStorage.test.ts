import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../../src/renderer/src/storage/requestPersistentStorage';

describe('requestPersistentStorage', () => {
  it('asks the browser once and reports a grant when it keeps the storage', async () => {
    const persist = vi.fn(() => Promise.resolve(true));

    expect(await requestPersistentStorage({ persist })).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('reports a refusal when the browser says no', async () => {
    expect(await requestPersistentStorage({ persist: () => Promise.resolve(false) })).toBe('refused');
  });

  it('reports a refusal rather than failing when the browser rejects the request', async () => {
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) })).toBe('refused');
  });

  it('skips the request when the browser has no storage manager or no persist method', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({} as Pick<StorageManager, 'persist'>)).toBe('unsupported');
  });
});
