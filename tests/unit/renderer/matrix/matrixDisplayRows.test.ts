import { describe, expect, it } from 'vitest';
import { matrixDisplayRows, taskRowKey, groupRowKey, UNGROUPED_ROW_KEY } from '../../../../src/renderer/src/matrix/matrixDisplayRows';
import { buildBoard, groupIdOf, taskIdOf } from '../../shared/domain/boardBuilder';
import { applied, phasedBoard, rowText } from './matrixBoards';

describe('matrixDisplayRows', () => {
  it('lists the tasks alone when the board has no groups', () => {
    const board = buildBoard({ roles: ['Product manager'], tasks: [['Vision'], ['Budget']] });
    expect(rowText(matrixDisplayRows(board, null))).toEqual(['Vision', 'Budget']);
  });

  it('puts a No group heading over the ungrouped tasks when the board has groups', () => {
    const rows = matrixDisplayRows(phasedBoard(), null);
    expect(rowText(rows)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Budget', 'No group', 'Launch']);
    expect(rows.map((row) => (row.kind === 'task' ? row.groupId : null))).toEqual([null, 'group-1', 'group-1', null, 'group-2', null, null]);
  });

  it('keys rows by task and group id so a key follows its row', () => {
    const board = phasedBoard();
    const keys = matrixDisplayRows(board, null).map((row) => row.key);
    expect(keys).toEqual([
      groupRowKey('group-1'),
      taskRowKey(taskIdOf(board, 'Vision')),
      taskRowKey(taskIdOf(board, 'Research')),
      groupRowKey('group-2'),
      taskRowKey(taskIdOf(board, 'Budget')),
      UNGROUPED_ROW_KEY,
      taskRowKey(taskIdOf(board, 'Launch')),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps an empty No group heading at the end when every task is in a group', () => {
    const board = applied(phasedBoard(), { type: 'setTaskGroup', taskId: 'task-4', groupId: 'group-2' });
    const rows = matrixDisplayRows(board, null);
    expect(rowText(rows)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Budget', 'Launch', 'No group']);
    expect(rows.at(-1)).toMatchObject({ kind: 'ungrouped', taskCount: 0 });
  });

  it('hides the tasks of a folded group but keeps its heading and count', () => {
    const board = applied(phasedBoard(), { type: 'setGroupCollapsed', groupId: groupIdOf(phasedBoard(), 'Discovery'), collapsed: true });
    const rows = matrixDisplayRows(board, null);
    expect(rowText(rows)).toEqual(['# Discovery', '# Delivery', 'Budget', 'No group', 'Launch']);
    expect(rows[0]).toMatchObject({ kind: 'group', taskCount: 2 });
  });

  it('shows only matching tasks, and only the headings of groups with a match, when filtered', () => {
    const board = phasedBoard();
    const rows = matrixDisplayRows(board, new Set([taskIdOf(board, 'Research')]));
    expect(rowText(rows)).toEqual(['# Discovery', 'Research']);
    expect(rows[0]).toMatchObject({ kind: 'group', taskCount: 1 });
  });

  it('keeps the No group heading with its matching count when an ungrouped task matches', () => {
    const board = phasedBoard();
    const rows = matrixDisplayRows(board, new Set([taskIdOf(board, 'Launch'), taskIdOf(board, 'Budget')]));
    expect(rowText(rows)).toEqual(['# Delivery', 'Budget', 'No group', 'Launch']);
    expect(rows[2]).toMatchObject({ kind: 'ungrouped', taskCount: 1 });
  });

  it('shows nothing when the filter matches no task', () => {
    expect(matrixDisplayRows(phasedBoard(), new Set())).toEqual([]);
  });
});
