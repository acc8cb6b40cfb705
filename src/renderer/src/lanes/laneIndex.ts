/**
 * What the lanes show of a board: each lane's card ids in board order (a card sits in the lane of
 * the first role, in lane order, accountable for it; otherwise in Unassigned) and each card's chips
 * (every role's letters on it, in lane order). laneIndexAfter updates the last index through an
 * edit's diff: on a 1,000-task board a drop touches one task, so it rebuilds that task's chips and
 * the two lanes it left and joined, and every other lane keeps its very array, which its memoised
 * card list compares.
 */
import type { Board, LetterSet, RoleId, TaskId } from '../../../shared/domain/board';
import { editScope } from '../../../shared/domain/editScope';
import { formatLetters } from '../../../shared/domain/letterSet';
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

/** Beyond this share of the tasks touched, building the index again costs no more. */
const MOST_TASKS = 0.25;
const NO_LETTERS: LettersByRole = new Map();

export function laneIndexOf(board: Board): LaneIndex {
  const knownRoles = new Set(board.roles.map((role) => role.id));
  const letters = new Map<TaskId, Map<RoleId, LetterSet>>();
  for (const cell of board.cells) {
    if (!knownRoles.has(cell.roleId) || cell.letters.length === 0) continue;
    const held = letters.get(cell.taskId);
    if (held === undefined) letters.set(cell.taskId, new Map([[cell.roleId, cell.letters]]));
    else held.set(cell.roleId, cell.letters);
  }
  const chips = new Map<TaskId, readonly CardChip[]>();
  const laneOf = new Map<TaskId, LaneKey>();
  for (const task of board.tasks) {
    const held = letters.get(task.id) ?? NO_LETTERS;
    if (held.size > 0) chips.set(task.id, chipsOf(board, held));
    laneOf.set(task.id, laneOfLetters(board, held));
  }
  const items: Record<LaneKey, TaskId[]> = { [POOL_KEY]: [] };
  for (const role of board.roles) items[role.id] = [];
  for (const task of board.tasks) items[laneOf.get(task.id) ?? POOL_KEY]?.push(task.id);
  return { board, items, chips, letters, laneOf };
}

export function laneIndexAfter(previous: LaneIndex | null, board: Board): LaneIndex {
  if (previous === null || previous.board.id !== board.id) return laneIndexOf(board);
  if (previous.board === board) return previous;
  const { diff, sameLanes, touchedTasks } = editScope(previous.board, board);
  if (!sameLanes || touchedTasks.size > Math.max(1, board.tasks.length * MOST_TASKS)) return laneIndexOf(board);
  // Each touched task's cell changes by role: the new letters, or null for a cell removed.
  const changes = new Map<TaskId, Map<RoleId, LetterSet | null>>();
  for (const taskId of touchedTasks) changes.set(taskId, new Map());
  for (const key of diff.cells.delete) changes.get(key.taskId)?.set(key.roleId, null);
  for (const cell of diff.cells.put) changes.get(cell.taskId)?.set(cell.roleId, cell.letters);

  const inBoard = new Set(diff.tasks.put.map((task) => task.id));
  const deleted = new Set(diff.tasks.delete);
  const letters = new Map(previous.letters);
  const chips = new Map(previous.chips);
  const laneOf = new Map(previous.laneOf);
  const lanesToRebuild = new Set<LaneKey>();
  for (const [taskId, roleChanges] of changes) {
    const before = previous.laneOf.get(taskId);
    if (before !== undefined) lanesToRebuild.add(before);
    if (deleted.has(taskId) || (before === undefined && !inBoard.has(taskId))) {
      // Removed, or cells of a task the board does not have (ignored, as a full build would).
      letters.delete(taskId);
      chips.delete(taskId);
      laneOf.delete(taskId);
      continue;
    }
    const held = new Map(previous.letters.get(taskId) ?? NO_LETTERS);
    for (const [roleId, set] of roleChanges) {
      if (set === null || set.length === 0 || !board.roles.some((role) => role.id === roleId)) held.delete(roleId);
      else held.set(roleId, set);
    }
    if (held.size > 0) {
      letters.set(taskId, held);
      chips.set(taskId, chipsOf(board, held));
    } else {
      letters.delete(taskId);
      chips.delete(taskId);
    }
    const after = laneOfLetters(board, held);
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

function laneOfLetters(board: Board, held: LettersByRole): LaneKey {
  if (held.size === 0) return POOL_KEY;
  return board.roles.find((role) => held.get(role.id)?.includes('A') === true)?.id ?? POOL_KEY;
}

function laneIds(board: Board, laneOf: ReadonlyMap<TaskId, LaneKey>, lane: LaneKey): readonly TaskId[] {
  const ids: TaskId[] = [];
  for (const task of board.tasks) if (laneOf.get(task.id) === lane) ids.push(task.id);
  return ids;
}
