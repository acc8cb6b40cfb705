/** Hash routes, so the same build works from file:// in the desktop app and over HTTP. */
export type Route =
  /** `newBoard`: the home screen with the New board dialog open (the menu's New board). */
  | { readonly name: 'home'; readonly newBoard?: boolean }
  /** Restore from backup: the backups of every board, kept outside the boards' database. */
  | { readonly name: 'backups' }
  | { readonly name: 'board'; readonly boardId: string }
  /** `query` carries the print options (paper, orientation, parts), as a URL query string. */
  | { readonly name: 'print'; readonly boardId: string; readonly query: string }
  | { readonly name: 'not-found'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  if (path === '/new') return { name: 'home', newBoard: true };
  if (path === '/backups') return { name: 'backups' };
  const match = /^\/(board|print)\/([^/?#]+)(?:\?([^#]*))?$/.exec(path);
  if (match) {
    const boardId = safeDecode(match[2] ?? '');
    const query = match[3] ?? '';
    if (boardId !== null && boardId !== '') {
      if (match[1] === 'print') return { name: 'print', boardId, query };
      if (query === '') return { name: 'board', boardId };
    }
  }
  return { name: 'not-found', hash };
}

export function routeHref(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'home':
      return route.newBoard ? '#/new' : '#/';
    case 'backups':
      return '#/backups';
    case 'board':
      return `#/board/${encodeURIComponent(route.boardId)}`;
    case 'print':
      return `#/print/${encodeURIComponent(route.boardId)}${route.query ? `?${route.query}` : ''}`;
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
