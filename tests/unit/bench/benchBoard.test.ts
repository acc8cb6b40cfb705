import { describe, expect, it } from 'vitest';
import { assignmentsCsv, benchBoard } from '../../../bench/benchBoard';
import { parseCsvImport } from '../../../src/shared/codecs/parseCsvImport';
import { previewToBoard } from '../../../src/shared/codecs/previewToBoard';

const options = { seed: 11, id: 'b', name: 'Bench', taskCount: 300, roleCount: 12, now: 0 };

describe('benchBoard', () => {
  it('builds the same board when given the same seed', () => {
    expect(benchBoard(options)).toEqual(benchBoard(options));
  });

  it('has the asked number of tasks and roles, with unique titles', () => {
    const board = benchBoard(options);
    expect(board.tasks).toHaveLength(300);
    expect(board.roles).toHaveLength(12);
    expect(new Set(board.tasks.map((task) => task.title)).size).toBe(300);
  });

  it('gives every task at most one accountable role and leaves some unassigned', () => {
    const board = benchBoard(options);
    const accountable = new Map<string, number>();
    for (const cell of board.cells) if (cell.letters.includes('A')) accountable.set(cell.taskId, (accountable.get(cell.taskId) ?? 0) + 1);
    expect([...accountable.values()].every((count) => count === 1)).toBe(true);
    expect(accountable.size).toBeGreaterThan(200);
    expect(accountable.size).toBeLessThan(300);
  });

  it('stores letters in R, A, C, I order with no empty cell', () => {
    const board = benchBoard(options);
    for (const cell of board.cells) {
      expect(cell.letters.length).toBeGreaterThan(0);
      expect([...cell.letters].sort((a, b) => 'RACI'.indexOf(a) - 'RACI'.indexOf(b))).toEqual(cell.letters);
    }
  });

  it('gives every task exactly that many roles when assignmentsPerTask is set', () => {
    const board = benchBoard({ ...options, taskCount: 50, assignmentsPerTask: 10 });
    expect(board.cells).toHaveLength(500);
  });
});

describe('assignmentsCsv', () => {
  it('imports into exactly one assignment per cell when read by the app’s CSV importer', () => {
    const board = benchBoard({ ...options, taskCount: 100, assignmentsPerTask: 10 });
    const parsed = parseCsvImport(assignmentsCsv(board));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.shape).toBe('long');
    expect(parsed.value.assignments).toHaveLength(1_000);
    expect(parsed.value.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    let next = 0;
    const imported = previewToBoard(parsed.value, { id: 'i', name: 'Imported', now: 0, newId: () => `id-${(next += 1)}` });
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.tasks).toHaveLength(100);
    expect(imported.value.cells).toHaveLength(1_000);
  });
});
