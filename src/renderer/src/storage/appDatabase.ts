/**
 * The one database the app uses. Created on first use, so importing storage code (in a test, or
 * before the page decides to show anything) opens nothing.
 */
import { RaciDatabase } from './raciDatabase';

let appDatabase: RaciDatabase | undefined;

export function getAppDatabase(): RaciDatabase {
  appDatabase ??= new RaciDatabase();
  return appDatabase;
}
