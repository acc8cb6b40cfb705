import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { shareUnchanged } from '../../../../src/shared/domain/shareUnchanged';
import { buildBoard } from './boardBuilder';
import { deepFreeze } from './deepFreeze';

function sample(): Board {
  return deepFreeze(
    buildBoard({
      roles: ['Lead', 'Helper'],
      groups: ['Discovery'],
      tasks: [['Budget', { Lead: 'R/A', Helper: 'C' }, 'Discovery'], ['Vision', { Helper: 'R/A' }]],
    }),
  );
}

/** A deep copy: equal content, every object new. */
function copy(board: Board): Board {
  return JSON.parse(JSON.stringify(board)) as Board;
}

describe('shareUnchanged', () => {
  it('returns the original board when nothing differs', () => {
    const board = sample();
    expect(shareUnchanged(board, copy(board))).toBe(board);
  });

  it('keeps the original object of every equal row and takes the changed ones', () => {
    const board = sample();
    const after = copy(board);
    const renamed = { ...after, tasks: after.tasks.map((t, i) => (i === 1 ? { ...t, title: 'Mission' } : t)) };
    const shared = shareUnchanged(board, renamed);
    expect(shared.tasks[0]).toBe(board.tasks[0]);
    expect(shared.tasks[1]).toBe(renamed.tasks[1]);
    expect(shared.roles).toBe(board.roles);
    expect(shared.groups).toBe(board.groups);
    expect(shared.cells).toBe(board.cells);
  });

  it('compares nested data and treats an undefined field as absent', () => {
    const board: Board = deepFreeze({ ...sample(), tasks: sample().tasks.map((t) => ({ ...t, keepMine: { note: 'why' } })) });
    const after = copy(board);
    const withUndefined: Board = { ...after, tasks: after.tasks.map((t) => ({ ...t, notes: undefined })) };
    expect(shareUnchanged(board, withUndefined)).toBe(board);
    const changedNote: Board = { ...after, tasks: after.tasks.map((t, i) => (i === 0 ? { ...t, keepMine: { note: 'other' } } : t)) };
    expect(shareUnchanged(board, changedNote).tasks[0]).toBe(changedNote.tasks[0]);
  });

  it('keeps the new list when rows were added, removed or reordered', () => {
    const board = sample();
    const [first, second] = board.cells;
    const fewer: Board = { ...copy(board), cells: [copy(board).cells[0] as Board['cells'][number]] };
    expect(shareUnchanged(board, fewer).cells).toEqual([first]);
    expect(shareUnchanged(board, fewer).cells[0]).toBe(first);
    const swapped: Board = { ...board, cells: [second, first, ...board.cells.slice(2)] as Board['cells'] };
    expect(shareUnchanged(board, swapped).cells).not.toBe(board.cells);
  });

  it('sees a change of the board\'s own fields', () => {
    const board = sample();
    const renamed = { ...copy(board), name: 'Other' };
    const shared = shareUnchanged(board, renamed);
    expect(shared).not.toBe(board);
    expect(shared.name).toBe('Other');
    expect(shared.tasks).toBe(board.tasks);
    expect(shareUnchanged(board, { ...board, ruleSettings: undefined })).toBe(board);
  });
});
