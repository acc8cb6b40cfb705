import { useEffect, useSyncExternalStore } from 'react';
import { getAppDatabase, openAppDatabase } from './appDatabase';
import { createDatabaseStatus, type DatabaseStatus, type DatabaseStatusStore } from './databaseStatus';

export type { DatabaseStatus } from './databaseStatus';

let appStatus: DatabaseStatusStore | undefined;

/** The app database's status store, created on first use. */
function appDatabaseStatus(): DatabaseStatusStore {
  appStatus ??= createDatabaseStatus(getAppDatabase(), openAppDatabase);
  return appStatus;
}

/** Starts opening the app's database, if nothing has yet: as early as the page starts. */
export function startAppDatabase(): void {
  appDatabaseStatus().start();
}

/**
 * The app database's status: the app shows boards only while this is 'ready'. Opens the database
 * if the page has not started to yet.
 */
export function useDatabaseStatus(): DatabaseStatus {
  const store = appDatabaseStatus();
  useEffect(() => store.start(), [store]);
  return useSyncExternalStore(store.subscribe, store.current);
}
