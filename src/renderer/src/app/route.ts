/** Hash routes, so the same build works from file:// in the desktop app and over HTTP. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'board'; readonly boardId: string }
  | { readonly name: 'print'; readonly boardId: string }
  | { readonly name: 'not-found'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  const match = /^\/(board|print)\/([^/?#]+)$/.exec(path);
  if (match) {
    const boardId = safeDecode(match[2] ?? '');
    if (boardId !== null && boardId !== '') {
      return match[1] === 'board' ? { name: 'board', boardId } : { name: 'print', boardId };
    }
  }
  return { name: 'not-found', hash };
}

export function routeHref(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'board':
      return `#/board/${encodeURIComponent(route.boardId)}`;
    case 'print':
      return `#/print/${encodeURIComponent(route.boardId)}`;
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
