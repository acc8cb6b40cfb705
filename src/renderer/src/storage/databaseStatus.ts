/**
 * The status of the app's database for the whole page. The page starts opening it before React
 * renders anything (main.tsx), so the database opens while React and the first screen's code load
 * rather than after the first paint; screens follow the status through useDatabaseStatus.
 */
import type { Result } from '../../../shared/domain/result';
import type { DatabaseOpenError } from './openDatabase';
import type { RaciDatabase } from './raciDatabase';
import { watchDatabase } from './watchDatabase';

export type DatabaseStatus =
  | { readonly kind: 'opening' }
  /** Opening waits for another window (an older version of the app) to close the database. */
  | { readonly kind: 'blocked' }
  | { readonly kind: 'ready' }
  /** Another window upgraded or deleted the database; this one closed it and must reload. */
  | { readonly kind: 'changed-elsewhere' }
  | DatabaseOpenError;

export interface DatabaseStatusStore {
  /** Watches the database and opens it; later calls do nothing. */
  readonly start: () => void;
  readonly current: () => DatabaseStatus;
  /** Calls `listener` after every change of status; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

const OPENING: DatabaseStatus = { kind: 'opening' };
const READY: DatabaseStatus = { kind: 'ready' };

/**
 * A store for `db`, opened by `open`. The watch starts before the open, so a wait for another
 * window is reported; once the database changed elsewhere the status stays so, whatever else arrives.
 */
export function createDatabaseStatus(db: RaciDatabase, open: () => Promise<Result<void, DatabaseOpenError>>): DatabaseStatusStore {
  let status = OPENING;
  let started = false;
  const listeners = new Set<() => void>();
  const set = (next: DatabaseStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    start: () => {
      if (started) return;
      started = true;
      watchDatabase(db, {
        onChangedElsewhere: () => set({ kind: 'changed-elsewhere' }),
        onBlocked: () => {
          if (status.kind === 'opening') set({ kind: 'blocked' });
        },
      });
      void open().then((opened) => {
        if (status.kind !== 'changed-elsewhere') set(opened.ok ? READY : opened.error);
      });
    },
    current: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
