/**
 * Writes one board diff to its rows. Must run inside a read-write transaction over `tablesOfDiff`
 * (the caller's transaction makes the write all or nothing).
 */
import type { Table } from 'dexie';
import type { BoardDiff, TableDiff } from '../../../shared/domain/boardDiff';
import { boardRow, cellRow, groupRow, roleRow, taskRow } from './boardRows';
import type { CellRowKey, ChildKey, RaciDatabase } from './raciDatabase';

export async function writeDiff(db: RaciDatabase, diff: BoardDiff): Promise<void> {
  const { boardId } = diff;
  const childKey = (id: string): ChildKey => [boardId, id];
  const writes: Promise<unknown>[] = [];
  if (diff.board !== null) {
    writes.push(db.boards.put(boardRow(diff.board)));
  }
  if (diff.roles.delete.length > 0) writes.push(db.roles.bulkDelete(diff.roles.delete.map(childKey)));
  if (diff.roles.put.length > 0) writes.push(db.roles.bulkPut(diff.roles.put.map((role) => roleRow(boardId, role))));
  if (diff.groups.delete.length > 0) writes.push(db.groups.bulkDelete(diff.groups.delete.map(childKey)));
  if (diff.groups.put.length > 0) writes.push(db.groups.bulkPut(diff.groups.put.map((group) => groupRow(boardId, group))));
  if (diff.tasks.delete.length > 0) writes.push(db.tasks.bulkDelete(diff.tasks.delete.map(childKey)));
  if (diff.tasks.put.length > 0) writes.push(db.tasks.bulkPut(diff.tasks.put.map((task) => taskRow(boardId, task))));
  if (diff.cells.delete.length > 0) {
    writes.push(db.cells.bulkDelete(diff.cells.delete.map(({ taskId, roleId }): CellRowKey => [boardId, taskId, roleId])));
  }
  if (diff.cells.put.length > 0) writes.push(db.cells.bulkPut(diff.cells.put.map((cell) => cellRow(boardId, cell))));
  await Promise.all(writes);
}

/** The tables a transaction writing `diff` needs: boards always (callers check the board exists), then only the changed ones. */
export function tablesOfDiff(db: RaciDatabase, diff: BoardDiff): Table[] {
  const changed = (table: TableDiff<unknown, unknown>) => table.put.length > 0 || table.delete.length > 0;
  const tables: Table[] = [db.boards];
  if (changed(diff.roles)) tables.push(db.roles);
  if (changed(diff.tasks)) tables.push(db.tasks);
  if (changed(diff.groups)) tables.push(db.groups);
  if (changed(diff.cells)) tables.push(db.cells);
  return tables;
}
