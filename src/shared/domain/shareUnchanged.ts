/**
 * After several edits in a row (a batch), a row can end up equal to what it was while being a new
 * object (renamed and renamed back, marked and unmarked). Storage writes only rows whose objects
 * changed, and an edit that changes nothing must hand back the very same board (no write, no undo
 * step), so equal rows get their original objects back. O(rows).
 */
import type { Board, Cell } from './board';
import { cellKey } from './cellIndex';

/** `after` with every row equal to its `before` counterpart replaced by that object; `before` itself when nothing differs. */
export function shareUnchanged(before: Board, after: Board): Board {
  if (before === after) return before;
  const roles = shareRows(before.roles, after.roles, (role) => role.id);
  const tasks = shareRows(before.tasks, after.tasks, (task) => task.id);
  const groups = shareRows(before.groups, after.groups, (group) => group.id);
  const cells = shareRows(before.cells, after.cells, (cell: Cell) => cellKey(cell.taskId, cell.roleId));
  const rowsSame = roles === before.roles && tasks === before.tasks && groups === before.groups && cells === before.cells;
  if (rowsSame && sameData(boardFields(before), boardFields(after))) return before;
  return { ...after, roles, tasks, groups, cells };
}

function shareRows<T>(before: readonly T[], after: readonly T[], keyOf: (row: T) => string): readonly T[] {
  if (before === after) return before;
  const byKey = new Map<string, T>();
  for (const row of before) if (!byKey.has(keyOf(row))) byKey.set(keyOf(row), row);
  let same = before.length === after.length;
  const shared = after.map((row, i) => {
    const old = byKey.get(keyOf(row));
    const kept = old !== undefined && old !== row && sameData(old, row) ? old : row;
    if (kept !== before[i]) same = false;
    return kept;
  });
  return same ? before : shared;
}

function boardFields(board: Board): Record<string, unknown> {
  const { roles: _roles, tasks: _tasks, groups: _groups, cells: _cells, ...fields } = board;
  return fields;
}

/** Deep equality of plain data; a field set to undefined counts as absent, as in storage. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  const left = definedKeys(a);
  const right = definedKeys(b);
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return left.length === right.length && left.every((key) => sameData(aRecord[key], bRecord[key]));
}

function definedKeys(value: object): string[] {
  const record = value as Record<string, unknown>;
  return Object.keys(record).filter((key) => record[key] !== undefined);
}
