import { lazy, Suspense, useEffect } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { ImportHost } from '../io/ImportHost';
import { onMenuAction } from '../platform/onMenuAction';
import { navigate, useRoute } from './useRoute';
import { routeHref, type Route } from './route';
import { assertNever } from '../../../shared/domain/result';
import { useDatabaseStatus } from '../storage/useDatabaseStatus';
import { DatabaseStatusScreen } from '../safety/DatabaseStatusScreen';
import { useBackupScheduler } from '../backups/useBackupScheduler';

// The home screen is what every start paints first; the other screens (and the drag-and-drop,
// matrix, compare and PDF code they bring) load when first opened.
const loadBoardScreen = () => import('../board/BoardScreen');
const loadPrintView = () => import('../print/PrintView');
const loadBackupsScreen = () => import('../backups/BackupsScreen');
const BoardScreen = lazy(() => loadBoardScreen().then((module) => ({ default: module.BoardScreen })));
const PrintView = lazy(() => loadPrintView().then((module) => ({ default: module.PrintView })));
const BackupsScreen = lazy(() => loadBackupsScreen().then((module) => ({ default: module.BackupsScreen })));

export function App() {
  const route = useRoute();
  const database = useDatabaseStatus();
  // Backups read the boards, so they wait for the database too; a print window only prints.
  useBackupScheduler(database.kind === 'ready' && route.name !== 'print');
  // The screen's code downloads while the database opens, not after (the browser keeps one copy of a module).
  useEffect(() => preloadScreen(route.name), [route.name]);

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

  return <Suspense fallback={<p className="loading">Opening…</p>}>{screen(route)}</Suspense>;
}

/** Starts loading a screen's code; a failure is reported when the screen itself loads (React.lazy). */
function preload(load: () => Promise<unknown>): void {
  load().catch(() => undefined);
}

function preloadScreen(name: Route['name']): void {
  switch (name) {
    case 'board':
      preload(loadBoardScreen);
      return;
    case 'print':
      preload(loadPrintView);
      return;
    case 'backups':
      preload(loadBackupsScreen);
      return;
    case 'home':
    case 'not-found':
      return;
    default:
      assertNever(name);
  }
}

function screen(route: Route) {
  switch (route.name) {
    case 'home':
      return (
        <ImportHost>
          <HomeScreen key={route.newBoard ? 'new' : 'home'} newBoard={route.newBoard === true} />
        </ImportHost>
      );
    case 'board':
      return (
        <ImportHost>
          <BoardScreen key={route.boardId} boardId={route.boardId} />
        </ImportHost>
      );
    case 'backups':
      return (
        <ImportHost>
          <BackupsScreen />
        </ImportHost>
      );
    case 'print':
      return <PrintView key={route.boardId} boardId={route.boardId} query={route.query} />;
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
