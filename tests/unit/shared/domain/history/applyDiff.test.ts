import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../../src/shared/domain/board';
import { diffBoards } from '../../../../../src/shared/domain/boardDiff';
import { applyDiff } from '../../../../../src/shared/domain/history/applyDiff';
import { deepFreeze } from '../deepFreeze';
import { boardPairArb } from './boardArbitrary';

const board: Board = deepFreeze({
  id: 'board-1',
  name: 'Launch',
  createdAt: 1_000,
  updatedAt: 2_000,
  schemaVersion: 1,
  ruleSettings: { disabled: ['idle-role'], maxResponsible: 2, maxConsultedInformed: 5, overloadShare: 0.6, overloadMinTasks: 5, everyTaskMinTasks: 3 },
  roles: [
    { id: 'role-pm', name: 'Product manager', colour: '#3366cc', order: 1 },
    { id: 'role-proj', name: 'Project manager', colour: '#cc6633', order: 2 },
  ],
  tasks: [
    { id: 'task-1', title: 'Define the vision', order: 1, groupId: 'group-1' },
    { id: 'task-2', title: 'Run the schedule', notes: 'Weekly.', order: 2, keepMine: { note: 'We own it.' } },
  ],
  groups: [{ id: 'group-1', name: 'Plan', order: 1, collapsed: true }],
  cells: [
    { taskId: 'task-1', roleId: 'role-pm', letters: ['R', 'A'] },
    { taskId: 'task-2', roleId: 'role-pm', letters: ['C'] },
    { taskId: 'task-2', roleId: 'role-proj', letters: ['A'] },
  ],
});

describe('applyDiff', () => {
  it('returns the very same board when the diff is empty', () => {
    expect(applyDiff(board, diffBoards(board, board))).toBe(board);
  });

  it('keeps untouched lists and records as the same objects when one task changes', () => {
    const after: Board = { ...board, updatedAt: 3_000, tasks: board.tasks.map((task) => (task.id === 'task-2' ? { ...task, title: 'Own the schedule' } : task)) };

    const applied = applyDiff(board, diffBoards(board, after));

    expect(applied).toStrictEqual(after);
    expect(applied.roles).toBe(board.roles);
    expect(applied.cells).toBe(board.cells);
    expect(applied.tasks[0]).toBe(board.tasks[0]);
  });

  it('places a moved record by its new order when its order changes', () => {
    const after: Board = { ...board, roles: board.roles.map((role) => (role.id === 'role-pm' ? { ...role, order: 3 } : role)) };

    expect(applyDiff(board, diffBoards(board, after)).roles.map((role) => role.id)).toEqual(['role-proj', 'role-pm']);
  });

  it('sorts records with equal order by id and cells by task then role, as loading does', () => {
    const after: Board = {
      ...board,
      roles: [...board.roles, { id: 'role-a', name: 'Engineering', colour: '#22aa55', order: 2 }],
      cells: [...board.cells, { taskId: 'task-1', roleId: 'role-a', letters: ['I'] }],
    };

    const applied = applyDiff(board, diffBoards(board, after));

    expect(applied.roles.map((role) => role.id)).toEqual(['role-pm', 'role-a', 'role-proj']);
    expect(applied.cells.map((cell) => `${cell.taskId}/${cell.roleId}`)).toEqual(['task-1/role-a', 'task-1/role-pm', 'task-2/role-pm', 'task-2/role-proj']);
  });

  it('removes the rule settings when the diff carries board fields without them', () => {
    const { ruleSettings: _ruleSettings, ...withoutSettings } = board;

    const applied = applyDiff(board, diffBoards(board, withoutSettings));

    expect('ruleSettings' in applied).toBe(false);
    expect(applyDiff(applied, diffBoards(withoutSettings, board)).ruleSettings).toEqual(board.ruleSettings);
  });

  it('ignores deletions of records that are not there when the board moved on', () => {
    const diff = diffBoards(board, { ...board, tasks: board.tasks.filter((task) => task.id !== 'task-2') });
    const withoutTask: Board = { ...board, tasks: board.tasks.filter((task) => task.id !== 'task-2') };

    expect(applyDiff(withoutTask, diff).tasks).toStrictEqual(withoutTask.tasks);
  });

  it('throws when the diff belongs to another board', () => {
    const other: Board = { ...board, id: 'board-2', name: 'Other' };

    expect(() => applyDiff(board, diffBoards(other, { ...other, name: 'Renamed' }))).toThrow(/board-2.*board-1/);
  });
});

describe('applyDiff (property)', () => {
  it('turns before into after with the forward diff and after back into before with the backward diff, for any edit', () => {
    fc.assert(
      fc.property(boardPairArb, ([before, after]) => {
        deepFreeze(before);
        deepFreeze(after);

        expect(applyDiff(before, diffBoards(before, after))).toStrictEqual(after);
        expect(applyDiff(after, diffBoards(after, before))).toStrictEqual(before);
      }),
      { numRuns: 400 },
    );
  });
});
