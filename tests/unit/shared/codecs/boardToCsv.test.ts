import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { boardToCsv } from '../../../../src/shared/codecs/boardToCsv';
import { detectCsvShape } from '../../../../src/shared/codecs/detectCsvShape';
import { parseCsvImport } from '../../../../src/shared/codecs/parseCsvImport';
import { previewToBoard } from '../../../../src/shared/codecs/previewToBoard';
import type { Board } from '../../../../src/shared/domain/board';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { buildBoard } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';
import { boardArb } from './boardArbitrary';
import { matrixContent } from './matrixContent';
import { idCounter } from './readFixture';

const board: Board = deepFreeze({
  ...buildBoard({
    roles: ['Product manager', 'Project manager', 'Engineering'],
    tasks: [
      ['Vision', { 'Product manager': 'R/A', 'Project manager': 'I' }],
      ['Budget', { 'Project manager': 'A/R', 'Product manager': 'C', Engineering: 'C/I' }],
      ['Loose end'],
    ],
  }),
  groups: [
    { id: 'group-1', name: 'Plan', order: 0 },
    { id: 'group-2', name: 'Run', order: 1024 },
  ],
  tasks: [
    { id: 'task-1', title: 'Vision', order: 0, groupId: 'group-2' },
    { id: 'task-2', title: 'Budget', order: 1024, groupId: 'group-1' },
    { id: 'task-3', title: 'Loose end', order: 2048 },
  ],
});

/** The CSV's rows as a spreadsheet reads them (without the byte-order mark). */
function table(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
}

function reimport(csv: string): Board {
  const preview = parseCsvImport(csv);
  if (!preview.ok) throw new Error(preview.error);
  const back = previewToBoard(preview.value, { id: 'copy', name: 'Copy', now: 1, newId: idCounter() });
  if (!back.ok) throw new Error(back.error);
  return back.value;
}

describe('boardToCsv', () => {
  it('writes a heading row of Task, Group and the role names, then a row per task in matrix order', () => {
    expect(table(boardToCsv(board))).toEqual([
      ['Task', 'Group', 'Product manager', 'Project manager', 'Engineering'],
      ['Budget', 'Plan', 'C', 'R/A', 'C/I'],
      ['Vision', 'Run', 'R/A', 'I', ''],
      ['Loose end', '', '', '', ''],
    ]);
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = boardToCsv(board);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // The heading, three tasks, and nothing after the last line end.
    expect(csv.split('\r\n')).toEqual([expect.any(String), expect.any(String), expect.any(String), expect.any(String), '']);
  });

  it('writes a board without tasks as its heading row alone', () => {
    expect(boardToCsv({ ...board, tasks: [], cells: [] })).toBe('\uFEFFTask,Group,Product manager,Project manager,Engineering\r\n');
  });

  it('quotes fields holding commas, quotes and line breaks', () => {
    const tricky: Board = { ...board, tasks: [{ id: 'task-1', title: 'Plan, "then"\nship', order: 0 }], cells: [] };
    const csv = boardToCsv(tricky);
    expect(csv).toContain('"Plan, ""then""\nship"');
    expect(table(csv)[1]?.[0]).toBe('Plan, "then"\nship');
  });

  it('neutralises formulas in titles, groups and role names with a leading apostrophe', () => {
    const hostile: Board = {
      ...board,
      roles: [
        { id: 'role-1', name: '=HYPERLINK("http://evil")', colour: '#000000', order: 0 },
        { id: 'role-2', name: '@SUM(1)', colour: '#000000', order: 1 },
      ],
      groups: [{ id: 'group-1', name: '+1 phase', order: 0 }],
      tasks: [
        { id: 'task-1', title: '=1+1', order: 0, groupId: 'group-1' },
        { id: 'task-2', title: '-2 cost', order: 1 },
        { id: 'task-3', title: "'=already", order: 2 },
        { id: 'task-4', title: 'Safe = fine', order: 3 },
      ],
      cells: [],
    };
    const rows = table(boardToCsv(hostile));
    expect(rows[0]).toEqual(['Task', 'Group', '\'=HYPERLINK("http://evil")', "'@SUM(1)"]);
    expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ["'=1+1", "'+1 phase"],
      ["'-2 cost", ''],
      ["''=already", ''],
      ['Safe = fine', ''],
    ]);
    for (const field of rows.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('comes back as the same matrix when imported again', () => {
    const back = reimport(boardToCsv(board));
    expect(matrixContent(back)).toEqual(matrixContent(board));
    expect(checkBoardInvariants(back)).toEqual([]);
  });

  it('keeps accents, Japanese, Arabic, emoji and formula-like names through a round trip', () => {
    const global: Board = {
      ...board,
      name: 'Global',
      roles: [
        { id: 'role-1', name: 'プロダクトマネージャー', colour: '#000000', order: 0 },
        { id: 'role-2', name: 'مدير المشروع', colour: '#000000', order: 1 },
        { id: 'role-3', name: '🚀 Équipe', colour: '#000000', order: 2 },
      ],
      groups: [{ id: 'group-1', name: 'Café ☕', order: 0 }],
      tasks: [
        { id: 'task-1', title: 'ロードマップを決める', order: 0, groupId: 'group-1' },
        { id: 'task-2', title: 'تحديد الميزانية', order: 1 },
        { id: 'task-3', title: '=cmd|" /C calc"!A0', order: 2 },
      ],
      cells: [
        { taskId: 'task-1', roleId: 'role-1', letters: ['R', 'A'] },
        { taskId: 'task-2', roleId: 'role-2', letters: ['A'] },
        { taskId: 'task-3', roleId: 'role-3', letters: ['R', 'C'] },
      ],
    };
    expect(matrixContent(reimport(boardToCsv(global)))).toEqual(matrixContent(global));
  });

  it('round-trips any board whose matrix a CSV file can hold', () => {
    const csvBoards = boardArb({ csvSafe: true }).filter((b) => {
      // A CSV row is named by its title within its group, and a role column heading must not read as another column.
      const keys = b.tasks.map((t) => `${b.groups.find((g) => g.id === t.groupId)?.name.toLowerCase() ?? ''}\u0000${t.title}`);
      const layout = detectCsvShape(['Task', 'Group', ...b.roles.map((r) => r.name)]);
      const somethingToImport = b.roles.length > 0 || b.tasks.length > 0;
      return somethingToImport && new Set(keys).size === keys.length && layout.ok && layout.value.shape === 'matrix' && layout.value.roleColumns.length === b.roles.length;
    });
    fc.assert(
      fc.property(csvBoards, (original) => {
        const csv = boardToCsv(original);
        const preview = parseCsvImport(csv);
        if (!preview.ok) throw new Error(preview.error);
        // Only the two-accountable note may appear: the board may carry two A on a task.
        expect(preview.value.problems.filter((p) => !p.message.includes('more than one accountable role'))).toEqual([]);
        const back = previewToBoard(preview.value, { id: 'copy', name: 'Copy', now: 1, newId: idCounter() });
        if (!back.ok) throw new Error(back.error);
        expect(matrixContent(back.value)).toEqual(matrixContent(original));
      }),
      { numRuns: 300 },
    );
  });
});
