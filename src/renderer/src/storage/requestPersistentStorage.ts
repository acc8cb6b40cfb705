/**
 * Asks the browser to keep the app's storage when disk space runs low, instead of evicting it as
 * it may do with ordinary site data. A refusal changes nothing but the odds, so it is not shown.
 */
export type PersistOutcome = 'granted' | 'refused' | 'unsupported';

export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist'> | undefined): Promise<PersistOutcome> {
  if (storage === undefined || typeof storage.persist !== 'function') {
    return 'unsupported';
  }
  try {
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    // Some browsers reject instead of answering false, e.g. in a private window.
    return 'refused';
  }
}
