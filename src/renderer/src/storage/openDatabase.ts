/**
 * Opens the app's database, refusing one written by a newer version of the app without changing
 * it. Dexie 4 would open such a database anyway (and add any table it finds missing, raising the
 * version again), letting this version write rows a newer one may no longer read. So the stored
 * version is checked before Dexie touches the database, and once more once it is open.
 */
import { err, ok, type Result } from '../../../shared/domain/result';
import type { RaciDatabase } from './raciDatabase';
import { toStorageError } from './storageError';

export type DatabaseOpenError =
  /** The database was written by a newer version of the app; it was not changed. */
  | { readonly kind: 'newer'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export const NEWER_DATABASE_MESSAGE = 'This data was saved by a newer version of RACI Board. Update the app to open it; nothing was changed.';

const NEWER: DatabaseOpenError = { kind: 'newer', message: NEWER_DATABASE_MESSAGE };

/**
 * Opens `db` (which must not be open yet). `factory` is the IndexedDB the database lives in, used
 * to read the stored version without opening it; where it cannot list databases the check after
 * opening still refuses a newer database, but Dexie may already have added tables to it.
 */
export async function openDatabase(db: RaciDatabase, factory: IDBFactory | undefined): Promise<Result<void, DatabaseOpenError>> {
  const known = nativeVersion(db);
  if ((await storedVersion(factory, db.name)) > known) {
    return err(NEWER);
  }
  try {
    await db.open();
  } catch (error) {
    return err(isVersionError(error) ? NEWER : { kind: 'failed', message: toStorageError(error, 'open').message });
  }
  if (db.backendDB().version > known) {
    db.close();
    return err(NEWER);
  }
  return ok(undefined);
}

/** The version IndexedDB holds for the newest schema declared in `db` (Dexie stores ten times it). */
function nativeVersion(db: RaciDatabase): number {
  return Math.round(db.verno * 10);
}

async function storedVersion(factory: IDBFactory | undefined, name: string): Promise<number> {
  if (factory === undefined || typeof factory.databases !== 'function') {
    return 0;
  }
  try {
    const databases = await factory.databases();
    return databases.find((database) => database.name === name)?.version ?? 0;
  } catch {
    // Listing is only a safeguard: opening checks the version again.
    return 0;
  }
}

function isVersionError(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 4; depth += 1) {
    if ((current as { name?: unknown }).name === 'VersionError') {
      return true;
    }
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
