import { describe, expect, it } from 'vitest';
import type { Board, Letter } from '../../../../../src/shared/domain/board';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { DESIGNER, healthyBoard, PRODUCT, PROJECT } from './fixtures/boards';
import { buildBoard, roleIdOf } from './fixtures/buildBoard';

const board = buildBoard({
  roles: [PRODUCT, PROJECT, DESIGNER],
  tasks: [
    { title: 'Vision', letters: { [DESIGNER]: 'C', [PRODUCT]: 'RA' } },
    { title: 'Budget', letters: { [PROJECT]: 'RA', [PRODUCT]: 'I' } },
  ],
});

describe('indexBoard', () => {
  it('lists tasks and roles in board order', () => {
    const index = indexBoard(healthyBoard);
    expect(index.tasks.map((e) => e.task.title)).toEqual(['Vision', 'Budget', 'Wireframes', 'Schedule', 'Roadmap']);
    expect(index.roles.map((e) => e.role.name)).toEqual([PRODUCT, PROJECT, DESIGNER]);
  });

  it('lists each task\'s holdings in lane order when cells are stored in another order', () => {
    const [vision] = indexBoard(board).tasks;
    expect(vision?.holdings.map((h) => [h.role.name, h.letters])).toEqual([
      [PRODUCT, ['R', 'A']],
      [DESIGNER, ['C']],
    ]);
    expect(vision?.holders).toEqual({ R: [board.roles[0]], A: [board.roles[0]], C: [board.roles[2]], I: [] });
    expect(vision?.lettersByRole.get(roleIdOf(board, DESIGNER))).toEqual(['C']);
  });

  it('counts the tasks each role is on and accountable for', () => {
    expect(indexBoard(board).roles.map((e) => [e.role.name, e.taskCount, e.accountableCount])).toEqual([
      [PRODUCT, 2, 1],
      [PROJECT, 1, 1],
      [DESIGNER, 1, 0],
    ]);
  });

  it('ignores cells whose task or role is not on the board', () => {
    const withStrays: Board = {
      ...board,
      cells: [...board.cells, { taskId: 'gone', roleId: 'role-1', letters: ['A'] }, { taskId: 'task-2', roleId: 'gone', letters: ['A'] }],
    };
    expect(indexBoard(withStrays).tasks).toEqual(indexBoard(board).tasks);
    expect(indexBoard(withStrays).roles).toEqual(indexBoard(board).roles);
  });

  it('merges duplicate cells and cleans their letters when a board arrives malformed', () => {
    const malformed: Board = {
      ...board,
      cells: [
        { taskId: 'task-1', roleId: 'role-2', letters: ['I', 'C', 'C'] },
        { taskId: 'task-1', roleId: 'role-3', letters: [] },
        { taskId: 'task-1', roleId: 'role-2', letters: ['A', 'X' as Letter] },
      ],
    };
    const [vision] = indexBoard(malformed).tasks;
    expect(vision?.holdings.map((h) => [h.role.name, h.letters])).toEqual([[PROJECT, ['A', 'C', 'I']]]);
    expect(vision?.holders.A.map((r) => r.name)).toEqual([PROJECT]);
    expect(vision?.holders.C.map((r) => r.name)).toEqual([PROJECT]);
    expect(indexBoard(malformed).roles.map((e) => [e.taskCount, e.accountableCount])).toEqual([
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('keeps a cell\'s letters as they are when they are already a clean set', () => {
    // A stored board's sets are already clean: indexing a large board then copies none of them.
    const [vision] = indexBoard(board).tasks;
    const cell = board.cells.find((c) => c.taskId === vision?.task.id && c.roleId === roleIdOf(board, PRODUCT));
    expect(cell?.letters).toEqual(['R', 'A']);
    expect(vision?.lettersByRole.get(roleIdOf(board, PRODUCT))).toBe(cell?.letters);
  });
});
