/**
 * What the first screen needs, started before React renders it: the database opens, the screen's
 * code downloads and, on a board's or a print page, the board's rows are read, all at once.
 * Otherwise each would wait for the first paint and then for the one before it.
 */
import { assertNever } from '../../../shared/domain/result';
import { getAppDatabase, openAppDatabase } from '../storage/appDatabase';
import { prefetchBoard } from '../storage/boardPrefetch';
import { startAppDatabase } from '../storage/useDatabaseStatus';
import type { Route } from './route';
import { loadBackupsScreen, loadBoardScreen, loadPrintView } from './screenLoaders';

export function startFirstScreen(route: Route): void {
  startAppDatabase();
  switch (route.name) {
    case 'board':
      void loadBoardScreen().catch(() => undefined);
      prefetchWhenOpen(route.boardId);
      return;
    case 'print':
      void loadPrintView().catch(() => undefined);
      prefetchWhenOpen(route.boardId);
      return;
    case 'backups':
      void loadBackupsScreen().catch(() => undefined);
      return;
    case 'home':
    case 'not-found':
      return;
    default:
      assertNever(route);
  }
}

function prefetchWhenOpen(boardId: string): void {
  void openAppDatabase().then((opened) => {
    if (opened.ok) prefetchBoard(getAppDatabase(), boardId);
  });
}
