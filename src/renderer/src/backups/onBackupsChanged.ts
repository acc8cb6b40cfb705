/**
 * Tells whoever shows backups (the Restore from backup screen) that new ones were saved, so the
 * list on screen follows the scheduler without polling.
 */
const listeners = new Set<() => void>();

/** Calls `listener` after every backup run that saved something; returns the function that unsubscribes. */
export function onBackupsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announceBackupsChanged(): void {
  for (const listener of [...listeners]) listener();
}
