import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../../src/renderer/src/app/route';

describe('parseRoute', () => {
  it('reads home, new board, board and print routes', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/new')).toEqual({ name: 'home', newBoard: true });
    expect(parseRoute('#/board/abc')).toEqual({ name: 'board', boardId: 'abc' });
    expect(parseRoute('#/print/abc?paper=A4')).toEqual({ name: 'print', boardId: 'abc', query: 'paper=A4' });
  });

  it('reads the Restore from backup screen and writes it back when the hash is #/backups', () => {
    expect(parseRoute('#/backups')).toEqual({ name: 'backups' });
    expect(routeHref({ name: 'backups' })).toBe('#/backups');
    expect(parseRoute('#/backups/x').name).toBe('not-found');
  });

  it('round-trips ids with characters that need escaping', () => {
    const route = { name: 'board', boardId: 'a b/c?d' } as const;
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('reports anything else as not found when the hash is malformed', () => {
    expect(parseRoute('#/board/')).toEqual({ name: 'not-found', hash: '#/board/' });
    expect(parseRoute('#/board/%E0%A4%A')).toEqual({ name: 'not-found', hash: '#/board/%E0%A4%A' });
    expect(parseRoute('#/board/abc?x=1').name).toBe('not-found');
  });
});
