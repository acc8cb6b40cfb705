/**
 * Records the frames of scripted gestures in a page: a moment at rest first (to know what an idle
 * frame costs there), then each gesture under its own label, each followed by a short tail so the
 * frames that show its result (a drop, a re-render) count with it.
 */
import type { Page } from '@playwright/test';
import { IDLE_LABEL, frameStats, type FrameStats } from './frameStats';
import { labelFrames, startFrameRecorder, stopFrameRecorder } from './pageProbes';

const REST_MS = 300;
const TAIL_MS = 250;

export async function recordFrames<K extends string>(page: Page, gestures: Record<K, () => Promise<void>>): Promise<Record<K, FrameStats>> {
  await page.evaluate(startFrameRecorder);
  await page.evaluate(labelFrames, IDLE_LABEL);
  await page.waitForTimeout(REST_MS);
  for (const [label, gesture] of Object.entries(gestures) as [K, () => Promise<void>][]) {
    await page.evaluate(labelFrames, label);
    await gesture();
    await page.waitForTimeout(TAIL_MS);
  }
  await page.evaluate(labelFrames, null);
  const recorded = await page.evaluate(stopFrameRecorder);
  const stats = {} as Record<K, FrameStats>;
  for (const label of Object.keys(gestures) as K[]) stats[label] = frameStats(recorded, label);
  return stats;
}
