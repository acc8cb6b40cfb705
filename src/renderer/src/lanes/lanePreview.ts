/**
 * The drag preview of the lanes view: which task ids each lane shows while a card is dragged. It lives
 * in component state only; the board changes once, on drop, through one moveTask command.
 */
import type { RoleId, TaskId } from '../../../shared/domain/board';

/** The Unassigned pool's key among lane keys (role ids are the others). */
export const POOL_KEY = '__unassigned__';

export type LaneKey = RoleId | typeof POOL_KEY;
export type LaneItems = Readonly<Record<LaneKey, readonly TaskId[]>>;

const CONTAINER_PREFIX = 'lane:';

/** The dnd-kit id of a lane's droppable container (distinct from task ids, which are the draggables' ids). */
export function containerId(lane: LaneKey): string {
  return `${CONTAINER_PREFIX}${lane}`;
}

export function laneOfContainerId(id: string): LaneKey | null {
  return id.startsWith(CONTAINER_PREFIX) ? id.slice(CONTAINER_PREFIX.length) : null;
}

export function roleIdOfLane(lane: LaneKey): RoleId | null {
  return lane === POOL_KEY ? null : lane;
}

/** The lane that holds the task `taskId`. */
export function findLane(items: LaneItems, taskId: TaskId): LaneKey | null {
  for (const [lane, ids] of Object.entries(items)) if (ids.includes(taskId)) return lane;
  return null;
}

/**
 * Puts `activeId` at `index` of `lane` (counted without it) while dragging, wherever it was.
 * Returns the same object when it is already there, so React can skip the render.
 */
export function placeCard(items: LaneItems, activeId: TaskId, lane: LaneKey, index: number): LaneItems {
  const from = findLane(items, activeId);
  if (from === null || !(lane in items)) return items;
  const target = (items[lane] ?? []).filter((id) => id !== activeId);
  const at = Math.max(0, Math.min(index, target.length));
  if (from === lane && items[lane]?.[at] === activeId) return items;
  const moved = { ...items, [lane]: [...target.slice(0, at), activeId, ...target.slice(at)] };
  if (from !== lane) moved[from] = (items[from] ?? []).filter((id) => id !== activeId);
  return moved;
}

/** Where a drop lands: the dragged card's lane in the preview and its index there (the same counted without it). */
export function dropTarget(items: LaneItems, activeId: TaskId): { lane: LaneKey; index: number } | null {
  const lane = findLane(items, activeId);
  if (lane === null) return null;
  return { lane, index: (items[lane] ?? []).indexOf(activeId) };
}

/** Each lane with only the cards a search or filter shows, in their order. */
export function filterItems(items: LaneItems, visible: ReadonlySet<TaskId>): LaneItems {
  const filtered: Record<LaneKey, readonly string[]> = {};
  for (const [lane, ids] of Object.entries(items)) filtered[lane] = ids.filter((id) => visible.has(id));
  return filtered;
}

/** Converts an index among the shown cards of a lane into an index in the whole lane (both without the moved card). */
export function indexInWholeLane(all: LaneItems, shown: LaneItems, lane: LaneKey, shownIndex: number, movedId: TaskId): number {
  const whole = (all[lane] ?? []).filter((id) => id !== movedId);
  const visible = (shown[lane] ?? []).filter((id) => id !== movedId);
  const anchor = visible[shownIndex];
  if (anchor !== undefined) return Math.max(0, whole.indexOf(anchor));
  const last = visible[visible.length - 1];
  return last === undefined ? whole.length : whole.indexOf(last) + 1;
}
