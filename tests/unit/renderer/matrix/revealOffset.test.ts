import { describe, expect, it } from 'vitest';
import { revealOffset } from '../../../../src/renderer/src/matrix/revealOffset';

const VIEW = { viewSize: 500, stickyStart: 50, align: 'nearest' as const };

describe('revealOffset', () => {
  it('keeps the offset when the span is already in view', () => {
    expect(revealOffset({ ...VIEW, offset: 100, start: 200, end: 240 })).toBe(100);
  });

  it('scrolls back so the span clears the sticky part when it is hidden under it', () => {
    expect(revealOffset({ ...VIEW, offset: 100, start: 120, end: 160 })).toBe(70);
  });

  it('scrolls on just enough to show the span when it is below the view', () => {
    expect(revealOffset({ ...VIEW, offset: 0, start: 900, end: 940 })).toBe(440);
  });

  it('shows the start of a span larger than the free area', () => {
    expect(revealOffset({ ...VIEW, offset: 0, start: 600, end: 1600 })).toBe(550);
  });

  it('puts the span in the middle of the free area when asked to centre', () => {
    // Free area 450 px; a 50 px span centred leaves 200 px above it, under the 50 px sticky part.
    expect(revealOffset({ ...VIEW, align: 'center', offset: 0, start: 1000, end: 1050 })).toBe(750);
  });

  it('never scrolls before the start', () => {
    expect(revealOffset({ ...VIEW, align: 'center', offset: 300, start: 60, end: 100 })).toBe(0);
    expect(revealOffset({ ...VIEW, offset: 300, start: 20, end: 60 })).toBe(0);
  });
});
