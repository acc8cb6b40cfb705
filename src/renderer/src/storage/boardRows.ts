/**
 * Converts between domain records and stored rows. Fields are copied one by one so that only
 * what the schema declares reaches the disk, and optional fields that are absent stay absent.
 */
import type { Board, BoardId, Cell, Group, Role, Task } from '../../../shared/domain/board';
import type { BoardMeta } from '../../../shared/domain/boardDiff';
import { canonicalOrder } from '../../../shared/domain/history/canonicalOrder';
import { normalizeRuleSettings, type RuleSettings } from '../../../shared/domain/rules/ruleSettings';
import type { BoardRow, CellRow, GroupRow, RoleRow, RuleSettingsRow, TaskRow } from './raciDatabase';

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
  return {
    id: meta.id,
    name: meta.name,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    schemaVersion: meta.schemaVersion,
    ...(meta.ruleSettings !== undefined && { ruleSettings: ruleSettingsRow(meta.ruleSettings) }),
  };
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
    ...(task.keepMine !== undefined && { keepMine: { note: task.keepMine.note } }),
  };
}

export function groupRow(boardId: BoardId, group: Group): GroupRow {
  return {
    boardId,
    id: group.id,
    name: group.name,
    order: group.order,
    ...(group.collapsed !== undefined && { collapsed: group.collapsed }),
  };
}

export function cellRow(boardId: BoardId, cell: Cell): CellRow {
  return { boardId, taskId: cell.taskId, roleId: cell.roleId, letters: [...cell.letters] };
}

/**
 * Rebuilds a board. Roles, tasks and groups come back sorted by `order` (ties by id, so the
 * result never depends on read order); cells in key order (task id, then role id). This is the
 * canonical order that applyDiff keeps too.
 */
export function boardFromRows(rows: BoardRows): Board {
  return {
    ...boardMetaFromRow(rows.board),
    roles: [...rows.roles].sort(canonicalOrder.records).map(roleFromRow),
    tasks: [...rows.tasks].sort(canonicalOrder.records).map(taskFromRow),
    groups: [...rows.groups].sort(canonicalOrder.records).map(groupFromRow),
    cells: [...rows.cells].sort(canonicalOrder.cells).map(cellFromRow),
  };
}

export function boardMetaFromRow(row: BoardRow): BoardMeta {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    schemaVersion: row.schemaVersion,
    ...(row.ruleSettings !== undefined && { ruleSettings: normalizeRuleSettings(row.ruleSettings) }),
  };
}

export function roleFromRow(row: RoleRow): Role {
  return { id: row.id, name: row.name, colour: row.colour, order: row.order };
}

export function taskFromRow(row: TaskRow): Task {
  return {
    id: row.id,
    title: row.title,
    order: row.order,
    ...(row.notes !== undefined && { notes: row.notes }),
    ...(row.groupId !== undefined && { groupId: row.groupId }),
    ...(row.catalogueId !== undefined && { catalogueId: row.catalogueId }),
    ...(row.keepMine !== undefined && { keepMine: { note: row.keepMine.note } }),
  };
}

export function groupFromRow(row: GroupRow): Group {
  return { id: row.id, name: row.name, order: row.order, ...(row.collapsed !== undefined && { collapsed: row.collapsed }) };
}

export function cellFromRow(row: CellRow): Cell {
  return { taskId: row.taskId, roleId: row.roleId, letters: [...row.letters] };
}

function ruleSettingsRow(settings: RuleSettings): RuleSettingsRow {
  return {
    disabled: [...settings.disabled],
    maxResponsible: settings.maxResponsible,
    maxConsultedInformed: settings.maxConsultedInformed,
    overloadShare: settings.overloadShare,
    overloadMinTasks: settings.overloadMinTasks,
    everyTaskMinTasks: settings.everyTaskMinTasks,
  };
}
