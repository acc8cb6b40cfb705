import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { matrixDisplayRows } from '../../../../src/renderer/src/matrix/matrixDisplayRows';
import { groupStepCommand, rowMoveCommand } from '../../../../src/renderer/src/matrix/rowMoveCommand';
import { buildBoard, taskIdOf } from '../../shared/domain/boardBuilder';
import { applied, phasedBoard, rowText } from './matrixBoards';

// Rows: 0 # Discovery, 1 Vision, 2 Research, 3 # Delivery, 4 Budget, 5 No group, 6 Launch.

/** Drags the row at `from` to `to` and returns the rows the matrix then shows. */
function drag(board: Board, from: number, to: number, visible: ReadonlySet<string> | null = null): string[] {
  const command = rowMoveCommand(board, matrixDisplayRows(board, visible), from, to);
  if (!command) throw new Error('Expected a command');
  return rowText(matrixDisplayRows(applied(board, command), visible));
}

describe('rowMoveCommand', () => {
  it('reorders a task within its group when dropped on a neighbour', () => {
    expect(drag(phasedBoard(), 2, 1)).toEqual(['# Discovery', 'Research', 'Vision', '# Delivery', 'Budget', 'No group', 'Launch']);
  });

  it('files a task under another group when dropped among its tasks', () => {
    expect(drag(phasedBoard(), 1, 4)).toEqual(['# Discovery', 'Research', '# Delivery', 'Budget', 'Vision', 'No group', 'Launch']);
    expect(drag(phasedBoard(), 6, 4)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Launch', 'Budget', 'No group']);
  });

  it('makes a task the first of a group when dropped on its heading from above', () => {
    expect(drag(phasedBoard(), 1, 3)).toEqual(['# Discovery', 'Research', '# Delivery', 'Vision', 'Budget', 'No group', 'Launch']);
  });

  it('makes a task the last of the group above when dropped on a heading from below', () => {
    expect(drag(phasedBoard(), 6, 3)).toEqual(['# Discovery', 'Vision', 'Research', 'Launch', '# Delivery', 'Budget', 'No group']);
  });

  it('takes a task out of its group when dropped below the No group heading', () => {
    expect(drag(phasedBoard(), 1, 6)).toEqual(['# Discovery', 'Research', '# Delivery', 'Budget', 'No group', 'Launch', 'Vision']);
    expect(drag(phasedBoard(), 4, 5)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'No group', 'Budget', 'Launch']);
  });

  it('puts a task at the top of the first group when dropped above every heading', () => {
    expect(drag(phasedBoard(), 6, 0)).toEqual(['# Discovery', 'Launch', 'Vision', 'Research', '# Delivery', 'Budget', 'No group']);
  });

  it('puts a task at the end of a folded group when dropped below its heading', () => {
    const board = applied(phasedBoard(), { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: true });
    // Rows: 0 # Discovery (folded), 1 # Delivery, 2 Budget, 3 No group, 4 Launch.
    const command = rowMoveCommand(board, matrixDisplayRows(board, null), 4, 1);
    expect(command).toEqual({ type: 'moveTaskRow', taskId: taskIdOf(board, 'Launch'), toIndex: 2, groupId: 'group-1' });
    const unfolded = applied(board, command!, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: false });
    expect(rowText(matrixDisplayRows(unfolded, null)).slice(0, 4)).toEqual(['# Discovery', 'Vision', 'Research', 'Launch']);
  });

  it('places a task next to its visible neighbour when a filter hides rows', () => {
    const board = phasedBoard();
    const visible = new Set([taskIdOf(board, 'Vision'), taskIdOf(board, 'Research'), taskIdOf(board, 'Launch')]);
    // Filtered rows: 0 # Discovery, 1 Vision, 2 Research, 3 No group, 4 Launch. Launch goes after Vision.
    const command = rowMoveCommand(board, matrixDisplayRows(board, visible), 4, 2);
    expect(command).toEqual({ type: 'moveTaskRow', taskId: taskIdOf(board, 'Launch'), toIndex: 1, groupId: 'group-1' });
  });

  it('moves a whole group after the group it is dropped on when dragged down', () => {
    expect(drag(phasedBoard(), 0, 4)).toEqual(['# Delivery', 'Budget', '# Discovery', 'Vision', 'Research', 'No group', 'Launch']);
    expect(drag(phasedBoard(), 0, 3)).toEqual(['# Delivery', 'Budget', '# Discovery', 'Vision', 'Research', 'No group', 'Launch']);
  });

  it('moves a whole group before the group it is dropped on when dragged up, never splitting it', () => {
    expect(drag(phasedBoard(), 3, 2)).toEqual(['# Delivery', 'Budget', '# Discovery', 'Vision', 'Research', 'No group', 'Launch']);
    expect(drag(phasedBoard(), 3, 0)).toEqual(['# Delivery', 'Budget', '# Discovery', 'Vision', 'Research', 'No group', 'Launch']);
  });

  it('moves a group after every other group when dropped among the ungrouped tasks', () => {
    const board = applied(phasedBoard(), { type: 'addGroup', groupId: 'group-3', name: 'Launch phase' });
    // Rows: ... 4 Budget, 5 # Launch phase, 6 No group, 7 Launch.
    expect(drag(board, 0, 7)).toEqual(['# Delivery', 'Budget', '# Launch phase', '# Discovery', 'Vision', 'Research', 'No group', 'Launch']);
  });

  it('returns null when the drop leaves the row where it was', () => {
    const board = phasedBoard();
    const rows = matrixDisplayRows(board, null);
    expect(rowMoveCommand(board, rows, 2, 2)).toBeNull();
    expect(rowMoveCommand(board, rows, 1, 0)).toBeNull();
    // A heading dropped among its own tasks, or the last group dropped below itself.
    expect(rowMoveCommand(board, rows, 0, 2)).toBeNull();
    expect(rowMoveCommand(board, rows, 3, 4)).toBeNull();
  });

  it('returns null for the No group heading and for positions outside the rows', () => {
    const board = phasedBoard();
    const rows = matrixDisplayRows(board, null);
    expect(rowMoveCommand(board, rows, 5, 1)).toBeNull();
    expect(rowMoveCommand(board, rows, 1, 7)).toBeNull();
    expect(rowMoveCommand(board, rows, 1, -1)).toBeNull();
    expect(rowMoveCommand(board, rows, 9, 1)).toBeNull();
  });

  it('reorders the plain task list of a board without groups', () => {
    const board = buildBoard({ roles: ['Product manager'], tasks: [['Vision'], ['Budget'], ['Launch']] });
    expect(drag(board, 2, 0)).toEqual(['Launch', 'Vision', 'Budget']);
    expect(drag(board, 0, 1)).toEqual(['Budget', 'Vision', 'Launch']);
  });
});

describe('groupStepCommand', () => {
  it('moves a group one place up or down among the groups', () => {
    expect(groupStepCommand(phasedBoard(), 'group-2', -1)).toEqual({ type: 'moveGroup', groupId: 'group-2', toIndex: 0 });
    expect(groupStepCommand(phasedBoard(), 'group-1', 1)).toEqual({ type: 'moveGroup', groupId: 'group-1', toIndex: 1 });
  });

  it('returns null at either end or for an unknown group', () => {
    expect(groupStepCommand(phasedBoard(), 'group-1', -1)).toBeNull();
    expect(groupStepCommand(phasedBoard(), 'group-2', 1)).toBeNull();
    expect(groupStepCommand(phasedBoard(), 'group-9', 1)).toBeNull();
  });
});
