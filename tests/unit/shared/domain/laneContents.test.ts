import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { laneContents } from '../../../../src/shared/domain/laneContents';
import { buildBoard, laneTitles } from './boardBuilder';

describe('laneContents', () => {
  const board = buildBoard({
    roles: ['Product manager', 'Project manager', 'Designer'],
    tasks: [
      ['Vision', { 'Product manager': 'R/A' }],
      ['Budget', { 'Project manager': 'A', 'Product manager': 'R' }],
      ['Loose end', { Designer: 'C' }],
      ['Marketing', { 'Product manager': 'A/I' }],
    ],
  });

  it('puts each task in its owner lane in board order', () => {
    expect(laneTitles(board, 'Product manager')).toEqual(['Vision', 'Marketing']);
    expect(laneTitles(board, 'Project manager')).toEqual(['Budget']);
  });

  it('puts tasks without an A in Unassigned', () => {
    expect(laneTitles(board, null)).toEqual(['Loose end']);
  });

  it('gives every role a lane when some are empty', () => {
    const lanes = laneContents(board);
    expect([...lanes.byRole.keys()]).toEqual(['role-1', 'role-2', 'role-3']);
    expect(lanes.byRole.get('role-3')).toEqual([]);
  });

  it('uses the first lane in role order when an imported task has two A', () => {
    const twoA: Board = { ...board, cells: [...board.cells, { taskId: 'task-2', roleId: 'role-1', letters: ['A'] }] };
    expect(laneTitles(twoA, 'Product manager')).toEqual(['Vision', 'Budget', 'Marketing']);
    expect(laneTitles(twoA, 'Project manager')).toEqual([]);
  });

  it('puts a task in Unassigned when its A belongs to a lane that does not exist', () => {
    const orphan: Board = { ...board, cells: [{ taskId: 'task-1', roleId: 'gone', letters: ['A'] }] };
    expect(laneTitles(orphan, null)).toEqual(['Vision', 'Budget', 'Loose end', 'Marketing']);
  });

  it('keeps the task objects themselves', () => {
    expect(laneContents(board).byRole.get('role-2')?.[0]).toBe(board.tasks[1]);
  });
});
