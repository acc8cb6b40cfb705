import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../../src/shared/domain/board';
import { diffBoards } from '../../../../../src/shared/domain/boardDiff';
import { historyStep } from '../../../../../src/shared/domain/history/historyStep';
import { buildBoard } from '../boardBuilder';

const before = buildBoard({ roles: ['Product manager', 'Project manager'], tasks: [['Budget', { 'Project manager': 'A/R' }]] });
const after: Board = { ...before, updatedAt: 2_000, name: 'Launch 2026', cells: [{ taskId: 'task-1', roleId: 'role-1', letters: ['R', 'A'] }] };

describe('historyStep', () => {
  it('records the label, the time and both directions of the edit', () => {
    const step = historyStep(before, after, 'Moved Budget to Product manager', 2_000);

    expect(step).toEqual({
      boardId: before.id,
      label: 'Moved Budget to Product manager',
      at: 2_000,
      forward: diffBoards(before, after),
      backward: diffBoards(after, before),
    });
    expect(step.backward.board?.name).toBe('Launch');
    expect(step.backward.cells.put).toEqual(before.cells);
  });

  it('throws when the two boards are different boards', () => {
    expect(() => historyStep(before, { ...after, id: 'board-2' }, 'Renamed board', 2_000)).toThrow(/board-1.*board-2/);
  });
});
