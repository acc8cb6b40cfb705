/**
 * Converts between domain records and stored rows. Fields are copied one by one so that only
 * what the schema declares reaches the disk, and optional fields that are absent stay absent.
 */
import type { Board, BoardId, Cell, Group, Role, Task } from '../../../shared/domain/board';
import type { BoardMeta } from '../../../shared/domain/boardDiff';
import type { BoardRow, CellRow, GroupRow, RoleRow, TaskRow } from './raciDatabase';

export interface BoardRows {
  readonly board: BoardRow;
  readonly roles: readonly RoleRow[];
  readonly tasks: readonly TaskRow[];
  readonly groups: readonly GroupRow[];
  readonly cells: readonly CellRow[];
}

/** Every row of a board. */
export function boardRows(board: Board): BoardRows {
  return {
    board: boardRow(board),
    roles: board.roles.map((role) => roleRow(board.id, role)),
    tasks: board.tasks.map((task) => taskRow(board.id, task)),
    groups: board.groups.map((group) => groupRow(board.id, group)),
    cells: board.cells.map((cell) => cellRow(board.id, cell)),
  };
}

export function boardRow(meta: BoardMeta): BoardRow {
  return { id: meta.id, name: meta.name, createdAt: meta.createdAt, updatedAt: meta.updatedAt, schemaVersion: meta.schemaVersion };
}

export function roleRow(boardId: BoardId, role: Role): RoleRow {
  return { boardId, id: role.id, name: role.name, colour: role.colour, order: role.order };
}

export function taskRow(boardId: BoardId, task: Task): TaskRow {
  return {
    boardId,
    id: task.id,
    title: task.title,
    order: task.order,
    ...(task.notes !== undefined && { notes: task.notes }),
    ...(task.groupId !== undefined && { groupId: task.groupId }),
    ...(task.catalogueId !== undefined && { catalogueId: task.catalogueId }),
  };
}

export function groupRow(boardId: BoardId, group: Group): GroupRow {
  return { boardId, id: group.id, name: group.name, order: group.order };
}

export function cellRow(boardId: BoardId, cell: Cell): CellRow {
  return { boardId, taskId: cell.taskId, roleId: cell.roleId, letters: [...cell.letters] };
}

/**
 * Rebuilds a board. Roles, tasks and groups come back sorted by `order` (ties by id, so the
 * result never depends on read order); cells in key order (task id, then role id).
 */
export function boardFromRows(rows: BoardRows): Board {
  const { board } = rows;
  return {
    id: board.id,
    name: board.name,
    createdAt: board.createdAt,
    updatedAt: board.updatedAt,
    schemaVersion: board.schemaVersion,
    roles: [...rows.roles].sort(byOrderThenId).map((row) => ({ id: row.id, name: row.name, colour: row.colour, order: row.order })),
    tasks: [...rows.tasks].sort(byOrderThenId).map(taskFromRow),
    groups: [...rows.groups].sort(byOrderThenId).map((row) => ({ id: row.id, name: row.name, order: row.order })),
    cells: [...rows.cells].sort(byCellKey).map((row) => ({ taskId: row.taskId, roleId: row.roleId, letters: [...row.letters] })),
  };
}

function taskFromRow(row: TaskRow): Task {
  return {
    id: row.id,
    title: row.title,
    order: row.order,
    ...(row.notes !== undefined && { notes: row.notes }),
    ...(row.groupId !== undefined && { groupId: row.groupId }),
    ...(row.catalogueId !== undefined && { catalogueId: row.catalogueId }),
  };
}

function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || compareStrings(a.id, b.id);
}

function byCellKey(a: CellRow, b: CellRow): number {
  return compareStrings(a.taskId, b.taskId) || compareStrings(a.roleId, b.roleId);
}

/** Code-unit order, the order IndexedDB sorts string keys in. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
