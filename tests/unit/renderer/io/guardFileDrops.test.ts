import { describe, expect, it } from 'vitest';
import { guardFileDrops } from '../../../../src/renderer/src/io/guardFileDrops';

/** A drag event as node can make one: an Event carrying a minimal dataTransfer. */
function dragEvent(type: 'dragover' | 'drop', types: readonly string[]): Event & { dataTransfer: { types: readonly string[]; dropEffect: string } } {
  const event = new Event(type, { cancelable: true });
  return Object.assign(event, { dataTransfer: { types, dropEffect: 'copy' } });
}

describe('guardFileDrops', () => {
  it('cancels the drop and the dragover when a file is dragged', () => {
    const target = new EventTarget();
    guardFileDrops(target);
    const over = dragEvent('dragover', ['Files']);
    const drop = dragEvent('drop', ['Files']);
    expect(target.dispatchEvent(over)).toBe(false);
    expect(over.dataTransfer.dropEffect).toBe('none');
    expect(target.dispatchEvent(drop)).toBe(false);
  });

  it('leaves drags of text and elements alone when no file is dragged', () => {
    const target = new EventTarget();
    guardFileDrops(target);
    const over = dragEvent('dragover', ['text/plain']);
    expect(target.dispatchEvent(over)).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('copy');
    expect(target.dispatchEvent(dragEvent('drop', ['text/plain']))).toBe(true);
  });

  it('lets a later listener accept the drop when one is registered after the guard', () => {
    const target = new EventTarget();
    guardFileDrops(target);
    target.addEventListener('dragover', (event) => {
      (event as ReturnType<typeof dragEvent>).dataTransfer.dropEffect = 'copy';
    });
    const over = dragEvent('dragover', ['Files']);
    target.dispatchEvent(over);
    expect(over.dataTransfer.dropEffect).toBe('copy');
  });

  it('stops cancelling drops when removed', () => {
    const target = new EventTarget();
    guardFileDrops(target)();
    expect(target.dispatchEvent(dragEvent('drop', ['Files']))).toBe(true);
  });
});
