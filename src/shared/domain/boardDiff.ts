/**
 * What one edit changed in a board, table by table, so storage writes only those rows.
 *
 * Commands keep structural sharing: an untouched record (or a whole untouched list) is the same
 * object before and after, so a reference check settles almost every record in O(1). A record that
 * was rebuilt without a real change (same fields) is not reported either.
 */
import type { Board, BoardId, Cell, Group, GroupId, Role, RoleId, Task, TaskId } from './board';

/** The board's own fields: everything but its lists of records. */
export type BoardMeta = Omit<Board, 'roles' | 'tasks' | 'groups' | 'cells'>;

/** A cell is identified by its task and role. */
export interface CellKey {
  readonly taskId: TaskId;
  readonly roleId: RoleId;
}

/** The records to write (new or changed) and the keys to remove in one table. */
export interface TableDiff<TRecord, TKey> {
  readonly put: readonly TRecord[];
  readonly delete: readonly TKey[];
}

export interface BoardDiff {
  readonly boardId: BoardId;
  /** The board's own fields when any of them changed (always set for a new board), else null. */
  readonly board: BoardMeta | null;
  readonly roles: TableDiff<Role, RoleId>;
  readonly tasks: TableDiff<Task, TaskId>;
  readonly groups: TableDiff<Group, GroupId>;
  readonly cells: TableDiff<Cell, CellKey>;
}

const EMPTY_TABLE_DIFF: TableDiff<never, never> = { put: [], delete: [] };

/**
 * Lists what turns `before` into `after` (`before` null: a new board, everything is put).
 * O(size of the lists that are not shared between the two boards).
 * Diffing two different boards is a programming error and throws.
 */
export function diffBoards(before: Board | null, after: Board): BoardDiff {
  if (before !== null && before.id !== after.id) {
    throw new Error(`diffBoards: cannot diff board ${before.id} against board ${after.id}`);
  }
  if (before === after) {
    return emptyDiff(after.id);
  }
  return {
    boardId: after.id,
    board: before === null || !sameFields(boardMeta(before), boardMeta(after)) ? boardMeta(after) : null,
    roles: diffById(before?.roles ?? [], after.roles),
    tasks: diffById(before?.tasks ?? [], after.tasks),
    groups: diffById(before?.groups ?? [], after.groups),
    cells: diffCells(before?.cells ?? [], after.cells),
  };
}

/** True when the diff would write nothing. */
export function isEmptyDiff(diff: BoardDiff): boolean {
  return (
    diff.board === null &&
    isEmptyTableDiff(diff.roles) &&
    isEmptyTableDiff(diff.tasks) &&
    isEmptyTableDiff(diff.groups) &&
    isEmptyTableDiff(diff.cells)
  );
}

/** The board's own fields, whatever fields a later schema adds. */
export function boardMeta(board: Board): BoardMeta {
  const { roles: _roles, tasks: _tasks, groups: _groups, cells: _cells, ...meta } = board;
  return meta;
}

function emptyDiff(boardId: BoardId): BoardDiff {
  return { boardId, board: null, roles: EMPTY_TABLE_DIFF, tasks: EMPTY_TABLE_DIFF, groups: EMPTY_TABLE_DIFF, cells: EMPTY_TABLE_DIFF };
}

function isEmptyTableDiff(table: TableDiff<unknown, unknown>): boolean {
  return table.put.length === 0 && table.delete.length === 0;
}

function diffById<T extends { readonly id: string }>(wholeBefore: readonly T[], wholeAfter: readonly T[]): TableDiff<T, string> {
  if (wholeBefore === wholeAfter) {
    return EMPTY_TABLE_DIFF;
  }
  const [before, after] = unsharedMiddles(wholeBefore, wholeAfter);
  const beforeById = new Map<string, T>();
  for (const record of before) {
    beforeById.set(record.id, record);
  }
  const put: T[] = [];
  const afterIds = new Set<string>();
  for (const record of after) {
    afterIds.add(record.id);
    const previous = beforeById.get(record.id);
    if (previous === undefined || !sameFields(previous, record)) {
      put.push(record);
    }
  }
  const deleted: string[] = [];
  for (const record of before) {
    if (!afterIds.has(record.id)) {
      deleted.push(record.id);
    }
  }
  return { put, delete: deleted };
}

function diffCells(wholeBefore: readonly Cell[], wholeAfter: readonly Cell[]): TableDiff<Cell, CellKey> {
  if (wholeBefore === wholeAfter) {
    return EMPTY_TABLE_DIFF;
  }
  const [before, after] = unsharedMiddles(wholeBefore, wholeAfter);
  // Nested maps rather than a joined string key: ids are free text, so no separator is safe.
  const beforeByKey = new Map<TaskId, Map<RoleId, Cell>>();
  for (const cell of before) {
    let byRole = beforeByKey.get(cell.taskId);
    if (byRole === undefined) {
      byRole = new Map();
      beforeByKey.set(cell.taskId, byRole);
    }
    byRole.set(cell.roleId, cell);
  }
  const put: Cell[] = [];
  const afterKeys = new Map<TaskId, Set<RoleId>>();
  for (const cell of after) {
    let roles = afterKeys.get(cell.taskId);
    if (roles === undefined) {
      roles = new Set();
      afterKeys.set(cell.taskId, roles);
    }
    roles.add(cell.roleId);
    const previous = beforeByKey.get(cell.taskId)?.get(cell.roleId);
    if (previous === undefined || !sameFields(previous, cell)) {
      put.push(cell);
    }
  }
  const deleted: CellKey[] = [];
  for (const cell of before) {
    if (afterKeys.get(cell.taskId)?.has(cell.roleId) !== true) {
      deleted.push({ taskId: cell.taskId, roleId: cell.roleId });
    }
  }
  return { put, delete: deleted };
}

/**
 * The two lists without the records they share at the same ends: an edit rebuilds a list of 10,000
 * cells to change one, so the two usually differ only in a short middle, and comparing pointers is
 * far cheaper than keying every record. Correct because a key appears once per list: a record
 * shared in an end is unchanged and cannot appear again in the other list's middle.
 */
function unsharedMiddles<T>(before: readonly T[], after: readonly T[]): [readonly T[], readonly T[]] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) {
    start += 1;
  }
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) {
    end += 1;
  }
  if (start === 0 && end === 0) {
    return [before, after];
  }
  return [before.slice(start, before.length - end), after.slice(start, after.length - end)];
}

/**
 * Same reference, or the same defined fields with equal values. Values are plain JSON (a cell's
 * letters, a task's keep-mine note, the board's rule settings), so nested arrays and objects are
 * compared by value. A field set to undefined counts as absent, because that is how it is stored.
 */
function sameFields(a: object, b: object): boolean {
  if (a === b) {
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let leftCount = 0;
  for (const key of Object.keys(left)) {
    const value = left[key];
    if (value === undefined) {
      continue;
    }
    leftCount += 1;
    if (!sameJsonValue(value, right[key])) {
      return false;
    }
  }
  let rightCount = 0;
  for (const key of Object.keys(right)) {
    if (right[key] !== undefined) {
      rightCount += 1;
    }
  }
  return leftCount === rightCount;
}

/**
 * Structural equality of two plain JSON values (the field values of records). Exported so that
 * code merging records field by field agrees with the diff on what counts as a change.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJsonValue(item, b[index]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return sameFields(a, b);
  }
  return false;
}
