/**
 * Holds one board against another: the same board before and after a reorganisation, or two
 * teams' boards. Says which tasks changed owner, which cells changed letters, and what is only on
 * one side.
 *
 * Matching, one to one, each pass finished before the next, earliest in A paired with earliest in B:
 * - Tasks: by id when both are the same board (same board id: a snapshot of it; a duplicate gets
 *   fresh ids, so ids say nothing across boards), then by `catalogueId`, then by title compared
 *   with `normalizeName` (case, spaces, punctuation, accents; "&" = "and").
 * - Lanes: by id when both are the same board, then by name compared the same way.
 * Names that normalise to nothing (only punctuation) never match.
 *
 * Owners are read as the lanes show them (the first lane in lane order holding A; none is
 * Unassigned). An owner changes when B's owner is not the lane paired with A's owner. Cell
 * changes cover paired tasks and paired lanes only; what is on one side alone is listed instead.
 * Every list is in A's order (tasks, then lanes), and what only B has follows B's order.
 */
import { normalizeName } from '../catalogue/normalizeName';
import type { Board, LetterSet, Role, RoleId, Task, TaskId } from './board';
import { lettersOf } from './cellIndex';
import { laneContents } from './laneContents';
import { sameLetters } from './letterSet';

export type TaskMatchedBy = 'id' | 'catalogueId' | 'title';
export type RoleMatchedBy = 'id' | 'name';

export interface TaskPair {
  readonly a: Task;
  readonly b: Task;
  readonly matchedBy: TaskMatchedBy;
}

export interface RolePair {
  readonly a: Role;
  readonly b: Role;
  readonly matchedBy: RoleMatchedBy;
}

/** An owner as a person reads it: a lane, or null for Unassigned. */
export interface OwnerRef {
  readonly roleId: RoleId;
  readonly name: string;
}

export interface OwnerChange {
  /** The task as it is on board A. */
  readonly task: Task;
  /** The same task on board B. */
  readonly taskInB: Task;
  /** A's owner; null: Unassigned. */
  readonly from: OwnerRef | null;
  /** B's owner; null: Unassigned. */
  readonly to: OwnerRef | null;
}

export interface CellChange {
  readonly task: Task;
  readonly taskInB: Task;
  readonly role: Role;
  readonly roleInB: Role;
  readonly before: LetterSet;
  readonly after: LetterSet;
}

export interface BoardComparisonCounts {
  readonly tasksInBoth: number;
  readonly tasksOnlyInA: number;
  readonly tasksOnlyInB: number;
  readonly rolesInBoth: number;
  readonly rolesOnlyInA: number;
  readonly rolesOnlyInB: number;
  readonly ownerChanges: number;
  readonly cellChanges: number;
}

export interface BoardComparison {
  /** Both are the same board (ids were compared). */
  readonly sameBoard: boolean;
  /** Tasks found on both, in A's order. */
  readonly tasks: readonly TaskPair[];
  /** Lanes found on both, in A's order. */
  readonly roles: readonly RolePair[];
  readonly ownerChanges: readonly OwnerChange[];
  readonly cellChanges: readonly CellChange[];
  readonly tasksOnlyInA: readonly Task[];
  readonly tasksOnlyInB: readonly Task[];
  readonly rolesOnlyInA: readonly Role[];
  readonly rolesOnlyInB: readonly Role[];
  readonly counts: BoardComparisonCounts;
}

export function compareBoards(a: Board, b: Board): BoardComparison {
  const sameBoard = a.id === b.id;

  const taskPasses: Pass<Task, TaskMatchedBy>[] = [
    ...(sameBoard ? [{ matchedBy: 'id' as const, key: (task: Task) => task.id }] : []),
    { matchedBy: 'catalogueId', key: (task) => task.catalogueId },
    { matchedBy: 'title', key: (task) => normalizeName(task.title) || undefined },
  ];
  const rolePasses: Pass<Role, RoleMatchedBy>[] = [
    ...(sameBoard ? [{ matchedBy: 'id' as const, key: (role: Role) => role.id }] : []),
    { matchedBy: 'name', key: (role) => normalizeName(role.name) || undefined },
  ];
  const tasks = pairUp(a.tasks, b.tasks, taskPasses);
  const roles = pairUp(a.roles, b.roles, rolePasses);

  const roleInB = new Map<RoleId, Role>(roles.pairs.map((pair) => [pair.a.id, pair.b]));
  const ownersA = ownersOf(a);
  const ownersB = ownersOf(b);
  const ownerChanges: OwnerChange[] = [];
  const cellChanges: CellChange[] = [];
  for (const pair of tasks.pairs) {
    const from = ownersA.get(pair.a.id) ?? null;
    const to = ownersB.get(pair.b.id) ?? null;
    const unchanged = from === null ? to === null : to !== null && roleInB.get(from.id)?.id === to.id;
    if (!unchanged) ownerChanges.push({ task: pair.a, taskInB: pair.b, from: ownerRef(from), to: ownerRef(to) });

    for (const rolePair of roles.pairs) {
      const before = lettersOf(a, pair.a.id, rolePair.a.id);
      const after = lettersOf(b, pair.b.id, rolePair.b.id);
      if (!sameLetters(before, after)) {
        cellChanges.push({ task: pair.a, taskInB: pair.b, role: rolePair.a, roleInB: rolePair.b, before, after });
      }
    }
  }

  return {
    sameBoard,
    tasks: tasks.pairs,
    roles: roles.pairs,
    ownerChanges,
    cellChanges,
    tasksOnlyInA: tasks.onlyInA,
    tasksOnlyInB: tasks.onlyInB,
    rolesOnlyInA: roles.onlyInA,
    rolesOnlyInB: roles.onlyInB,
    counts: {
      tasksInBoth: tasks.pairs.length,
      tasksOnlyInA: tasks.onlyInA.length,
      tasksOnlyInB: tasks.onlyInB.length,
      rolesInBoth: roles.pairs.length,
      rolesOnlyInA: roles.onlyInA.length,
      rolesOnlyInB: roles.onlyInB.length,
      ownerChanges: ownerChanges.length,
      cellChanges: cellChanges.length,
    },
  };
}

interface Pass<T, By> {
  readonly matchedBy: By;
  /** Undefined: this item takes no part in the pass. */
  readonly key: (item: T) => string | undefined;
}

interface Pairing<T, By> {
  readonly pairs: readonly { readonly a: T; readonly b: T; readonly matchedBy: By }[];
  readonly onlyInA: readonly T[];
  readonly onlyInB: readonly T[];
}

/** One-to-one pairing over several passes. O(n) per pass. */
function pairUp<T, By>(as: readonly T[], bs: readonly T[], passes: readonly Pass<T, By>[]): Pairing<T, By> {
  const partner = new Map<T, { b: T; matchedBy: By }>();
  const usedB = new Set<T>();
  for (const pass of passes) {
    // B's unpaired items by key, earliest first; each is handed out once.
    const waiting = new Map<string, T[]>();
    for (const b of bs) {
      if (usedB.has(b)) continue;
      const key = pass.key(b);
      if (key === undefined) continue;
      const queue = waiting.get(key);
      if (queue) queue.push(b);
      else waiting.set(key, [b]);
    }
    for (const a of as) {
      if (partner.has(a)) continue;
      const key = pass.key(a);
      const b = key === undefined ? undefined : waiting.get(key)?.shift();
      if (b === undefined) continue;
      partner.set(a, { b, matchedBy: pass.matchedBy });
      usedB.add(b);
    }
  }
  const pairs = as.flatMap((a) => {
    const found = partner.get(a);
    return found ? [{ a, b: found.b, matchedBy: found.matchedBy }] : [];
  });
  return { pairs, onlyInA: as.filter((a) => !partner.has(a)), onlyInB: bs.filter((b) => !usedB.has(b)) };
}

/** Each task's owner as its lane shows it; tasks in the Unassigned pool are absent. */
function ownersOf(board: Board): Map<TaskId, Role> {
  const owners = new Map<TaskId, Role>();
  const lanes = laneContents(board);
  for (const role of board.roles) {
    for (const task of lanes.byRole.get(role.id) ?? []) owners.set(task.id, role);
  }
  return owners;
}

function ownerRef(role: Role | null): OwnerRef | null {
  return role === null ? null : { roleId: role.id, name: role.name };
}
