/**
 * What a screen reader hears during a drag. Always task titles and lane names, never ids.
 */
import type { LaneItems, LaneKey } from './lanePreview';
import { findLane } from './lanePreview';

/** What the announcer reads at the moment it speaks: the view's latest state. */
export interface AnnouncementSource {
  readonly taskTitle: (taskId: string) => string;
  readonly laneName: (lane: LaneKey) => string;
  /** True when the lane is the Unassigned pool. */
  readonly isPool: (lane: LaneKey) => boolean;
  /** The lanes as the user sees them now (the drag preview while dragging). */
  readonly items: LaneItems;
  /** The lane the dragged card started in. */
  readonly origin: LaneKey | null;
}

export interface DragAnnouncer {
  onDragStart(activeId: string): string;
  /** When the card crosses into another lane, or out of the lanes. undefined when nothing new happened. */
  onDragOver(activeId: string, overId: string | null): string | undefined;
  /** After every move: the card's place, when it changed since it was last announced. */
  onDragMove(activeId: string, overId: string | null): string | undefined;
  onDragEnd(activeId: string, overId: string | null): string;
  onDragCancel(activeId: string): string;
}

export const DRAG_INSTRUCTIONS =
  'To move a task, press Space or Enter to pick it up. Use the arrow keys to move it within a lane or to another lane. ' +
  'Press Space or Enter again to drop it, or Escape to cancel.';

/** `source.current` is read each time something is announced, so the announcer can live for the whole view. */
export function createDragAnnouncer(source: { readonly current: AnnouncementSource }): DragAnnouncer {
  const names = {
    taskTitle: (id: string) => source.current.taskTitle(id),
    laneName: (lane: LaneKey) => source.current.laneName(lane),
    isPool: (lane: LaneKey) => source.current.isPool(lane),
  };
  const items = () => source.current.items;
  const originLane = () => source.current.origin;
  // The place last spoken, so the same place is not announced twice (a repeat would also drown
  // the "picked up" message, which dnd-kit's live region replaces).
  let lastPlace: string | null = null;
  /** Where the card would land if dropped now (where the preview shows it), 1-based. */
  const landing = (activeId: string) => {
    const lane = findLane(items(), activeId);
    if (lane === null) return null;
    const ids = items()[lane] ?? [];
    return { lane, position: ids.indexOf(activeId) + 1, count: ids.length };
  };
  const place = (activeId: string) => {
    const target = landing(activeId);
    if (target === null) return `${names.taskTitle(activeId)} is not over a lane.`;
    const key = `${target.lane}\u0000${target.position}`;
    if (key === lastPlace) return undefined;
    lastPlace = key;
    return `${names.taskTitle(activeId)} is over ${names.laneName(target.lane)}, position ${target.position} of ${target.count}.`;
  };
  return {
    onDragStart(activeId) {
      const start = landing(activeId);
      lastPlace = start === null ? null : `${start.lane}\u0000${start.position}`;
      const where = start === null ? '' : ` in ${names.laneName(start.lane)}`;
      return `Picked up ${names.taskTitle(activeId)}${where}.`;
    },
    onDragOver(activeId, overId) {
      if (overId === null) {
        lastPlace = null;
        return `${names.taskTitle(activeId)} is not over a lane.`;
      }
      return place(activeId);
    },
    onDragMove(activeId, overId) {
      return overId === null ? undefined : place(activeId);
    },
    onDragEnd(activeId, overId) {
      const title = names.taskTitle(activeId);
      const lane = overId === null ? null : findLane(items(), activeId);
      if (lane === null) return `${title} was dropped outside the lanes and did not move.`;
      if (names.isPool(lane)) return `${title} was dropped in ${names.laneName(lane)}. Nobody is accountable for it now.`;
      const origin = originLane();
      if (origin === lane) return `${title} was moved within ${names.laneName(lane)}.`;
      return `${title} was dropped in ${names.laneName(lane)}. ${names.laneName(lane)} is now accountable for it.`;
    },
    onDragCancel(activeId) {
      const origin = originLane();
      const where = origin === null ? '' : ` It is back in ${names.laneName(origin)}.`;
      return `Moving ${names.taskTitle(activeId)} was cancelled.${where}`;
    },
  };
}
