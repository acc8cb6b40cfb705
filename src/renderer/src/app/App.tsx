import { useEffect } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { BoardScreen } from '../board/BoardScreen';
import { onMenuAction } from '../platform/onMenuAction';
import { navigate, useRoute } from './useRoute';
import { routeHref } from './route';

export function App() {
  const route = useRoute();

  useEffect(
    () =>
      onMenuAction((action) => {
        if (action === 'go-home' || action === 'new-board') navigate(routeHref({ name: 'home' }));
      }),
    [],
  );

  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'board':
      return <BoardScreen key={route.boardId} boardId={route.boardId} />;
    case 'print':
      return <BoardScreen key={route.boardId} boardId={route.boardId} />;
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
