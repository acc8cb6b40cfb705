import { describe, expect, it } from 'vitest';
import { IMPORT_ROLE_COLOURS } from '../../../../src/shared/codecs/defaultRoleColour';
import { parseCsvImport, type CsvImportPreview } from '../../../../src/shared/codecs/parseCsvImport';
import { previewToBoard } from '../../../../src/shared/codecs/previewToBoard';
import type { Board } from '../../../../src/shared/domain/board';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { cellText } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';
import { idCounter, readFixture } from './readFixture';

const args = () => ({ id: 'board-new', name: 'Imported', now: 42, newId: idCounter() });

function previewOf(name: string): CsvImportPreview {
  const result = parseCsvImport(readFixture(name));
  if (!result.ok) throw new Error(result.error);
  return deepFreeze(result.value);
}

function built(preview: CsvImportPreview): Board {
  const result = previewToBoard(preview, args());
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('previewToBoard', () => {
  it('builds roles in order with default colours, groups, tasks and letters', () => {
    const board = built(previewOf('matrix-comma.csv'));
    expect(checkBoardInvariants(board)).toEqual([]);
    expect(board).toMatchObject({ id: 'board-new', name: 'Imported', createdAt: 42, updatedAt: 42, schemaVersion: 1 });
    expect(board.roles.map((r) => [r.name, r.colour])).toEqual([
      ['Product manager', IMPORT_ROLE_COLOURS[0]],
      ['Project manager', IMPORT_ROLE_COLOURS[1]],
      ['Engineering lead', IMPORT_ROLE_COLOURS[2]],
    ]);
    expect(board.groups.map((g) => g.name)).toEqual(['Strategy', 'Delivery']);
    expect(board.tasks.map((t) => [t.title, board.groups.find((g) => g.id === t.groupId)?.name])).toEqual([
      ['Define the vision', 'Strategy'],
      ['Set the budget', 'Strategy'],
      ['Plan the sprints', 'Delivery'],
      ['Run the retro', 'Delivery'],
    ]);
    expect(cellText(board, 'Plan the sprints', 'Engineering lead')).toBe('R/C');
    expect(cellText(board, 'Set the budget', 'Project manager')).toBe('R/A');
  });

  it('builds a board from every shape of file', () => {
    for (const name of ['matrix-excel-semicolon.csv', 'matrix-blank-corner.tsv', 'letter-columns.csv', 'long.csv', 'unicode.csv', 'problems.csv']) {
      const board = built(previewOf(name));
      expect(checkBoardInvariants(board)).toEqual([]);
      expect(board.tasks.length).toBeGreaterThan(0);
    }
    expect(cellText(built(previewOf('letter-columns.csv')), 'Launch plan', 'Eve')).toBe('C');
    expect(cellText(built(previewOf('long.csv')), 'Release notes', 'Support')).toBe('I');
  });

  it('keeps two accountable roles on one task', () => {
    const board = built(previewOf('problems.csv'));
    expect(cellText(board, 'Budget', 'Product manager')).toBe('A');
    expect(cellText(board, 'Budget', 'Project manager')).toBe('A');
  });

  it('makes two tasks of two rows with the same title in the same group, each with its own letters', () => {
    const board = built(previewOf('problems.csv'));
    const budgets = board.tasks.filter((task) => task.title === 'Budget');
    expect(budgets).toHaveLength(2);
    const lettersOf = (taskId: string) => board.cells.filter((cell) => cell.taskId === taskId).map((cell) => cell.letters.join('/'));
    expect(budgets.map((task) => lettersOf(task.id))).toEqual([['A', 'A'], ['R']]);
  });

  it('keeps "Keep mine" marks and notes, and refuses a note a board cannot hold', () => {
    const preview = deepFreeze({ ...previewOf('long.csv'), tasks: [{ title: 'Roadmap', group: 'Plan', keepMine: { note: 'We own it' } }, { title: 'Release notes', group: 'Ship', keepMine: { note: '' } }] });
    expect(built(preview).tasks.map((task) => task.keepMine)).toEqual([{ note: 'We own it' }, { note: '' }]);
    expect(previewToBoard({ ...preview, tasks: [{ title: 'Roadmap', keepMine: { note: 'x'.repeat(501) } }] }, args())).toMatchObject({
      ok: false,
      error: expect.stringContaining('"Keep mine" note can be at most 500'),
    });
  });

  it('refuses a preview with an error in it, quoting the error and its line', () => {
    const preview = { ...previewOf('long.csv'), problems: [{ line: 9, message: 'Too many tasks.', severity: 'error' as const }] };
    expect(previewToBoard(preview, args())).toEqual({ ok: false, error: 'This file cannot be imported: Too many tasks. (line 9)' });
  });

  it('refuses an unusable board name', () => {
    expect(previewToBoard(previewOf('long.csv'), { ...args(), name: '   ' })).toEqual({ ok: false, error: 'A board needs a name.' });
  });

  it('refuses a preview changed into something a board cannot hold', () => {
    const preview = previewOf('long.csv');
    expect(previewToBoard({ ...preview, roles: ['PM', 'pm', 'Support'] }, args())).toMatchObject({ ok: false, error: expect.stringContaining('Two roles are named') });
    expect(previewToBoard({ ...preview, tasks: [{ title: '' }, ...preview.tasks.slice(1)] }, args())).toMatchObject({ ok: false, error: expect.stringContaining('needs a title') });
    expect(previewToBoard({ ...preview, assignments: [{ task: 99, role: 0, letters: ['A'] }] }, args())).toMatchObject({ ok: false });
    expect(previewToBoard({ ...preview, tasks: [{ title: 'x', group: 'Nowhere' }] }, args())).toMatchObject({ ok: false, error: expect.stringContaining('Nowhere') });
  });

  it('combines repeated assignments and drops letters that are not R, A, C or I', () => {
    const preview: CsvImportPreview = {
      shape: 'long',
      delimiter: ',',
      tasks: [{ title: 'Budget' }],
      roles: ['PM'],
      groups: [],
      assignments: [
        { task: 0, role: 0, letters: ['R'] },
        { task: 0, role: 0, letters: ['A', 'X' as 'A'] },
        { task: 0, role: 0, letters: [] },
      ],
      problems: [],
    };
    const board = built(preview);
    expect(board.cells).toEqual([{ taskId: board.tasks[0]?.id, roleId: board.roles[0]?.id, letters: ['R', 'A'] }]);
  });
});
