import { describe, expect, it } from 'vitest';
import { HOME_ROUTE, newWindowRoute } from '../../../src/main/newWindowRoute';

const base = 'file:///opt/RACI%20Board/resources/app/out/renderer/index.html';

describe('newWindowRoute', () => {
  it('opens the same board when the current window shows a board', () => {
    expect(newWindowRoute(`${base}#/board/b-42`, base)).toBe('/board/b-42');
    expect(newWindowRoute(`${base}#/board/caf%C3%A9`, base)).toBe('/board/caf%C3%A9');
  });

  it('opens the same board when the page comes from the dev server', () => {
    expect(newWindowRoute('http://localhost:5173/#/board/b-42', 'http://localhost:5173/')).toBe('/board/b-42');
  });

  it('opens the home screen when the current window shows another screen', () => {
    for (const hash of ['', '#/', '#/new', '#/backups', '#/print/b-42?paper=A4', '#/board/b-42?x=1', '#/board/', '#/elsewhere']) {
      expect(newWindowRoute(`${base}${hash}`, base), hash).toBe(HOME_ROUTE);
    }
  });

  it('opens the home screen when the current page is not the app', () => {
    expect(newWindowRoute('https://evil.example/#/board/b-42', base)).toBe(HOME_ROUTE);
    expect(newWindowRoute('file:///tmp/other.html#/board/b-42', base)).toBe(HOME_ROUTE);
    expect(newWindowRoute('', base)).toBe(HOME_ROUTE);
    expect(newWindowRoute(null, base)).toBe(HOME_ROUTE);
  });
});
