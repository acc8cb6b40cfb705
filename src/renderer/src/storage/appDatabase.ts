/**
 * The one database the app uses. Created on first use, so importing storage code (in a test, or
 * before the page decides to show anything) opens nothing. It never opens itself: only
 * openAppDatabase opens it, after checking it was not written by a newer version of the app, and
 * the app waits for that before showing any board. Code that reads it outside the screens the app
 * shows once it is open must await openAppDatabase first; before that, reads fail (as values,
 * through the repositories) instead of opening, and possibly changing, a newer database.
 */
import type { Result } from '../../../shared/domain/result';
import { openDatabase, type DatabaseOpenError } from './openDatabase';
import { DEFAULT_DATABASE_NAME, RaciDatabase } from './raciDatabase';
import { requestPersistentStorage } from './requestPersistentStorage';

let appDatabase: RaciDatabase | undefined;
let opening: Promise<Result<void, DatabaseOpenError>> | undefined;

export function getAppDatabase(): RaciDatabase {
  appDatabase ??= new RaciDatabase(DEFAULT_DATABASE_NAME, { autoOpen: false });
  return appDatabase;
}

/**
 * Opens the app's database, once per page (later calls share the first answer), refusing one
 * written by a newer version of the app. Also asks, once, that the browser keep the app's storage.
 */
export function openAppDatabase(): Promise<Result<void, DatabaseOpenError>> {
  if (opening === undefined) {
    void requestPersistentStorage(typeof navigator === 'undefined' ? undefined : navigator.storage);
    opening = openDatabase(getAppDatabase(), typeof indexedDB === 'undefined' ? undefined : indexedDB);
  }
  return opening;
}
