import { describe, expect, it } from 'vitest';
import { workloadOf } from '../../../../src/shared/domain/workload';
import { buildBoard } from './boardBuilder';

describe('workloadOf', () => {
  it('counts each letter per role in role order', () => {
    const board = buildBoard({
      roles: ['Product manager', 'Project manager', 'Designer'],
      tasks: [
        ['Budget', { 'Project manager': 'R/A', 'Product manager': 'C' }],
        ['Vision', { 'Product manager': 'R/A', 'Project manager': 'I' }],
        ['Launch', { 'Product manager': 'A', 'Project manager': 'R/C' }],
      ],
    });
    const load = workloadOf(board);
    expect(load.map((r) => r.name)).toEqual(['Product manager', 'Project manager', 'Designer']);
    expect(load[0]?.counts).toEqual({ R: 1, A: 2, C: 1, I: 0 });
    expect(load[1]?.counts).toEqual({ R: 2, A: 1, C: 1, I: 1 });
    expect(load[1]?.tasks).toBe(3);
    expect(load[2]?.counts).toEqual({ R: 0, A: 0, C: 0, I: 0 });
    expect(load[2]?.tasks).toBe(0);
  });

  it('ignores cells of tasks or roles that do not exist', () => {
    const board = buildBoard({ roles: ['Lead'], tasks: [['Plan', { Lead: 'A' }]] });
    const stray = { ...board, cells: [...board.cells, { taskId: 'gone', roleId: board.roles[0]!.id, letters: ['R' as const] }] };
    expect(workloadOf(stray)[0]?.counts).toEqual({ R: 0, A: 1, C: 0, I: 0 });
  });
});
