/**
 * Frame-time figures of one gesture: what the budget speaks of (95th percentile, longest frame).
 *
 * With the frame-rate limit off, the browser draws frames back to back (about a millisecond each on
 * an idle page) while the bench's pointer moves arrive only every few dozen milliseconds, so most
 * frames of a gesture are idle and would water a percentile down. A frame of the gesture counts when
 * the page did something in it: handled an input event, changed its DOM, or took longer than twice
 * the median frame of the same page at rest (work that changes nothing visible, such as measuring
 * layout or rendering to an unchanged result, still makes a frame late).
 */
import type { RecordedFrames } from './pageProbes';
import { median, percentile } from './runStats';

export interface FrameStats {
  readonly p95: number;
  readonly max: number;
  /** Frames that counted. */
  readonly frames: number;
  /** Frames of the gesture in all, idle ones included. */
  readonly allFrames: number;
  /** Frame time of the page at rest (median), from which idle frames are told apart. */
  readonly idle: number;
}

export const IDLE_LABEL = 'idle';

export function frameStats(recorded: RecordedFrames, gesture: string): FrameStats {
  const rest = recorded[IDLE_LABEL] ?? [];
  const frames = recorded[gesture] ?? [];
  if (rest.length === 0) throw new Error(`No frame was recorded at rest before ${gesture}.`);
  const idle = median(rest.map(([ms]) => ms));
  const counted = frames.filter(([ms, active]) => active === 1 || ms > 2 * idle).map(([ms]) => ms);
  if (counted.length === 0) throw new Error(`No frame of ${gesture} showed any work: the gesture did not reach the page.`);
  return { p95: percentile(counted, 95), max: Math.max(...counted), frames: counted.length, allFrames: frames.length, idle };
}
