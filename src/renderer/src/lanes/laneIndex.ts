/**
 * What the lanes show of a board: each lane's card ids in board order (a card sits in the lane of
 * the first role, in lane order, accountable for it; otherwise in Unassigned) and each card's chips
 * (every role's letters on it, in lane order). laneIndexAfter updates the last index through an
 * edit's diff: on a 1,000-task board a drop touches one task, so it rebuilds that task's chips and
 * the two lanes it left and joined, and every other lane keeps its very array, which its memoised
 * card list compares.
 */
import type { Board, LetterSet, RoleId, TaskId } from '../../../shared/domain/board';
import { editScope, lettersAfterEdit } from '../../../shared/domain/editScope';
import { formatLetters, mergeLetters } from '../../../shared/domain/letterSet';
import { ownerAmong } from '../../../shared/domain/ownerOf';
import { POOL_KEY, type LaneItems, type LaneKey } from './lanePreview';
import type { CardChip } from './TaskCard';

export type ChipIndex = ReadonlyMap<TaskId, readonly CardChip[]>;
type LettersByRole = ReadonlyMap<RoleId, LetterSet>;

export interface LaneIndex {
  readonly board: Board;
  readonly items: LaneItems;
  /** Only tasks with at least one letter. */
  readonly chips: ChipIndex;
  /** Each task's letters by role (roles of the board, non-empty sets), its chips' and lane's source. */
  readonly letters: ReadonlyMap<TaskId, LettersByRole>;
  readonly laneOf: ReadonlyMap<TaskId, LaneKey>;
}

const NO_LETTERS: LettersByRole = new Map();

export function laneIndexOf(board: Board): LaneIndex {
  const knownRoles = new Set(board.roles.map((role) => role.id));
  const letters = new Map<TaskId, Map<RoleId, LetterSet>>();
  for (const cell of board.cells) {
    if (!knownRoles.has(cell.roleId)) continue;
    const held = letters.get(cell.taskId) ?? new Map<RoleId, LetterSet>();
    const merged = mergeLetters(held.get(cell.roleId), cell.letters);
    if (merged.length === 0) continue;
    held.set(cell.roleId, merged);
    letters.set(cell.taskId, held);
  }
  const chips = new Map<TaskId, readonly CardChip[]>();
  const laneOf = new Map<TaskId, LaneKey>();
  for (const task of board.tasks) {
    const held = letters.get(task.id) ?? NO_LETTERS;
    if (held.size > 0) chips.set(task.id, chipsOf(board, held));
    laneOf.set(task.id, ownerAmong(board.roles, held) ?? POOL_KEY);
  }
  const items: Record<LaneKey, TaskId[]> = { [POOL_KEY]: [] };
  for (const role of board.roles) items[role.id] = [];
  for (const task of board.tasks) items[laneOf.get(task.id) ?? POOL_KEY]?.push(task.id);
  return { board, items, chips, letters, laneOf };
}

export function laneIndexAfter(previous: LaneIndex | null, board: Board): LaneIndex {
  if (previous === null || previous.board.id !== board.id) return laneIndexOf(board);
  if (previous.board === board) return previous;
  const { diff, narrow, touchedTasks, cellChanges } = editScope(previous.board, board);
  if (!narrow) return laneIndexOf(board);

  const added = new Set(diff.tasks.put.map((task) => task.id));
  const deleted = new Set(diff.tasks.delete);
  const letters = new Map(previous.letters);
  const chips = new Map(previous.chips);
  const laneOf = new Map(previous.laneOf);
  const lanesToRebuild = new Set<LaneKey>();
  for (const taskId of touchedTasks) {
    const before = previous.laneOf.get(taskId);
    if (before !== undefined) lanesToRebuild.add(before);
    if (deleted.has(taskId) || (before === undefined && !added.has(taskId))) {
      // Removed, or cells of a task the board does not have (ignored, as a full build would).
      letters.delete(taskId);
      chips.delete(taskId);
      laneOf.delete(taskId);
      continue;
    }
    const held = lettersAfterEdit(previous.letters.get(taskId), cellChanges.get(taskId));
    if (held.size > 0) {
      letters.set(taskId, held);
      chips.set(taskId, chipsOf(board, held));
    } else {
      letters.delete(taskId);
      chips.delete(taskId);
    }
    const after = ownerAmong(board.roles, held) ?? POOL_KEY;
    laneOf.set(taskId, after);
    lanesToRebuild.add(after);
  }
  // Only a malformed board (a task id twice, a task the diff did not see) can disagree here.
  if (laneOf.size !== board.tasks.length) return laneIndexOf(board);

  const items: Record<LaneKey, readonly TaskId[]> = { ...previous.items };
  for (const lane of lanesToRebuild) items[lane] = laneIds(board, laneOf, lane);
  return { board, items, chips, letters, laneOf };
}

function chipsOf(board: Board, held: LettersByRole): readonly CardChip[] {
  const chips: CardChip[] = [];
  for (const role of board.roles) {
    const set = held.get(role.id);
    if (set !== undefined) chips.push({ roleId: role.id, roleName: role.name, colour: role.colour, letters: formatLetters(set) });
  }
  return chips;
}

function laneIds(board: Board, laneOf: ReadonlyMap<TaskId, LaneKey>, lane: LaneKey): readonly TaskId[] {
  const ids: TaskId[] = [];
  for (const task of board.tasks) if (laneOf.get(task.id) === lane) ids.push(task.id);
  return ids;
}
