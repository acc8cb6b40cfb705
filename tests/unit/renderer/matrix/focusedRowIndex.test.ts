import { describe, expect, it } from 'vitest';
import { focusedRowIndex } from '../../../../src/renderer/src/matrix/focusedRowIndex';
import { groupRowKey, matrixDisplayRows, taskRowKey } from '../../../../src/renderer/src/matrix/matrixDisplayRows';
import { applied, phasedBoard } from './matrixBoards';

describe('focusedRowIndex', () => {
  it('finds the row by its key wherever it moved', () => {
    const board = applied(phasedBoard(), { type: 'moveGroup', groupId: 'group-2', toIndex: 0 });
    expect(focusedRowIndex(matrixDisplayRows(board, null), board, taskRowKey('task-3'), 4)).toBe(1);
  });

  it('lands on the group heading when the task was folded away', () => {
    const board = applied(phasedBoard(), { type: 'setGroupCollapsed', groupId: 'group-2', collapsed: true });
    const rows = matrixDisplayRows(board, null);
    expect(focusedRowIndex(rows, board, taskRowKey('task-3'), 4)).toBe(rows.findIndex((row) => row.key === groupRowKey('group-2')));
  });

  it('stays at the same place, within the rows, when the row was deleted', () => {
    const board = applied(phasedBoard(), { type: 'deleteTask', taskId: 'task-4' });
    const rows = matrixDisplayRows(board, null);
    expect(focusedRowIndex(rows, board, taskRowKey('task-4'), 6)).toBe(5);
    expect(focusedRowIndex(rows, board, taskRowKey('task-2'), 2)).toBe(2);
    expect(focusedRowIndex(rows, board, 'gone', -3)).toBe(0);
  });

  it('returns -1 when there are no rows', () => {
    expect(focusedRowIndex([], phasedBoard(), taskRowKey('task-1'), 0)).toBe(-1);
  });
});
