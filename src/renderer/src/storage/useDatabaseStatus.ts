import { useEffect, useState } from 'react';
import { getAppDatabase, openAppDatabase } from './appDatabase';
import type { DatabaseOpenError } from './openDatabase';
import { watchDatabase } from './watchDatabase';

export type DatabaseStatus =
  | { readonly kind: 'opening' }
  /** Opening waits for another window (an older version of the app) to close the database. */
  | { readonly kind: 'blocked' }
  | { readonly kind: 'ready' }
  /** Another window upgraded or deleted the database; this one closed it and must reload. */
  | { readonly kind: 'changed-elsewhere' }
  | DatabaseOpenError;

const OPENING: DatabaseStatus = { kind: 'opening' };
const READY: DatabaseStatus = { kind: 'ready' };

/**
 * Opens the app's database and follows what happens to it: the app shows boards only while this
 * is 'ready'. Once the database changed elsewhere the status stays so, whatever else arrives.
 */
export function useDatabaseStatus(): DatabaseStatus {
  const [status, setStatus] = useState<DatabaseStatus>(OPENING);
  useEffect(() => {
    let mounted = true;
    const settle = (next: DatabaseStatus) => setStatus((current) => (current.kind === 'changed-elsewhere' ? current : next));
    const stop = watchDatabase(getAppDatabase(), {
      onChangedElsewhere: () => setStatus({ kind: 'changed-elsewhere' }),
      onBlocked: () => setStatus((current) => (current.kind === 'opening' ? { kind: 'blocked' } : current)),
    });
    void openAppDatabase().then((opened) => {
      if (mounted) settle(opened.ok ? READY : opened.error);
    });
    return () => {
      mounted = false;
      stop();
    };
  }, []);
  return status;
}
