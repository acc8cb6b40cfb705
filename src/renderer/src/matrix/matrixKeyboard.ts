/**
 * The matrix keyboard model, pure so every key can be tested without a browser: given where the
 * focus is and which key was pressed, it says where the focus goes, which command to dispatch and
 * which editor to open. The grid is one tab stop; inside it:
 *
 *   Arrows            move between cells (on a group heading, Left folds and Right unfolds)
 *   Home / End        first / last cell of the row; with Ctrl, of the whole matrix
 *   PageUp / PageDown a screenful of rows
 *   R, A, C, I        toggle that letter on the focused cell
 *   Delete, Backspace clear the cell; on a row heading, delete the task (or group, asked first)
 *   Enter, F2         anywhere on a task row: edit its title; on a group heading: rename the group
 *   Space             on a cell: pick letters; on a group heading: fold or unfold
 *   Alt+Up / Alt+Down move the row (a group heading moves the group), one command per press
 *   Shift+F10, Menu   on a cell: pick letters; on a row heading: the row's actions (rename, move,
 *                     group, delete)
 *
 * Column 0 is the row heading, columns 1..n the roles in lane order. A group row has one cell; the
 * column is kept while passing through it so walking down a column is not reset by a heading.
 */
import type { Board, LetterSet } from '../../../shared/domain/board';
import { lettersOf } from '../../../shared/domain/cellIndex';
import type { Command } from '../../../shared/domain/command';
import { NO_LETTERS, parseLetter, sameLetters, toggleLetter } from '../../../shared/domain/letterSet';
import type { DisplayRow } from './matrixDisplayRows';
import { groupStepCommand, rowMoveCommand } from './rowMoveCommand';

export interface GridFocus {
  readonly row: number;
  readonly col: number;
}

export interface MatrixKeyState {
  readonly board: Board;
  readonly rows: readonly DisplayRow[];
  readonly focus: GridFocus;
  /** Rows moved by PageUp / PageDown (what fits on screen). */
  readonly pageSize: number;
}

/** The parts of a KeyboardEvent the model reads. */
export interface KeyPress {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly shiftKey?: boolean;
}

/** Editors and confirmations the view opens; they need the DOM, so the model only names them. */
export type MatrixAction = 'editTitle' | 'openPicker' | 'openMenu' | 'renameGroup' | 'deleteTask' | 'deleteGroup';

/** An empty outcome means "handled, nothing changes" (the key is still kept from the page). */
export interface KeyOutcome {
  readonly focus?: GridFocus;
  readonly command?: Command;
  readonly action?: MatrixAction;
}

const HANDLED: KeyOutcome = Object.freeze({});

/** What the key does at the focus; null when the matrix leaves the key to the browser (Tab...). */
export function matrixKeyboard(state: MatrixKeyState, press: KeyPress): KeyOutcome | null {
  const { rows, focus } = state;
  const row = rows[focus.row];
  if (!row) return null;
  const lastRow = rows.length - 1;
  const lastCol = state.board.roles.length;
  const at = (r: number, c: number): KeyOutcome => {
    const next = { row: clamp(r, 0, lastRow), col: clamp(c, 0, lastCol) };
    return next.row === focus.row && next.col === focus.col ? HANDLED : { focus: next };
  };
  const { key } = press;

  if (press.ctrlKey === true || press.metaKey === true) {
    if (press.altKey === true) return null;
    if (key === 'Home') return at(0, 0);
    if (key === 'End') return at(lastRow, lastCol);
    return null;
  }
  if (press.altKey === true) {
    if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
    return moveRow(state, row, key === 'ArrowUp' ? -1 : 1);
  }
  if (key === 'F10' && press.shiftKey === true) return contextAction(state, row);

  switch (key) {
    case 'ArrowUp':
      return at(focus.row - 1, focus.col);
    case 'ArrowDown':
      return at(focus.row + 1, focus.col);
    case 'PageUp':
      return at(focus.row - Math.max(1, state.pageSize), focus.col);
    case 'PageDown':
      return at(focus.row + Math.max(1, state.pageSize), focus.col);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const forward = key === 'ArrowRight';
      if (row.kind === 'group') {
        // As in a tree: Left folds an open group, Right opens a folded one.
        const collapsed = row.group.collapsed === true;
        if (collapsed !== forward) return HANDLED;
        return { command: { type: 'setGroupCollapsed', groupId: row.group.id, collapsed: !forward } };
      }
      if (row.kind === 'ungrouped') return HANDLED;
      return at(focus.row, focus.col + (forward ? 1 : -1));
    }
    case 'Home':
      return at(focus.row, 0);
    case 'End':
      return at(focus.row, lastCol);
    case 'Enter':
    case 'F2':
      if (row.kind === 'group') return { action: 'renameGroup' };
      if (row.kind === 'ungrouped') return HANDLED;
      return { action: 'editTitle' };
    case ' ':
      if (row.kind === 'group') return { command: { type: 'setGroupCollapsed', groupId: row.group.id, collapsed: row.group.collapsed !== true } };
      if (row.kind === 'task' && onRoleCell(state)) return { action: 'openPicker' };
      return HANDLED;
    case 'Delete':
    case 'Backspace':
      if (row.kind === 'group') return { action: 'deleteGroup' };
      if (row.kind === 'ungrouped') return HANDLED;
      if (!onRoleCell(state)) return { action: 'deleteTask' };
      return setLetters(state, row, () => NO_LETTERS);
    case 'ContextMenu':
      return contextAction(state, row);
    default:
      break;
  }

  const letter = key.length === 1 ? parseLetter(key) : undefined;
  if (letter === undefined || row.kind !== 'task' || !onRoleCell(state)) return null;
  return setLetters(state, row, (current) => toggleLetter(current, letter));
}

/** Shift+F10 and the Menu key: a cell's own popup is its letter picker; a heading's is the row menu. */
function contextAction(state: MatrixKeyState, row: DisplayRow): KeyOutcome {
  if (row.kind === 'ungrouped') return HANDLED;
  return { action: row.kind === 'task' && onRoleCell(state) ? 'openPicker' : 'openMenu' };
}

function onRoleCell(state: MatrixKeyState): boolean {
  return state.focus.col >= 1 && state.focus.col <= state.board.roles.length;
}

function setLetters(
  state: MatrixKeyState,
  row: Extract<DisplayRow, { kind: 'task' }>,
  change: (current: LetterSet) => LetterSet,
): KeyOutcome {
  const role = state.board.roles[state.focus.col - 1];
  if (!role) return HANDLED;
  const current = lettersOf(state.board, row.task.id, role.id);
  const letters = change(current);
  if (sameLetters(letters, current)) return HANDLED;
  return { command: { type: 'setLetters', taskId: row.task.id, roleId: role.id, letters } };
}

function moveRow(state: MatrixKeyState, row: DisplayRow, delta: -1 | 1): KeyOutcome {
  const command =
    row.kind === 'group'
      ? groupStepCommand(state.board, row.group.id, delta)
      : row.kind === 'task'
        ? rowMoveCommand(state.board, state.rows, state.focus.row, state.focus.row + delta)
        : null;
  return command ? { command } : HANDLED;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
