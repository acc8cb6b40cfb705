import { Suspense, useEffect } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { ImportHost } from '../io/ImportHost';
import { onMenuAction } from '../platform/onMenuAction';
import { navigate, useRoute } from './useRoute';
import { routeHref, type Route } from './route';
import { useScreenCode } from './useScreenCode';
import { assertNever } from '../../../shared/domain/result';
import { useDatabaseStatus } from '../storage/useDatabaseStatus';
import { DatabaseStatusScreen } from '../safety/DatabaseStatusScreen';
import { useBackupScheduler } from '../backups/useBackupScheduler';
import { markFirstScreenShown } from './firstScreenShown';
import { loadBackupsScreen, loadBoardScreen, loadPrintView } from './screenLoaders';

interface Screens {
  readonly BoardScreen: Awaited<ReturnType<typeof loadBoardScreen>> | null;
  readonly PrintView: Awaited<ReturnType<typeof loadPrintView>> | null;
  readonly BackupsScreen: Awaited<ReturnType<typeof loadBackupsScreen>> | null;
}

export function App() {
  const route = useRoute();
  const database = useDatabaseStatus();
  // Backups read the boards, so they wait for the database too; a print window only prints.
  useBackupScheduler(database.kind === 'ready' && route.name !== 'print');
  const screens: Screens = {
    BoardScreen: useScreenCode(route.name === 'board', loadBoardScreen),
    PrintView: useScreenCode(route.name === 'print', loadPrintView),
    BackupsScreen: useScreenCode(route.name === 'backups', loadBackupsScreen),
  };

  // Only a board is slow to show: BoardScreen says when its board is on screen. Every other page,
  // and leaving a board's page before its board was shown, ends the first screen's turn here.
  const onBoardPage = route.name === 'board';
  useEffect(() => {
    if (!onBoardPage) markFirstScreenShown();
  }, [onBoardPage]);

  useEffect(
    () =>
      onMenuAction((action) => {
        if (action === 'go-home') navigate(routeHref({ name: 'home' }));
        else if (action === 'new-board') navigate(routeHref({ name: 'home', newBoard: true }));
      }),
    [],
  );

  // Nothing reads or writes a board until the database is open and known to be ours to change.
  if (database.kind !== 'ready') return <DatabaseStatusScreen status={database} />;

  return <Suspense fallback={OPENING}>{screen(route, screens)}</Suspense>;
}

const OPENING = <p className="loading">Opening…</p>;

function screen(route: Route, { BoardScreen, PrintView, BackupsScreen }: Screens) {
  switch (route.name) {
    case 'home':
      return (
        <ImportHost>
          <HomeScreen key={route.newBoard ? 'new' : 'home'} newBoard={route.newBoard === true} />
        </ImportHost>
      );
    case 'board':
      // ImportHost stays mounted from screen to screen (an import ends by opening its new board).
      return <ImportHost>{BoardScreen === null ? OPENING : <BoardScreen key={route.boardId} boardId={route.boardId} />}</ImportHost>;
    case 'backups':
      return <ImportHost>{BackupsScreen === null ? OPENING : <BackupsScreen />}</ImportHost>;
    case 'print':
      return PrintView === null ? OPENING : <PrintView key={route.boardId} boardId={route.boardId} query={route.query} />;
    case 'not-found':
      return (
        <div className="app">
          <main className="main loading">
            <p>This page does not exist.</p>
            <a href={routeHref({ name: 'home' })}>Back to your boards</a>
          </main>
        </div>
      );
    default:
      return assertNever(route);
  }
}
