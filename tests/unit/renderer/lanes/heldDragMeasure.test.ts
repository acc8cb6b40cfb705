import type { ClientRect } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { heldDragMeasure } from '../../../../src/renderer/src/lanes/heldDragMeasure';

function box(top: number): ClientRect {
  return { top, left: 10, right: 210, bottom: top + 40, width: 200, height: 40 };
}

/** Stands in for the page: each element's box, changed by the test as the preview would move it. */
function page() {
  const boxes = new Map<HTMLElement, ClientRect>();
  let reads = 0;
  return {
    element(top: number): HTMLElement {
      const element = {} as HTMLElement;
      boxes.set(element, box(top));
      return element;
    },
    move(element: HTMLElement, top: number) {
      boxes.set(element, box(top));
    },
    read: (element: HTMLElement): ClientRect => {
      reads += 1;
      return boxes.get(element)!;
    },
    reads: () => reads,
  };
}

describe('heldDragMeasure', () => {
  it('returns the first box of a drag, that very object, when the card moves or is mounted again during it', () => {
    const screen = page();
    const held = heldDragMeasure(screen.read);
    const card = screen.element(100);
    held.release();

    const first = held.measure(card);
    screen.move(card, 300);
    const remounted = screen.element(520);

    expect(first).toEqual(box(100));
    expect(held.measure(card)).toBe(first);
    expect(held.measure(remounted)).toBe(first);
    expect(screen.reads()).toBe(1);
  });

  it('measures the page again when the next drag starts', () => {
    const screen = page();
    const held = heldDragMeasure(screen.read);
    const card = screen.element(100);
    held.release();
    held.measure(card);
    screen.move(card, 300);

    held.release();

    expect(held.measure(card)).toEqual(box(300));
    expect(screen.reads()).toBe(2);
  });
});
