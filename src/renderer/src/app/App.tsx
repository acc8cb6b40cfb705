import { useEffect } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { BoardScreen } from '../board/BoardScreen';
import { PrintView } from '../print/PrintView';
import { ImportHost } from '../io/ImportHost';
import { onMenuAction } from '../platform/onMenuAction';
import { navigate, useRoute } from './useRoute';
import { routeHref } from './route';
import { useDatabaseStatus } from '../storage/useDatabaseStatus';
import { DatabaseStatusScreen } from '../safety/DatabaseStatusScreen';
import { BackupsScreen } from '../backups/BackupsScreen';
import { useBackupScheduler } from '../backups/useBackupScheduler';

export function App() {
  const route = useRoute();
  const database = useDatabaseStatus();
  // Backups read the boards, so they wait for the database too; a print window only prints.
  useBackupScheduler(database.kind === 'ready' && route.name !== 'print');

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
      return <BackupsScreen />;
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
  }
}
