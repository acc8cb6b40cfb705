import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { matrixDisplayRows } from '../../../../src/renderer/src/matrix/matrixDisplayRows';
import { matrixKeyboard, type GridFocus, type KeyOutcome, type KeyPress } from '../../../../src/renderer/src/matrix/matrixKeyboard';
import { cellText, groupIdOf, roleIdOf, taskIdOf } from '../../shared/domain/boardBuilder';
import { applied, phasedBoard, rowText } from './matrixBoards';

// Rows: 0 # Discovery, 1 Vision, 2 Research, 3 # Delivery, 4 Budget, 5 No group, 6 Launch.
// Columns: 0 the task title, 1 Product manager, 2 Project manager, 3 Designer.
const VISION = 1;
const RESEARCH = 2;
const DELIVERY = 3;
const BUDGET = 4;
const NO_GROUP = 5;
const LAUNCH = 6;
const DISCOVERY = 0;

function press(focus: GridFocus, key: string, modifiers: Omit<KeyPress, 'key'> = {}, board: Board = phasedBoard()): KeyOutcome | null {
  return matrixKeyboard({ board, rows: matrixDisplayRows(board, null), focus, pageSize: 3 }, { key, ...modifiers });
}

/** Applies the outcome's command to the board and returns the new board. */
function afterCommand(board: Board, outcome: KeyOutcome | null): Board {
  if (!outcome?.command) throw new Error('Expected a command');
  return applied(board, outcome.command);
}

describe('matrixKeyboard', () => {
  describe('moving the focus', () => {
    it('moves one cell right or left when ArrowRight or ArrowLeft is pressed on a task row', () => {
      expect(press({ row: VISION, col: 1 }, 'ArrowRight')).toEqual({ focus: { row: VISION, col: 2 } });
      expect(press({ row: VISION, col: 1 }, 'ArrowLeft')).toEqual({ focus: { row: VISION, col: 0 } });
    });

    it('stays put but keeps the key when an arrow would leave the grid', () => {
      expect(press({ row: VISION, col: 3 }, 'ArrowRight')).toEqual({});
      expect(press({ row: VISION, col: 0 }, 'ArrowLeft')).toEqual({});
      expect(press({ row: DISCOVERY, col: 2 }, 'ArrowUp')).toEqual({});
      expect(press({ row: LAUNCH, col: 2 }, 'ArrowDown')).toEqual({});
    });

    it('keeps the column when ArrowDown or ArrowUp passes through a group heading', () => {
      expect(press({ row: RESEARCH, col: 2 }, 'ArrowDown')).toEqual({ focus: { row: DELIVERY, col: 2 } });
      expect(press({ row: DELIVERY, col: 2 }, 'ArrowDown')).toEqual({ focus: { row: BUDGET, col: 2 } });
      expect(press({ row: BUDGET, col: 2 }, 'ArrowUp')).toEqual({ focus: { row: DELIVERY, col: 2 } });
    });

    it('goes to the row heading or the last role when Home or End is pressed', () => {
      expect(press({ row: BUDGET, col: 2 }, 'Home')).toEqual({ focus: { row: BUDGET, col: 0 } });
      expect(press({ row: BUDGET, col: 2 }, 'End')).toEqual({ focus: { row: BUDGET, col: 3 } });
      expect(press({ row: BUDGET, col: 0 }, 'Home')).toEqual({});
    });

    it('goes to the first or last cell of the matrix when Ctrl or Cmd is held with Home or End', () => {
      expect(press({ row: BUDGET, col: 2 }, 'Home', { ctrlKey: true })).toEqual({ focus: { row: 0, col: 0 } });
      expect(press({ row: BUDGET, col: 2 }, 'End', { ctrlKey: true })).toEqual({ focus: { row: LAUNCH, col: 3 } });
      expect(press({ row: BUDGET, col: 2 }, 'End', { metaKey: true })).toEqual({ focus: { row: LAUNCH, col: 3 } });
    });

    it('moves a page of rows, stopping at the ends, when PageDown or PageUp is pressed', () => {
      expect(press({ row: VISION, col: 1 }, 'PageDown')).toEqual({ focus: { row: BUDGET, col: 1 } });
      expect(press({ row: BUDGET, col: 1 }, 'PageDown')).toEqual({ focus: { row: LAUNCH, col: 1 } });
      expect(press({ row: BUDGET, col: 1 }, 'PageUp')).toEqual({ focus: { row: VISION, col: 1 } });
      expect(press({ row: VISION, col: 1 }, 'PageUp')).toEqual({ focus: { row: 0, col: 1 } });
    });

    it('clamps a remembered column that no longer exists', () => {
      const board = applied(phasedBoard(), { type: 'deleteRole', roleId: 'role-3' });
      expect(press({ row: VISION, col: 3 }, 'ArrowDown', {}, board)).toEqual({ focus: { row: RESEARCH, col: 2 } });
    });
  });

  describe('letters', () => {
    it('adds a letter when R, A, C or I is typed on a cell without it', () => {
      const outcome = press({ row: VISION, col: 1 }, 'c');
      expect(outcome).toEqual({ command: { type: 'setLetters', taskId: 'task-1', roleId: 'role-1', letters: ['R', 'A', 'C'] } });
      expect(press({ row: LAUNCH, col: 3 }, 'I')).toEqual({ command: { type: 'setLetters', taskId: 'task-4', roleId: 'role-3', letters: ['I'] } });
      expect(press({ row: LAUNCH, col: 3 }, 'r')).toEqual({ command: { type: 'setLetters', taskId: 'task-4', roleId: 'role-3', letters: ['R'] } });
    });

    it('removes a letter when it is typed on a cell that holds it', () => {
      expect(press({ row: VISION, col: 1 }, 'A')).toEqual({ command: { type: 'setLetters', taskId: 'task-1', roleId: 'role-1', letters: ['R'] } });
      expect(press({ row: VISION, col: 1 }, 'r')).toEqual({ command: { type: 'setLetters', taskId: 'task-1', roleId: 'role-1', letters: ['A'] } });
    });

    it('moves A from its previous holder once the command is applied', () => {
      const board = phasedBoard();
      const next = afterCommand(board, press({ row: RESEARCH, col: 3 }, 'a', {}, board));
      expect(cellText(next, 'Research', 'Designer')).toBe('R/A');
      expect(cellText(next, 'Research', 'Project manager')).toBe('');
    });

    it('clears the cell when Delete or Backspace is pressed on it', () => {
      const clear = { command: { type: 'setLetters', taskId: 'task-3', roleId: 'role-2', letters: [] } };
      expect(press({ row: BUDGET, col: 2 }, 'Delete')).toEqual(clear);
      expect(press({ row: BUDGET, col: 2 }, 'Backspace')).toEqual(clear);
    });

    it('does nothing but keep the key when an empty cell is cleared', () => {
      expect(press({ row: BUDGET, col: 1 }, 'Delete')).toEqual({});
    });

    it('leaves letter keys alone on a row heading, a group heading, or with Ctrl', () => {
      expect(press({ row: VISION, col: 0 }, 'a')).toBeNull();
      expect(press({ row: DISCOVERY, col: 1 }, 'a')).toBeNull();
      expect(press({ row: NO_GROUP, col: 1 }, 'r')).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'r', { ctrlKey: true })).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'x')).toBeNull();
    });
  });

  describe('editors', () => {
    it('edits the title when Enter is pressed anywhere on a task row, the heading or a letter cell', () => {
      for (const col of [0, 1, 2, 3]) expect(press({ row: BUDGET, col }, 'Enter')).toEqual({ action: 'editTitle' });
    });

    it('edits the title when F2 is pressed anywhere on a task row', () => {
      expect(press({ row: BUDGET, col: 0 }, 'F2')).toEqual({ action: 'editTitle' });
      expect(press({ row: BUDGET, col: 3 }, 'F2')).toEqual({ action: 'editTitle' });
    });

    it('picks letters when Space is pressed on a cell, and keeps Space from scrolling elsewhere', () => {
      expect(press({ row: BUDGET, col: 1 }, ' ')).toEqual({ action: 'openPicker' });
      expect(press({ row: BUDGET, col: 0 }, ' ')).toEqual({});
      expect(press({ row: NO_GROUP, col: 0 }, ' ')).toEqual({});
    });

    it('asks to delete the task when Delete is pressed on its row heading', () => {
      expect(press({ row: BUDGET, col: 0 }, 'Delete')).toEqual({ action: 'deleteTask' });
      expect(press({ row: BUDGET, col: 0 }, 'Backspace')).toEqual({ action: 'deleteTask' });
    });

    it('picks letters when Shift+F10 or the Menu key is pressed on a letter cell', () => {
      expect(press({ row: BUDGET, col: 2 }, 'F10', { shiftKey: true })).toEqual({ action: 'openPicker' });
      expect(press({ row: BUDGET, col: 3 }, 'ContextMenu')).toEqual({ action: 'openPicker' });
      expect(press({ row: BUDGET, col: 2 }, 'F10')).toBeNull();
    });

    it('opens the row actions when Shift+F10 or the Menu key is pressed on a row or group heading', () => {
      expect(press({ row: BUDGET, col: 0 }, 'F10', { shiftKey: true })).toEqual({ action: 'openMenu' });
      expect(press({ row: BUDGET, col: 0 }, 'ContextMenu')).toEqual({ action: 'openMenu' });
      expect(press({ row: DELIVERY, col: 2 }, 'ContextMenu')).toEqual({ action: 'openMenu' });
      expect(press({ row: NO_GROUP, col: 0 }, 'ContextMenu')).toEqual({});
      expect(press({ row: NO_GROUP, col: 0 }, 'F10', { shiftKey: true })).toEqual({});
    });
  });

  describe('group headings', () => {
    it('renames the group when Enter or F2 is pressed on its heading', () => {
      expect(press({ row: DELIVERY, col: 2 }, 'Enter')).toEqual({ action: 'renameGroup' });
      expect(press({ row: DELIVERY, col: 2 }, 'F2')).toEqual({ action: 'renameGroup' });
    });

    it('asks to delete the group when Delete or Backspace is pressed on its heading', () => {
      expect(press({ row: DELIVERY, col: 0 }, 'Delete')).toEqual({ action: 'deleteGroup' });
      expect(press({ row: DELIVERY, col: 0 }, 'Backspace')).toEqual({ action: 'deleteGroup' });
    });

    it('folds an open group on ArrowLeft and unfolds a folded one on ArrowRight', () => {
      const board = phasedBoard();
      const discovery = groupIdOf(board, 'Discovery');
      const fold = press({ row: DISCOVERY, col: 1 }, 'ArrowLeft', {}, board);
      expect(fold).toEqual({ command: { type: 'setGroupCollapsed', groupId: discovery, collapsed: true } });
      const folded = afterCommand(board, fold);
      expect(rowText(matrixDisplayRows(folded, null)).slice(0, 2)).toEqual(['# Discovery', '# Delivery']);
      expect(press({ row: DISCOVERY, col: 1 }, 'ArrowRight', {}, folded)).toEqual({
        command: { type: 'setGroupCollapsed', groupId: discovery, collapsed: false },
      });
    });

    it('does nothing when the group is already the way the arrow asks', () => {
      const folded = applied(phasedBoard(), { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: true });
      expect(press({ row: DISCOVERY, col: 1 }, 'ArrowRight')).toEqual({});
      expect(press({ row: DISCOVERY, col: 1 }, 'ArrowLeft', {}, folded)).toEqual({});
    });

    it('toggles the fold when Space is pressed on the heading', () => {
      expect(press({ row: DELIVERY, col: 0 }, ' ')).toEqual({ command: { type: 'setGroupCollapsed', groupId: 'group-2', collapsed: true } });
      const folded = applied(phasedBoard(), { type: 'setGroupCollapsed', groupId: 'group-2', collapsed: true });
      expect(press({ row: DELIVERY, col: 0 }, ' ', {}, folded)).toEqual({ command: { type: 'setGroupCollapsed', groupId: 'group-2', collapsed: false } });
    });

    it('ignores side arrows and editing keys on the No group heading', () => {
      for (const key of ['ArrowLeft', 'ArrowRight', 'Enter', 'F2', 'Delete']) expect(press({ row: NO_GROUP, col: 0 }, key)).toEqual({});
    });
  });

  describe('moving rows', () => {
    it('moves a task one row down within its group when Alt+ArrowDown is pressed', () => {
      const board = phasedBoard();
      const outcome = press({ row: VISION, col: 0 }, 'ArrowDown', { altKey: true }, board);
      expect(outcome).toEqual({ command: { type: 'moveTaskRow', taskId: taskIdOf(board, 'Vision'), toIndex: 1, groupId: 'group-1' } });
      expect(rowText(matrixDisplayRows(afterCommand(board, outcome), null))).toEqual([
        '# Discovery',
        'Research',
        'Vision',
        '# Delivery',
        'Budget',
        'No group',
        'Launch',
      ]);
    });

    it('moves the last task of a group to the top of the next group when Alt+ArrowDown is pressed', () => {
      const board = phasedBoard();
      const next = afterCommand(board, press({ row: RESEARCH, col: 2 }, 'ArrowDown', { altKey: true }, board));
      expect(rowText(matrixDisplayRows(next, null))).toEqual(['# Discovery', 'Vision', '# Delivery', 'Research', 'Budget', 'No group', 'Launch']);
    });

    it('moves the first task of a group to the end of the group above when Alt+ArrowUp is pressed', () => {
      const board = phasedBoard();
      const next = afterCommand(board, press({ row: BUDGET, col: 0 }, 'ArrowUp', { altKey: true }, board));
      expect(rowText(matrixDisplayRows(next, null))).toEqual(['# Discovery', 'Vision', 'Research', 'Budget', '# Delivery', 'No group', 'Launch']);
    });

    it('takes a task out of its group, or into the last group, across the No group heading', () => {
      const board = phasedBoard();
      const out = afterCommand(board, press({ row: BUDGET, col: 0 }, 'ArrowDown', { altKey: true }, board));
      expect(rowText(matrixDisplayRows(out, null)).slice(3)).toEqual(['# Delivery', 'No group', 'Budget', 'Launch']);
      const into = afterCommand(board, press({ row: LAUNCH, col: 0 }, 'ArrowUp', { altKey: true }, board));
      expect(rowText(matrixDisplayRows(into, null)).slice(3)).toEqual(['# Delivery', 'Budget', 'Launch', 'No group']);
    });

    it('does nothing at the top or bottom of the matrix', () => {
      expect(press({ row: VISION, col: 0 }, 'ArrowUp', { altKey: true })).toEqual({});
      expect(press({ row: LAUNCH, col: 0 }, 'ArrowDown', { altKey: true })).toEqual({});
    });

    it('moves the whole group when Alt+Arrow is pressed on its heading', () => {
      const board = phasedBoard();
      const outcome = press({ row: DELIVERY, col: 0 }, 'ArrowUp', { altKey: true }, board);
      expect(outcome).toEqual({ command: { type: 'moveGroup', groupId: 'group-2', toIndex: 0 } });
      expect(rowText(matrixDisplayRows(afterCommand(board, outcome), null))).toEqual([
        '# Delivery',
        'Budget',
        '# Discovery',
        'Vision',
        'Research',
        'No group',
        'Launch',
      ]);
      expect(press({ row: DISCOVERY, col: 0 }, 'ArrowDown', { altKey: true })).toEqual({ command: { type: 'moveGroup', groupId: 'group-1', toIndex: 1 } });
    });

    it('does nothing when the first group goes up, the last goes down, or No group is moved', () => {
      expect(press({ row: DISCOVERY, col: 0 }, 'ArrowUp', { altKey: true })).toEqual({});
      expect(press({ row: DELIVERY, col: 0 }, 'ArrowDown', { altKey: true })).toEqual({});
      expect(press({ row: NO_GROUP, col: 0 }, 'ArrowUp', { altKey: true })).toEqual({});
    });

    it('moves the row the same way from any column', () => {
      const fromTitle = press({ row: VISION, col: 0 }, 'ArrowDown', { altKey: true });
      expect(press({ row: VISION, col: 3 }, 'ArrowDown', { altKey: true })).toEqual(fromTitle);
    });
  });

  describe('keys the matrix leaves to the browser', () => {
    it('returns null for Tab, Escape and other shortcuts so focus can leave the grid', () => {
      expect(press({ row: VISION, col: 1 }, 'Tab')).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'Tab', { shiftKey: true })).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'Escape')).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'ArrowLeft', { altKey: true })).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'ArrowDown', { ctrlKey: true })).toBeNull();
      expect(press({ row: VISION, col: 1 }, 'Home', { ctrlKey: true, altKey: true })).toBeNull();
    });

    it('returns null when the focus is on no row', () => {
      expect(press({ row: 99, col: 1 }, 'ArrowDown')).toBeNull();
    });
  });

  it('names the focused task and role in every letter command', () => {
    const board = phasedBoard();
    const outcome = press({ row: BUDGET, col: 3 }, 'i', {}, board);
    expect(outcome?.command).toMatchObject({ taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Designer') });
  });
});
