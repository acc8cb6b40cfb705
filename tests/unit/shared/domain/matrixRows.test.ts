import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { matrixGroupOf, matrixRows, matrixSections } from '../../../../src/shared/domain/matrixRows';
import { buildBoard, groupIdOf, matrixText, taskIdOf } from './boardBuilder';
import { deepFreeze } from './deepFreeze';

function phased(): Board {
  return buildBoard({
    roles: ['Lead'],
    groups: ['Discovery', 'Delivery'],
    tasks: [
      ['Loose end', {}],
      ['Launch', {}, 'Delivery'],
      ['Interviews', {}, 'Discovery'],
      ['Budget', {}],
      ['Research', {}, 'Discovery'],
    ],
  });
}

describe('matrixRows', () => {
  it('lists each group with its tasks in board order, then the ungrouped tasks', () => {
    expect(matrixText(phased())).toEqual(['# Discovery', 'Interviews', 'Research', '# Delivery', 'Launch', 'Loose end', 'Budget']);
  });

  it('follows the group order rather than the order groups were created in', () => {
    const base = phased();
    const board: Board = { ...base, groups: [{ ...(base.groups[1] as Board['groups'][number]), order: -1 }, base.groups[0] as Board['groups'][number]] };
    expect(matrixText(board)).toEqual(['# Delivery', 'Launch', '# Discovery', 'Interviews', 'Research', 'Loose end', 'Budget']);
  });

  it('shows the task list alone when the board has no groups', () => {
    const board = buildBoard({ roles: ['Lead'], tasks: [['One'], ['Two']] });
    expect(matrixRows(board)).toEqual([
      { kind: 'task', task: board.tasks[0], groupId: null },
      { kind: 'task', task: board.tasks[1], groupId: null },
    ]);
  });

  it('shows the heading of an empty group', () => {
    const board = buildBoard({ roles: [], groups: ['Later'], tasks: [['One']] });
    expect(matrixText(board)).toEqual(['# Later', 'One']);
  });

  it('names the group of each task row', () => {
    const board = phased();
    const rows = matrixRows(board).flatMap((row) => (row.kind === 'task' ? [[row.task.title, row.groupId]] : []));
    expect(rows).toEqual([
      ['Interviews', groupIdOf(board, 'Discovery')],
      ['Research', groupIdOf(board, 'Discovery')],
      ['Launch', groupIdOf(board, 'Delivery')],
      ['Loose end', null],
      ['Budget', null],
    ]);
  });

  it('keeps the tasks of a collapsed group unless asked to hide them', () => {
    const base = phased();
    const board: Board = { ...base, groups: base.groups.map((g, i) => (i === 0 ? { ...g, collapsed: true } : g)) };
    expect(matrixText(board)).toEqual(matrixText(base));
    expect(matrixText(board, { hideCollapsed: true })).toEqual(['# Discovery', '# Delivery', 'Launch', 'Loose end', 'Budget']);
  });

  it('shows a task whose group is missing among the ungrouped tasks', () => {
    const base = phased();
    const board: Board = { ...base, tasks: base.tasks.map((t) => (t.title === 'Launch' ? { ...t, groupId: 'gone' } : t)) };
    expect(matrixText(board)).toEqual(['# Discovery', 'Interviews', 'Research', '# Delivery', 'Loose end', 'Launch', 'Budget']);
    const launch = matrixRows(board).find((row) => row.kind === 'task' && row.task.title === 'Launch');
    expect(launch).toMatchObject({ groupId: null });
  });

  it('lists tasks once when two groups share an id', () => {
    const base = phased();
    const first = base.groups[0] as Board['groups'][number];
    // Delivery is replaced by the copy, so Launch has no group left and shows as ungrouped.
    const board: Board = { ...base, groups: [first, { ...first, name: 'Copy', order: 5000 }] };
    expect(matrixText(board)).toEqual(['# Discovery', 'Interviews', 'Research', 'Loose end', 'Launch', 'Budget']);
  });

  it('does not change the board', () => {
    const board = deepFreeze(phased());
    const before = JSON.stringify(board);
    matrixRows(board, { hideCollapsed: true });
    expect(JSON.stringify(board)).toBe(before);
  });
});

describe('matrixSections', () => {
  it('has an entry per group and one for the ungrouped tasks, in matrix order', () => {
    const board = buildBoard({ roles: [], groups: ['A', 'B'], tasks: [['One', {}, 'B'], ['Two']] });
    const sections = matrixSections(board);
    expect([...sections.keys()]).toEqual(['group-1', 'group-2', null]);
    expect([...sections.values()].map((tasks) => tasks.map((t) => t.title))).toEqual([[], ['One'], ['Two']]);
  });
});

describe('matrixGroupOf', () => {
  it('gives the group a task shows under, or null', () => {
    const base = phased();
    const board: Board = { ...base, tasks: base.tasks.map((t) => (t.title === 'Launch' ? { ...t, groupId: 'gone' } : t)) };
    const sections = matrixSections(board);
    const task = (title: string) => board.tasks.find((t) => t.id === taskIdOf(board, title)) as Board['tasks'][number];
    expect(matrixGroupOf(sections, task('Interviews'))).toBe(groupIdOf(board, 'Discovery'));
    expect(matrixGroupOf(sections, task('Budget'))).toBeNull();
    expect(matrixGroupOf(sections, task('Launch'))).toBeNull();
  });
});
