/**
 * Writes a board as a `.raci.json` file: a small envelope that says what the file is and which
 * format version wrote it, around the board itself. Keys are written in one fixed order and only
 * the fields the model knows, so two exports of the same board are byte-identical and diff well.
 */
import type { Board, Cell, Group, Role, Task } from '../domain/board';
import type { RuleSettings } from '../domain/rules/ruleSettings';

/** What the envelope's `kind` says: the file holds one RACI board. */
export const BOARD_FILE_KIND = 'raci-board';

/** The file format this version writes. Older versions are migrated on restore; newer ones are refused. */
export const BOARD_FILE_VERSION = 1;

/** The file name ending the app offers when saving. */
export const BOARD_FILE_EXTENSION = '.raci.json';

export interface SerializeOptions {
  /** When the export was made, in milliseconds since the epoch; written as an ISO date for people reading the file. */
  readonly exportedAt?: number;
}

export function serializeBoard(board: Board, options: SerializeOptions = {}): string {
  const envelope: Record<string, unknown> = { kind: BOARD_FILE_KIND, version: BOARD_FILE_VERSION };
  const { exportedAt } = options;
  if (exportedAt !== undefined && Number.isFinite(exportedAt)) {
    const date = new Date(exportedAt);
    if (!Number.isNaN(date.getTime())) envelope.exportedAt = date.toISOString();
  }
  envelope.board = boardRecord(board);
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function boardRecord(board: Board): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: board.id,
    name: board.name,
    createdAt: board.createdAt,
    updatedAt: board.updatedAt,
    schemaVersion: board.schemaVersion,
  };
  if (board.ruleSettings !== undefined) record.ruleSettings = ruleSettingsRecord(board.ruleSettings);
  record.roles = board.roles.map(roleRecord);
  record.groups = board.groups.map(groupRecord);
  record.tasks = board.tasks.map(taskRecord);
  record.cells = board.cells.map(cellRecord);
  return record;
}

function ruleSettingsRecord(settings: RuleSettings): Record<string, unknown> {
  return {
    disabled: [...settings.disabled],
    maxResponsible: settings.maxResponsible,
    maxConsultedInformed: settings.maxConsultedInformed,
    overloadShare: settings.overloadShare,
    overloadMinTasks: settings.overloadMinTasks,
    everyTaskMinTasks: settings.everyTaskMinTasks,
  };
}

function roleRecord(role: Role): Record<string, unknown> {
  return { id: role.id, name: role.name, colour: role.colour, order: role.order };
}

function groupRecord(group: Group): Record<string, unknown> {
  const record: Record<string, unknown> = { id: group.id, name: group.name, order: group.order };
  if (group.collapsed !== undefined) record.collapsed = group.collapsed;
  return record;
}

function taskRecord(task: Task): Record<string, unknown> {
  const record: Record<string, unknown> = { id: task.id, title: task.title };
  if (task.notes !== undefined) record.notes = task.notes;
  if (task.groupId !== undefined) record.groupId = task.groupId;
  record.order = task.order;
  if (task.catalogueId !== undefined) record.catalogueId = task.catalogueId;
  if (task.keepMine !== undefined) record.keepMine = { note: task.keepMine.note };
  return record;
}

function cellRecord(cell: Cell): Record<string, unknown> {
  return { taskId: cell.taskId, roleId: cell.roleId, letters: [...cell.letters] };
}
