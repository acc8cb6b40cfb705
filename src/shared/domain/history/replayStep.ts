/**
 * Undo and redo against the board as it is now, which may have moved on since the step was
 * recorded (another window edited it). The step is applied as a change, not as a snapshot:
 *
 * - Board fields and the fields of roles, tasks and groups: only the fields this step changed are
 *   set back (or forward); a field another edit changed since is left alone unless this step
 *   changed it too, in which case the replay, being the latest write, wins.
 * - A role, task or group this step only modified, and which has been deleted since, stays deleted:
 *   undoing a rename must not bring back a card someone removed. One the step created or deleted is
 *   deleted or put back whatever happened to it since.
 * - Cells are written whole (last writer wins per cell): a cell's only field is its letters.
 * - Finally references are made sound again, so the result always passes checkBoardInvariants when
 *   the current board does: cells of a task or lane that no longer exists are dropped, and a task
 *   whose group no longer exists leaves it. (Two roles holding A on one task can result from a
 *   conflict with another window; that is a legal board, which the rule check flags with a fix.)
 *
 * When nothing is left to change the current board is returned as is; otherwise `updatedAt` moves
 * forward to `now` (never backwards), because an undo is itself an edit that other windows must
 * adopt, and the home screen lists boards by their latest edit.
 */
import type { Board, Task } from '../board';
import { boardMeta, diffBoards, isEmptyDiff, sameJsonValue, type BoardDiff, type BoardMeta, type TableDiff } from '../boardDiff';
import { assertNever } from '../result';
import { applyDiff } from './applyDiff';
import type { HistoryStep } from './historyStep';

export type StepDirection = 'undo' | 'redo';

/** Fields a replay never copies from a step: the id is fixed and updatedAt is set to `now`. */
const UNMERGED_FIELDS: ReadonlySet<string> = new Set(['id', 'updatedAt']);

export function replayStep(current: Board, step: Pick<HistoryStep, 'boardId' | 'forward' | 'backward'>, direction: StepDirection, now: number): Board {
  if (step.boardId !== current.id) {
    throw new Error(`replayStep: cannot replay a step of board ${step.boardId} on board ${current.id}`);
  }
  const [diff, inverse] = sides(step, direction);
  const merged: BoardDiff = {
    boardId: current.id,
    board: mergeMeta(boardMeta(current), diff.board, inverse.board),
    roles: mergeRecords(current.roles, diff.roles, inverse.roles),
    tasks: mergeRecords(current.tasks, diff.tasks, inverse.tasks),
    groups: mergeRecords(current.groups, diff.groups, inverse.groups),
    cells: diff.cells,
  };
  const next = keepReferencesSound(applyDiff(current, merged));
  if (isEmptyDiff(diffBoards(current, next))) {
    return current;
  }
  return { ...next, updatedAt: Math.max(now, current.updatedAt + 1) };
}

/** The diff to apply, and the one that undoes it (which tells what the step changed). */
function sides(step: Pick<HistoryStep, 'forward' | 'backward'>, direction: StepDirection): readonly [BoardDiff, BoardDiff] {
  switch (direction) {
    case 'undo':
      return [step.backward, step.forward];
    case 'redo':
      return [step.forward, step.backward];
    default:
      return assertNever(direction);
  }
}

function mergeMeta(current: BoardMeta, target: BoardMeta | null, other: BoardMeta | null): BoardMeta | null {
  if (target === null) {
    return null;
  }
  const merged = mergeFields(current, target, other);
  return merged === current ? null : merged;
}

function mergeRecords<T extends { readonly id: string }>(current: readonly T[], diff: TableDiff<T, string>, inverse: TableDiff<T, string>): TableDiff<T, string> {
  if (diff.put.length === 0) {
    return diff;
  }
  const otherSide = new Map(inverse.put.map((record) => [record.id, record]));
  const stored = new Map(current.map((record) => [record.id, record]));
  const put: T[] = [];
  for (const record of diff.put) {
    const other = otherSide.get(record.id);
    if (other === undefined) {
      // The step created or deleted this record: put it back whatever happened to it since.
      put.push(record);
      continue;
    }
    const now = stored.get(record.id);
    if (now === undefined) {
      continue;
    }
    const merged = mergeFields(now, record, other);
    if (merged !== now) {
      put.push(merged);
    }
  }
  return { put, delete: diff.delete };
}

/**
 * `current` with every field that differs between `target` and `other` (the two sides of the
 * step) taken from `target`; a field absent from `target` is removed. `current` itself when that
 * changes nothing.
 */
function mergeFields<T extends object>(current: T, target: T, other: T | null): T {
  const from = target as Record<string, unknown>;
  const against = (other ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  let changed = false;
  for (const key of new Set([...Object.keys(from), ...Object.keys(against)])) {
    if (UNMERGED_FIELDS.has(key) || sameJsonValue(from[key], against[key]) || sameJsonValue(from[key], merged[key])) {
      continue;
    }
    changed = true;
    if (from[key] === undefined) {
      delete merged[key];
    } else {
      merged[key] = from[key];
    }
  }
  return changed ? (merged as T) : current;
}

function keepReferencesSound(board: Board): Board {
  const taskIds = new Set(board.tasks.map((task) => task.id));
  const roleIds = new Set(board.roles.map((role) => role.id));
  const groupIds = new Set(board.groups.map((group) => group.id));
  const cells = board.cells.filter((cell) => taskIds.has(cell.taskId) && roleIds.has(cell.roleId));
  const orphaned = (task: Task) => task.groupId !== undefined && !groupIds.has(task.groupId);
  const tasks = board.tasks.some(orphaned) ? board.tasks.map((task) => (orphaned(task) ? withoutGroup(task) : task)) : board.tasks;
  if (cells.length === board.cells.length && tasks === board.tasks) {
    return board;
  }
  return { ...board, tasks, cells: cells.length === board.cells.length ? board.cells : cells };
}

function withoutGroup(task: Task): Task {
  const { groupId: _groupId, ...rest } = task;
  return rest;
}
