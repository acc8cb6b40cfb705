import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CASCADE_OFFSET,
  captureWindowBounds,
  cascadeWindowBounds,
  createWindowStateStore,
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  restoreWindowBounds,
  type Rectangle,
  type WindowBounds,
} from '../../../src/main/windowState';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

function isInside(bounds: WindowBounds, display: Rectangle): boolean {
  return (
    bounds.x >= display.x &&
    bounds.y >= display.y &&
    bounds.x + bounds.width <= display.x + display.width &&
    bounds.y + bounds.height <= display.y + display.height
  );
}

describe('restoreWindowBounds', () => {
  it('centres a 1280x800 window on the primary display when nothing was saved', () => {
    const bounds = restoreWindowBounds(undefined, [laptop, rightMonitor]);
    expect(bounds).toEqual({
      x: (laptop.width - DEFAULT_WINDOW_WIDTH) / 2,
      y: (laptop.height - DEFAULT_WINDOW_HEIGHT) / 2,
      width: DEFAULT_WINDOW_WIDTH,
      height: DEFAULT_WINDOW_HEIGHT,
      isMaximized: false,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'big'],
    ['a negative width', { x: 0, y: 0, width: -5, height: 600 }],
    ['a missing height', { x: 0, y: 0, width: 900 }],
    ['NaN', { x: Number.NaN, y: 0, width: 900, height: 700 }],
    ['a non-boolean maximized flag', { x: 0, y: 0, width: 900, height: 700, isMaximized: 'yes' }],
  ])('falls back to the default when the saved state is %s', (_kind, saved) => {
    expect(restoreWindowBounds(saved, [laptop])).toEqual(restoreWindowBounds(undefined, [laptop]));
  });

  it('keeps a saved window where it was when it lies inside a display', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('keeps the maximized flag when the saved window was maximized', () => {
    expect(restoreWindowBounds({ x: 100, y: 100, width: 1000, height: 700, isMaximized: true }, [laptop]).isMaximized).toBe(true);
  });

  it('treats a missing maximized flag as not maximized', () => {
    expect(restoreWindowBounds({ x: 100, y: 100, width: 1000, height: 700 }, [laptop]).isMaximized).toBe(false);
  });

  it('centres the saved size on the primary display when its monitor was unplugged', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, isMaximized: true };
    const bounds = restoreWindowBounds(saved, [laptop]);
    expect(bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900, isMaximized: true });
  });

  it('moves a window back inside the display it mostly covers when it hangs off an edge', () => {
    const saved = { x: 1200, y: -200, width: 1000, height: 700 };
    const bounds = restoreWindowBounds(saved, [laptop, rightMonitor]);
    expect(isInside(bounds, laptop)).toBe(true);
    expect(bounds).toMatchObject({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('moves a window onto the second display when it mostly covers that one', () => {
    const bounds = restoreWindowBounds({ x: 1500, y: -200, width: 1000, height: 700 }, [laptop, rightMonitor]);
    expect(isInside(bounds, rightMonitor)).toBe(true);
    expect(bounds).toMatchObject({ x: 1920, y: 0 });
  });

  it('shrinks a window to the display when it is larger than the display', () => {
    const bounds = restoreWindowBounds({ x: 0, y: 0, width: 4000, height: 3000 }, [laptop]);
    expect(bounds).toMatchObject({ x: 0, y: 0, width: laptop.width, height: laptop.height });
  });

  it('shrinks the default window when the primary display is smaller than 1280x800', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1024, height: 700 };
    const bounds = restoreWindowBounds(undefined, [small]);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700, isMaximized: false });
  });

  it('centres the saved size on the primary display when no position was saved', () => {
    expect(restoreWindowBounds({ width: 1000, height: 600 }, [laptop])).toEqual({ x: 460, y: 225, width: 1000, height: 600, isMaximized: false });
  });

  it('respects a primary display that does not start at the origin', () => {
    const offset: Rectangle = { x: -1920, y: 40, width: 1920, height: 1040 };
    const bounds = restoreWindowBounds(undefined, [offset]);
    expect(isInside(bounds, offset)).toBe(true);
  });

  it('rounds fractional positions and sizes to whole pixels', () => {
    const bounds = restoreWindowBounds({ x: 100.4, y: 100.6, width: 1000.5, height: 700.2 }, [laptop]);
    for (const value of [bounds.x, bounds.y, bounds.width, bounds.height]) expect(Number.isInteger(value)).toBe(true);
  });

  it('still returns a usable window when no display is reported', () => {
    const bounds = restoreWindowBounds(undefined, []);
    expect(bounds.width).toBeGreaterThan(0);
    expect(bounds.height).toBeGreaterThan(0);
  });
});

describe('captureWindowBounds', () => {
  it('records the normal rectangle and the maximized flag when the window is maximized', () => {
    const window = { getNormalBounds: () => ({ x: 5, y: 6, width: 700, height: 500 }), isMaximized: () => true };
    expect(captureWindowBounds(window)).toEqual({ x: 5, y: 6, width: 700, height: 500, isMaximized: true });
  });
});

describe('createWindowStateStore', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'raci-window-state-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const sample: WindowBounds = { x: 12, y: 34, width: 1100, height: 760, isMaximized: true };

  it('loads undefined when the file does not exist', () => {
    expect(createWindowStateStore(join(folder, 'window-state.json')).load()).toBeUndefined();
  });

  it('loads undefined when the file is not JSON', () => {
    const path = join(folder, 'window-state.json');
    writeFileSync(path, '{"x": 1, "wid', 'utf8');
    expect(createWindowStateStore(path).load()).toBeUndefined();
  });

  it('loads what was saved when saved and loaded again', () => {
    const path = join(folder, 'window-state.json');
    expect(createWindowStateStore(path).save(sample)).toEqual({ ok: true, value: undefined });
    expect(createWindowStateStore(path).load()).toEqual(sample);
    expect(restoreWindowBounds(createWindowStateStore(path).load(), [laptop])).toEqual(sample);
  });

  it('replaces the previous state and leaves no temporary file when saved twice', () => {
    const path = join(folder, 'window-state.json');
    const store = createWindowStateStore(path);
    store.save(sample);
    store.save({ ...sample, x: 99, isMaximized: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...sample, x: 99, isMaximized: false });
    expect(readdirSync(folder)).toEqual(['window-state.json']);
  });

  it('creates the folder when the userData folder does not exist yet', () => {
    const path = join(folder, 'new', 'window-state.json');
    expect(createWindowStateStore(path).save(sample).ok).toBe(true);
    expect(createWindowStateStore(path).load()).toEqual(sample);
  });

  it('returns an error and keeps the old file when the file cannot be written', () => {
    // A folder where the file should be makes the rename fail on every platform.
    const path = join(folder, 'window-state.json');
    mkdirSync(path);
    const result = createWindowStateStore(path).save(sample);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/window position/);
    expect(readdirSync(folder)).toEqual(['window-state.json']);
  });
});

describe('cascadeWindowBounds', () => {
  it('opens the new window offset down and right from the one it came from, the same size', () => {
    const from = { x: 100, y: 80, width: 1200, height: 800 };
    expect(cascadeWindowBounds(from, [laptop, rightMonitor])).toEqual({ x: 100 + CASCADE_OFFSET, y: 80 + CASCADE_OFFSET, width: 1200, height: 800, isMaximized: false });
  });

  it('opens the new window not maximized when the source window is maximized', () => {
    const from = captureWindowBounds({ getNormalBounds: () => ({ x: 10, y: 10, width: 1000, height: 700 }), isMaximized: () => true });
    expect(cascadeWindowBounds(from, [laptop])).toMatchObject({ x: 10 + CASCADE_OFFSET, y: 10 + CASCADE_OFFSET, isMaximized: false });
  });

  it('stays on the display the source window is on', () => {
    const from = { x: 2000, y: 100, width: 1600, height: 1000 };
    const bounds = cascadeWindowBounds(from, [laptop, rightMonitor]);
    expect(bounds).toMatchObject({ x: 2000 + CASCADE_OFFSET, y: 100 + CASCADE_OFFSET });
    expect(isInside(bounds, rightMonitor)).toBe(true);
  });

  it("starts again at the display's top-left corner when the offset would leave the display", () => {
    const from = { x: laptop.width - 1000, y: laptop.height - 700, width: 1000, height: 700 };
    const bounds = cascadeWindowBounds(from, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1000, height: 700, isMaximized: false });
  });

  it('keeps every window of a long cascade fully on screen', () => {
    let bounds: WindowBounds = restoreWindowBounds(undefined, [laptop]);
    const seen = new Set<string>();
    for (let step = 0; step < 40; step += 1) {
      bounds = cascadeWindowBounds(bounds, [laptop]);
      expect(isInside(bounds, laptop)).toBe(true);
      seen.add(`${bounds.x},${bounds.y}`);
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('brings a source window that is off every display back on screen', () => {
    const bounds = cascadeWindowBounds({ x: -5000, y: -5000, width: 1000, height: 700 }, [laptop]);
    expect(isInside(bounds, laptop)).toBe(true);
  });
});
