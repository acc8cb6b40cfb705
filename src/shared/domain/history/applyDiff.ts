/**
 * The inverse of diffBoards: applies a diff to a board in memory, exactly as storage applies it to
 * rows, so `applyDiff(before, diffBoards(before, after))` equals `after` (in canonical order).
 */
import type { Board, Cell } from '../board';
import { boardMeta, isEmptyDiff, type BoardDiff, type CellKey, type TableDiff } from '../boardDiff';
import { cellKey } from '../cellIndex';
import { canonicalOrder } from './canonicalOrder';

/**
 * Puts and deletes the diff's records and replaces the board's own fields when the diff carries
 * them (fields the diff's board lacks, such as rule settings, are then absent). A list the diff
 * does not touch is returned as the same array; a changed list comes back in canonical order
 * (see canonicalOrder), the order loadBoard returns. Untouched records keep their identity.
 * Deleting a record that is not there is not an error: diffs may be replayed onto a board that
 * moved on. Applying a diff of another board is a programming error and throws.
 */
export function applyDiff(board: Board, diff: BoardDiff): Board {
  if (diff.boardId !== board.id) {
    throw new Error(`applyDiff: cannot apply a diff of board ${diff.boardId} to board ${board.id}`);
  }
  if (isEmptyDiff(diff)) {
    return board;
  }
  return {
    ...(diff.board ?? boardMeta(board)),
    roles: applyTable(board.roles, diff.roles, byId, ownKey, canonicalOrder.records),
    tasks: applyTable(board.tasks, diff.tasks, byId, ownKey, canonicalOrder.records),
    groups: applyTable(board.groups, diff.groups, byId, ownKey, canonicalOrder.records),
    cells: applyTable<Cell, CellKey>(board.cells, diff.cells, byCellKey, byCellKey, canonicalOrder.cells),
  };
}

function byId(record: { readonly id: string }): string {
  return record.id;
}

function ownKey(id: string): string {
  return id;
}

function byCellKey(key: CellKey): string {
  return cellKey(key.taskId, key.roleId);
}

function applyTable<TRecord, TKey>(
  records: readonly TRecord[],
  table: TableDiff<TRecord, TKey>,
  keyOf: (record: TRecord) => string,
  keyOfDeleted: (key: TKey) => string,
  compare: (a: TRecord, b: TRecord) => number,
): readonly TRecord[] {
  if (table.put.length === 0 && table.delete.length === 0) {
    return records;
  }
  const byKey = new Map<string, TRecord>();
  for (const record of records) {
    byKey.set(keyOf(record), record);
  }
  for (const key of table.delete) {
    byKey.delete(keyOfDeleted(key));
  }
  for (const record of table.put) {
    byKey.set(keyOf(record), record);
  }
  return [...byKey.values()].sort(compare);
}
