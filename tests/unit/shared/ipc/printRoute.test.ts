import { describe, expect, it } from 'vitest';
import { printRoute } from '../../../../src/shared/ipc/printRoute';

function query(route: string): URLSearchParams {
  return new URLSearchParams(route.slice(route.indexOf('?') + 1));
}

describe('printRoute', () => {
  it('puts the board id in the path and the options in the query', () => {
    const route = printRoute('b1', { paper: 'Letter', orientation: 'portrait', parts: ['matrix', 'legend'] });
    expect(route.startsWith('/print/b1?')).toBe(true);
    const params = query(route);
    expect(params.get('paper')).toBe('Letter');
    expect(params.get('orientation')).toBe('portrait');
    expect(params.get('parts')).toBe('matrix,legend');
    expect(params.has('autoprint')).toBe(false);
    expect(params.has('unattended')).toBe(false);
  });

  it('adds autoprint=1 when the page should open the print dialog itself', () => {
    expect(query(printRoute('b1', { paper: 'A4', orientation: 'landscape', parts: ['lanes'], autoprint: true })).get('autoprint')).toBe('1');
  });

  it('adds unattended=1 when the page is printed and never seen', () => {
    expect(query(printRoute('b1', { paper: 'A4', orientation: 'landscape', parts: ['lanes'], unattended: true })).get('unattended')).toBe('1');
  });

  it('keeps the route in one piece when the board id holds URL characters', () => {
    const route = printRoute('a/b?c#d', { paper: 'A4', orientation: 'landscape', parts: ['lanes'] });
    expect(route).toMatch(/^\/print\/[^/?#]+\?[^#]+$/);
    expect(decodeURIComponent(route.slice('/print/'.length, route.indexOf('?')))).toBe('a/b?c#d');
  });
});
