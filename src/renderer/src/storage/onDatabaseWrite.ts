/**
 * Tells a view that the database changed, without saying what: after every write to it that
 * commits, in this window or another window of the app (Dexie relays commits between them). For a
 * view that simply reads everything again: a live query (useLiveQuery) instead records every row
 * it reads so that it can tell which writes concern it, and on a 1,000-task board that bookkeeping
 * costs about as much as the read itself.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { RaciDatabase } from './raciDatabase';

/** Dexie's key for "anything may have changed" (a page brought back from the back-forward cache). */
const EVERYTHING = 'all';

/** Calls `listener` after each committed write to `db`; returns the unsubscribe function. */
export function onDatabaseWrite(db: RaciDatabase, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => part === EVERYTHING || part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
