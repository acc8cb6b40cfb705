/**
 * Remembers where the main window was: restores its size, position and maximized state on the
 * next start, and keeps it on a screen that still exists (a laptop unplugged from its monitor must
 * not reopen the window off-screen).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../shared/domain/result';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The window's normal (un-maximized) rectangle and whether it was maximized. */
export interface WindowBounds extends Rectangle {
  readonly isMaximized: boolean;
}

export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 800;

// Zod 4's number() already refuses NaN and Infinity.
const savedWindowStateSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().positive(),
  height: z.number().positive(),
  isMaximized: z.boolean().default(false),
});

/** Used when no display is reported, which Electron should never do. */
const FALLBACK_DISPLAY: Rectangle = { x: 0, y: 0, width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT };

function intersectionArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function fitSize(width: number, height: number, display: Rectangle): { width: number; height: number } {
  return { width: Math.min(Math.round(width), display.width), height: Math.min(Math.round(height), display.height) };
}

function centredOn(display: Rectangle, width: number, height: number, isMaximized: boolean): WindowBounds {
  const size = fitSize(width, height, display);
  return {
    x: Math.round(display.x + (display.width - size.width) / 2),
    y: Math.round(display.y + (display.height - size.height) / 2),
    ...size,
    isMaximized,
  };
}

/**
 * Where to open the main window. `saved` is whatever the state file held (checked here, so a
 * corrupt or old file only costs the position); `displays` are the work areas of the connected
 * screens, the primary one first. Without a usable saved state: 1280x800 centred on the primary
 * screen. A saved window is put back on the screen it mostly covered, moved and shrunk to lie
 * fully inside it; if it covers no screen any more it is centred on the primary one.
 */
export function restoreWindowBounds(saved: unknown, displays: readonly Rectangle[]): WindowBounds {
  const usable = displays.filter((display) => display.width > 0 && display.height > 0);
  const primary = usable[0] ?? FALLBACK_DISPLAY;
  const parsed = savedWindowStateSchema.safeParse(saved);
  if (!parsed.success) return centredOn(primary, DEFAULT_WINDOW_WIDTH, DEFAULT_WINDOW_HEIGHT, false);

  const { x, y, width, height, isMaximized } = parsed.data;
  if (x === undefined || y === undefined) return centredOn(primary, width, height, isMaximized);

  const rect: Rectangle = { x, y, width, height };
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const display of usable) {
    const area = intersectionArea(rect, display);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  if (best === undefined) return centredOn(primary, width, height, isMaximized);

  const size = fitSize(width, height, best);
  return {
    x: clamp(Math.round(x), best.x, best.x + best.width - size.width),
    y: clamp(Math.round(y), best.y, best.y + best.height - size.height),
    ...size,
    isMaximized,
  };
}

/** How far each new window is offset from the one it was opened from, as most desktop apps do. */
export const CASCADE_OFFSET = 32;

/**
 * Where a second window opens: offset down and right from the window it was opened from (its normal
 * rectangle), so it never hides that window exactly, and never maximized. On the display the source
 * mostly covers; when the offset would push it past that display's edge it starts again at the
 * display's top-left corner.
 */
export function cascadeWindowBounds(from: Rectangle, displays: readonly Rectangle[]): WindowBounds {
  const placed = restoreWindowBounds({ ...from, isMaximized: false }, displays);
  const usable = displays.filter((display) => display.width > 0 && display.height > 0);
  const display = usable.find((candidate) => placed.x >= candidate.x && placed.y >= candidate.y && placed.x + placed.width <= candidate.x + candidate.width && placed.y + placed.height <= candidate.y + candidate.height) ?? usable[0] ?? FALLBACK_DISPLAY;
  const x = placed.x + CASCADE_OFFSET;
  const y = placed.y + CASCADE_OFFSET;
  const fits = x + placed.width <= display.x + display.width && y + placed.height <= display.y + display.height;
  return fits ? { ...placed, x, y } : { ...placed, x: display.x, y: display.y };
}

/** Reads the bounds to remember from a window (its normal rectangle, even while maximized). */
export function captureWindowBounds(window: { getNormalBounds(): Rectangle; isMaximized(): boolean }): WindowBounds {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, isMaximized: window.isMaximized() };
}

export interface WindowStateStore {
  /** What the file holds, unchecked; undefined when it is missing or not JSON. */
  load(): unknown;
  save(bounds: WindowBounds): Result<void, string>;
}

/** Keeps the window state as JSON at `filePath` (in the app's userData folder). */
export function createWindowStateStore(filePath: string): WindowStateStore {
  return {
    load() {
      try {
        return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
      } catch {
        // Missing on first start, or damaged: either way the window opens at the default place.
        return undefined;
      }
    },
    save(bounds) {
      // Written beside the target and renamed over it, so a crash mid-write never leaves half a file.
      const temporaryPath = `${filePath}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(filePath), { recursive: true });
        writeFileSync(temporaryPath, JSON.stringify(bounds), 'utf8');
        renameSync(temporaryPath, filePath);
        return ok(undefined);
      } catch (error) {
        try {
          rmSync(temporaryPath, { force: true });
        } catch {
          // A leftover temporary file is harmless; the error below is what matters.
        }
        return err(`Could not save the window position: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
