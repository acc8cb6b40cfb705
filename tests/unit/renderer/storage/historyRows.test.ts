import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { historyStep } from '../../../../src/shared/domain/history/historyStep';
import { historyRow, historyStepFromRow } from '../../../../src/renderer/src/storage/historyRows';
import { launchBoard, settledBoard } from './fixtures/boards';

// Every kind of change at once: board fields, a changed and a deleted record per table, a new cell.
const before: Board = { ...settledBoard, id: launchBoard.id, roles: launchBoard.roles, tasks: launchBoard.tasks, groups: launchBoard.groups, cells: launchBoard.cells };
const after: Board = {
  ...before,
  name: 'Launch, settled',
  updatedAt: before.updatedAt + 1,
  ruleSettings: undefined,
  roles: before.roles.filter((role) => role.id !== 'role-eng').map((role) => (role.id === 'role-pm' ? { ...role, colour: '#000000' } : role)),
  tasks: before.tasks.filter((task) => task.id !== 'task-b').map((task) => (task.id === 'task-a' ? { ...task, keepMine: { note: 'Ours.' } } : task)),
  groups: before.groups.filter((group) => group.id !== 'group-run').map((group) => ({ ...group, collapsed: true })),
  cells: [...before.cells.filter((cell) => cell.roleId !== 'role-eng' && cell.taskId !== 'task-b'), { taskId: 'task-a', roleId: 'role-proj', letters: ['C', 'I'] }],
};

describe('historyRow', () => {
  it('gives back the same step when the row is read again', () => {
    const step = historyStep(before, after, 'Tidied the board', 1_800_000_000_000);

    expect(historyStepFromRow(historyRow(step))).toEqual(step);
  });

  it('survives a structured clone, as IndexedDB stores it', () => {
    const step = historyStep(before, after, 'Tidied the board', 1_800_000_000_000);

    expect(historyStepFromRow(structuredClone(historyRow(step)))).toEqual(step);
  });

  it('stores only the fields the schema declares when a record carries others', () => {
    const withExtra: Board = { ...before, tasks: before.tasks.map((task) => ({ ...task, selected: true }) as typeof task) };

    const row = historyRow(historyStep(before, withExtra, 'Nothing visible', 1));

    expect(row.forward.tasks.put.every((task) => !('selected' in task))).toBe(true);
  });

  it('leaves seq for the database to assign', () => {
    expect('seq' in historyRow(historyStep(before, after, 'Tidied the board', 1))).toBe(false);
  });
});
