/**
 * Keeps this window out of the way of another one. When another window (a newer version of the
 * app) upgrades or deletes the database, this connection closes at once, so the upgrade is not
 * blocked, and for good, so nothing here reopens and writes to the upgraded database; the window
 * is told, to reload. When opening here waits for an older window that keeps the database open,
 * the window is told, to say so.
 */
import type { RaciDatabase } from './raciDatabase';

export interface DatabaseWatchers {
  /** The database was upgraded or deleted elsewhere; this connection is closed and stays closed. */
  readonly onChangedElsewhere: () => void;
  /** Opening the database here waits for another window to close it. */
  readonly onBlocked: () => void;
}

/** Subscribes to the database's version events; returns the unsubscribe function. */
export function watchDatabase(db: RaciDatabase, watchers: DatabaseWatchers): () => void {
  const onVersionChange = (): false => {
    // Closing with auto-open disabled: a later query fails instead of reopening the database.
    db.close();
    watchers.onChangedElsewhere();
    // Stops Dexie's own handler, which would close the database but let it reopen.
    return false;
  };
  const onBlocked = (): void => watchers.onBlocked();
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}
