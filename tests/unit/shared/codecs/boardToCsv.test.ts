import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { boardToCsv } from '../../../../src/shared/codecs/boardToCsv';
import { parseCsvImport } from '../../../../src/shared/codecs/parseCsvImport';
import { previewToBoard } from '../../../../src/shared/codecs/previewToBoard';
import type { Board, Letter, Task } from '../../../../src/shared/domain/board';
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
  it('writes a heading row of Task, Group, Keep mine and the role names, then a row per task in matrix order', () => {
    expect(table(boardToCsv(board))).toEqual([
      ['Task', 'Group', 'Keep mine', 'Product manager', 'Project manager', 'Engineering'],
      ['Budget', 'Plan', '', 'C', 'R/A', 'C/I'],
      ['Vision', 'Run', '', 'R/A', 'I', ''],
      ['Loose end', '', '', '', '', ''],
    ]);
  });

  it('writes "Yes" for a "Keep mine" mark without a note and "Yes: " before a note', () => {
    const kept: Board = {
      ...board,
      tasks: [
        { ...(board.tasks[0] as Task), keepMine: { note: '' } },
        { ...(board.tasks[1] as Task), keepMine: { note: 'Finance asked us to, see "memo"\nof May' } },
        board.tasks[2] as Task,
      ],
    };
    expect(table(boardToCsv(kept)).map((row) => row[2])).toEqual(['Keep mine', 'Yes: Finance asked us to, see "memo"\nof May', 'Yes', '']);
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
    expect(boardToCsv({ ...board, tasks: [], cells: [] })).toBe('\uFEFFTask,Group,Keep mine,Product manager,Project manager,Engineering\r\n');
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
    expect(rows[0]).toEqual(['Task', 'Group', 'Keep mine', '\'=HYPERLINK("http://evil")', "'@SUM(1)"]);
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

  /** `board` with these lanes, each task holding a letter under every lane (never A, so no task has two). */
  function withLanes(...names: string[]): Board {
    const roles = names.map((name, i) => ({ id: `lane-${i}`, name, colour: '#000000', order: i }));
    const letters = ['R', 'C', 'I'] as const;
    const cells = board.tasks.flatMap((task, t) => roles.map((role, r) => ({ taskId: task.id, roleId: role.id, letters: [letters[(t + r) % 3] as Letter] })));
    return { ...board, roles, cells };
  }

  it.each([
    ['headings of other columns', ['Notes', 'Phase', 'Group', 'ID', 'Title', 'Task', 'Keep mine']],
    ['the letter-column headings', ['Responsible', 'Accountable']],
    ['the headings of one row per assignment', ['Owner', 'RACI']],
  ])('keeps every lane as a lane when lanes are named like %s', (_, names) => {
    const original = withLanes(...names);
    const preview = parseCsvImport(boardToCsv(original));
    expect(preview.ok && preview.value.shape).toBe('matrix');
    expect(preview.ok && preview.value.problems).toEqual([]);
    expect(matrixContent(reimport(boardToCsv(original)))).toEqual(matrixContent(original));
  });

  it('keeps lanes named like headings when the board has no tasks', () => {
    const original: Board = { ...withLanes('Notes', 'Responsible', 'Accountable'), tasks: [], cells: [] };
    expect(matrixContent(reimport(boardToCsv(original)))).toEqual(matrixContent(original));
  });

  it('gives back an empty board when the board has no lanes and no tasks', () => {
    const original: Board = { ...board, roles: [], tasks: [], groups: [], cells: [] };
    const back = reimport(boardToCsv(original));
    expect([back.roles, back.tasks, back.cells]).toEqual([[], [], []]);
  });

  it('keeps two tasks with the same title in the same group as two tasks, each with its letters', () => {
    const original: Board = {
      ...board,
      tasks: [
        { id: 'task-1', title: 'Review', order: 0, groupId: 'group-1' },
        { id: 'task-2', title: 'Review', order: 1, groupId: 'group-1' },
        { id: 'task-3', title: 'review', order: 2, groupId: 'group-1' },
      ],
      cells: [
        { taskId: 'task-1', roleId: 'role-1', letters: ['A'] },
        { taskId: 'task-2', roleId: 'role-2', letters: ['R', 'A'] },
        { taskId: 'task-3', roleId: 'role-3', letters: ['C'] },
      ],
    };
    const preview = parseCsvImport(boardToCsv(original));
    expect(preview.ok && preview.value.problems.map((p) => [p.line, p.message])).toEqual([[3, 'The task "Review" is also on line 2; both rows were kept, as two tasks with the same title.']]);
    expect(matrixContent(reimport(boardToCsv(original)))).toEqual(matrixContent(original));
  });

  it('brings back "Keep mine" marks with and without notes', () => {
    const original: Board = {
      ...board,
      tasks: [
        { ...(board.tasks[0] as Task), keepMine: { note: '' } },
        { ...(board.tasks[1] as Task), keepMine: { note: 'No: finance decides,\n"really"' } },
        { ...(board.tasks[2] as Task), keepMine: { note: 'Yes: =1+1' } },
      ],
    };
    const back = reimport(boardToCsv(original));
    expect(back.tasks.map((task) => [task.title, task.keepMine])).toEqual([
      ['Budget', { note: 'No: finance decides,\n"really"' }],
      ['Vision', { note: '' }],
      ['Loose end', { note: 'Yes: =1+1' }],
    ]);
    expect(matrixContent(back)).toEqual(matrixContent(original));
  });

  it('round-trips any board whose matrix a CSV file can hold', () => {
    // Names that other spreadsheets use as headings, drawn often so that lanes, groups and tasks carry them and titles repeat.
    const namePool = ['Task', 'Title', 'Group', 'Phase', 'Notes', 'ID', 'Keep mine', 'Responsible', 'Accountable', 'Consulted', 'Informed', 'Owner', 'RACI', 'Role', 'Letter', 'Budget'];
    fc.assert(
      fc.property(boardArb({ csvSafe: true, namePool }), (original) => {
        const csv = boardToCsv(original);
        const preview = parseCsvImport(csv);
        if (!preview.ok) throw new Error(preview.error);
        // Only notes about the board itself may appear: two A on a task, two tasks with one title.
        const expected = /more than one accountable role|both rows were kept, as two tasks with the same title/;
        expect(preview.value.problems.filter((p) => !expected.test(p.message))).toEqual([]);
        expect(preview.value.shape).toBe('matrix');
        const back = previewToBoard(preview.value, { id: 'copy', name: 'Copy', now: 1, newId: idCounter() });
        if (!back.ok) throw new Error(back.error);
        expect(matrixContent(back.value)).toEqual(matrixContent(original));
        expect(checkBoardInvariants(back.value)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
