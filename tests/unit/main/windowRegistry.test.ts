import { describe, expect, it } from 'vitest';
import { createWindowRegistry } from '../../../src/main/windowRegistry';

class FakeWindow {
  destroyed = false;
  constructor(readonly name: string) {}
  isDestroyed() {
    return this.destroyed;
  }
}

describe('createWindowRegistry', () => {
  it('has no current window when none was added', () => {
    const registry = createWindowRegistry<FakeWindow>();
    expect(registry.current()).toBeNull();
    expect(registry.all()).toEqual([]);
  });

  it('makes the newest window current when windows are added', () => {
    const registry = createWindowRegistry<FakeWindow>();
    const first = new FakeWindow('first');
    const second = new FakeWindow('second');
    registry.add(first);
    registry.add(second);
    expect(registry.current()).toBe(second);
    expect(registry.all()).toEqual([second, first]);
  });

  it('makes a window current again when it is focused', () => {
    const registry = createWindowRegistry<FakeWindow>();
    const first = new FakeWindow('first');
    const second = new FakeWindow('second');
    registry.add(first);
    registry.add(second);
    registry.focused(first);
    expect(registry.current()).toBe(first);
    expect(registry.all()).toEqual([first, second]);
  });

  it('falls back to the other window when the current one is removed', () => {
    const registry = createWindowRegistry<FakeWindow>();
    const first = new FakeWindow('first');
    const second = new FakeWindow('second');
    registry.add(first);
    registry.add(second);
    registry.remove(second);
    expect(registry.current()).toBe(first);
    registry.remove(first);
    expect(registry.current()).toBeNull();
  });

  it('ignores focus reported for a window already removed', () => {
    const registry = createWindowRegistry<FakeWindow>();
    const first = new FakeWindow('first');
    const closing = new FakeWindow('closing');
    registry.add(first);
    registry.add(closing);
    registry.remove(closing);
    registry.focused(closing);
    expect(registry.all()).toEqual([first]);
  });

  it('skips a destroyed window that was not removed yet', () => {
    const registry = createWindowRegistry<FakeWindow>();
    const first = new FakeWindow('first');
    const second = new FakeWindow('second');
    registry.add(first);
    registry.add(second);
    second.destroyed = true;
    expect(registry.current()).toBe(first);
    expect(registry.all()).toEqual([first]);
  });

  it('keeps one entry per window when a window is added twice', () => {
    const registry = createWindowRegistry<FakeWindow>();
    const only = new FakeWindow('only');
    registry.add(only);
    registry.add(only);
    expect(registry.all()).toEqual([only]);
  });
});
