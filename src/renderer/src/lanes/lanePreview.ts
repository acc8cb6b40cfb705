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

/** The dnd-kit id of a lane's droppable container (distinct from task ids, which are sortable items). */
export function containerId(lane: LaneKey): string {
  return `${CONTAINER_PREFIX}${lane}`;
}

export function laneOfContainerId(id: string): LaneKey | null {
  return id.startsWith(CONTAINER_PREFIX) ? id.slice(CONTAINER_PREFIX.length) : null;
}

export function roleIdOfLane(lane: LaneKey): RoleId | null {
  return lane === POOL_KEY ? null : lane;
}

/** The lane that holds `id`, where `id` is either a task id or a lane container id. */
export function findLane(items: LaneItems, id: string): LaneKey | null {
  const container = laneOfContainerId(id);
  if (container !== null) return container in items ? container : null;
  for (const [lane, ids] of Object.entries(items)) if (ids.includes(id)) return lane;
  return null;
}

/**
 * Moves `activeId` into the lane of `overId` while dragging (cross-lane only; within a lane the
 * sortable strategy animates and the drop computes the index). Returns the same object when nothing
 * changes, so React can skip the render.
 */
export function previewMove(items: LaneItems, activeId: TaskId, overId: string, placeBelowOver: boolean): LaneItems {
  const from = findLane(items, activeId);
  const to = findLane(items, overId);
  if (from === null || to === null || from === to) return items;
  const source = items[from] ?? [];
  const target = items[to] ?? [];
  const overIndex = target.indexOf(overId);
  const insertAt = overIndex < 0 ? target.length : overIndex + (placeBelowOver ? 1 : 0);
  return {
    ...items,
    [from]: source.filter((id) => id !== activeId),
    [to]: [...target.slice(0, insertAt), activeId, ...target.slice(insertAt)],
  };
}

/** Where a drop lands: the lane and the index in it, counted without the moved task. */
export function dropTarget(items: LaneItems, activeId: TaskId, overId: string): { lane: LaneKey; index: number } | null {
  const lane = findLane(items, overId) ?? findLane(items, activeId);
  if (lane === null) return null;
  const ids = items[lane] ?? [];
  const without = ids.filter((id) => id !== activeId);
  if (laneOfContainerId(overId) !== null || overId === activeId) {
    const current = ids.indexOf(activeId);
    return { lane, index: current < 0 ? without.length : current };
  }
  const activeIndex = ids.indexOf(activeId);
  const overIndex = ids.indexOf(overId);
  if (activeIndex < 0) return { lane, index: without.indexOf(overId) < 0 ? without.length : without.indexOf(overId) };
  // Same lane: dnd-kit's sortable semantics, the active card takes the over card's index.
  return { lane, index: overIndex };
}
