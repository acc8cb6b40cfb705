import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_BOARD_FILE_BYTES, restoreBoard } from '../../../../src/shared/codecs/restoreBoard';
import { serializeBoard } from '../../../../src/shared/codecs/serializeBoard';
import type { Board } from '../../../../src/shared/domain/board';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { buildBoard } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';
import { boardArb } from './boardArbitrary';
import { idCounter, readFixture } from './readFixture';

const options = () => ({ newId: idCounter(), now: 5_000 });

function restored(text: string, extra: Partial<Parameters<typeof restoreBoard>[1]> = {}) {
  const result = restoreBoard(text, { ...options(), ...extra });
  if (!result.ok) throw new Error(`Expected a board, got: ${result.error}`);
  return result.value;
}

function refused(text: string, extra: Partial<Parameters<typeof restoreBoard>[1]> = {}): string {
  const result = restoreBoard(text, { ...options(), ...extra });
  if (result.ok) throw new Error('Expected the file to be refused');
  return result.error;
}

const board: Board = deepFreeze(
  buildBoard({
    roles: ['Product manager', 'Project manager'],
    tasks: [['Vision', { 'Product manager': 'R/A', 'Project manager': 'C' }], ['Budget', { 'Project manager': 'R/A' }]],
  }),
);

describe('restoreBoard', () => {
  afterEach(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it('gives back the identical board when it reads its own export', () => {
    const { board: back, warnings } = restored(serializeBoard(board, { exportedAt: 1 }));
    expect(back).toStrictEqual(board);
    expect(warnings).toEqual([]);
  });

  it('gives back any valid board exactly, ids included, for every board it exported', () => {
    fc.assert(
      fc.property(boardArb(), (original) => {
        const { board: back, warnings } = restored(serializeBoard(original));
        expect(back).toStrictEqual(original);
        expect(warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a saved file with groups, notes, the article link, a keep-mine note and rule settings', () => {
    const { board: back, warnings } = restored(readFixture('board-v1.raci.json'));
    expect(warnings).toEqual([]);
    expect(back.id).toBe('board-7');
    expect(back.groups).toEqual([{ id: 'group-1', name: 'Strategy', order: 0, collapsed: true }]);
    expect(back.tasks[0]).toEqual({ id: 'task-1', title: 'Define the vision', notes: 'Why we build it', groupId: 'group-1', order: 0, catalogueId: 'vision' });
    expect(back.tasks[1]?.keepMine).toEqual({ note: 'Finance insists' });
    expect(back.ruleSettings?.maxResponsible).toBe(3);
    expect(back.ruleSettings?.disabled).toEqual(['idle-role']);
    expect(back.cells).toContainEqual({ taskId: 'task-1', roleId: 'role-1', letters: ['R', 'A'] });
  });

  it('gives everything new ids when asked for a copy, keeping the content', () => {
    const { board: copy } = restored(serializeBoard(board), { freshIds: true, newId: idCounter('copy') });
    expect(copy.id).not.toBe(board.id);
    expect(copy.roles.map((r) => r.id).every((id) => id.startsWith('copy-'))).toBe(true);
    expect(copy.tasks.map((t) => t.id).every((id) => id.startsWith('copy-'))).toBe(true);
    expect(copy.roles.map((r) => r.name)).toEqual(board.roles.map((r) => r.name));
    const letters = (b: Board) => b.cells.map((c) => [b.tasks.find((t) => t.id === c.taskId)?.title, b.roles.find((r) => r.id === c.roleId)?.name, c.letters.join('/')]);
    expect(letters(copy)).toEqual(letters(board));
    expect(checkBoardInvariants(copy)).toEqual([]);
  });

  it('never hands out the same id twice even when the id supplier repeats itself', () => {
    const { board: copy } = restored(serializeBoard(board), { freshIds: true, newId: () => 'same' });
    const ids = copy.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkBoardInvariants(copy)).toEqual([]);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(restored(`\uFEFF${serializeBoard(board)}`).board).toStrictEqual(board);
  });

  it('refuses a file over the size limit before parsing it, naming the limit', () => {
    const huge = `{"kind":"raci-board","version":1,"board":${' '.repeat(DEFAULT_MAX_BOARD_FILE_BYTES)}}`;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const message = refused(huge);
      expect(message).toContain('too large');
      expect(message).toContain('5 MB');
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const text = serializeBoard({ ...board, name: 'é'.repeat(100) });
    const characters = text.length;
    expect(restoreBoard(text, { ...options(), maxBytes: characters }).ok).toBe(false);
    expect(refused(text, { maxBytes: characters })).toContain('The limit is');
    expect(restoreBoard(text, { ...options(), maxBytes: characters + 100 }).ok).toBe(true);
  });

  it('refuses text that is not JSON with a readable message', () => {
    expect(refused('{"kind": "raci-board", ')).toMatch(/not valid JSON/);
    expect(refused('')).toMatch(/empty/);
    expect(refused('   \n ')).toMatch(/empty/);
  });

  it('refuses JSON that is not a board', () => {
    expect(refused('[1, 2, 3]')).toMatch(/not a RACI board/);
    expect(refused('"a string"')).toMatch(/not a RACI board/);
    expect(refused('null')).toMatch(/not a RACI board/);
    expect(refused('{"hello": "world"}')).toMatch(/not a RACI board/);
    expect(refused('{"kind": "spreadsheet", "version": 1, "board": {}}')).toMatch(/says it holds "spreadsheet"/);
    expect(refused('{"kind": "raci-board", "version": 1}')).toMatch(/no board in it/);
    expect(refused('{"kind": "raci-board", "version": 1, "board": [1]}')).toMatch(/no board in it/);
    expect(refused('{"kind": "raci-board", "version": 1, "board": {"name": "x"}}')).toMatch(/neither lanes nor tasks/);
  });

  it('refuses a file from a newer version of the app and says to update', () => {
    const message = refused(readFixture('board-newer.raci.json'));
    expect(message).toMatch(/newer version of RACI Board/);
    expect(message).toMatch(/format 2/);
    expect(message).toMatch(/Update the app/);
  });

  it('refuses a file whose version cannot be read', () => {
    expect(refused('{"kind": "raci-board", "version": "one", "board": {"roles": []}}')).toMatch(/format version/);
    expect(refused('{"kind": "raci-board", "version": 1.5, "board": {"roles": []}}')).toMatch(/format version/);
    expect(refused('{"kind": "raci-board", "board": {"roles": []}}')).toMatch(/format version/);
  });

  it('migrates a version 0 file (a bare board with letters as text) to the current board', () => {
    const { board: back, warnings } = restored(readFixture('board-v0.json'));
    expect(warnings).toEqual([]);
    expect(back.schemaVersion).toBe(1);
    expect(back.groups).toEqual([]);
    expect(back.cells).toEqual([
      { taskId: 't1', roleId: 'r1', letters: ['R', 'A'] },
      { taskId: 't2', roleId: 'r2', letters: ['R', 'A'] },
      { taskId: 't2', roleId: 'r1', letters: ['C', 'I'] },
    ]);
  });

  it('migrates a version 0 board inside an envelope the same way', () => {
    const bare = JSON.parse(readFixture('board-v0.json'));
    const wrapped = JSON.stringify({ kind: 'raci-board', version: 0, board: bare });
    expect(restored(wrapped).board).toStrictEqual(restored(readFixture('board-v0.json')).board);
  });

  it('does not read letters written as text in a current-version file', () => {
    const file = JSON.parse(serializeBoard(board));
    file.board.cells[0].letters = 'R/A';
    const { board: back, warnings } = restored(JSON.stringify(file));
    expect(back.cells).toHaveLength(board.cells.length - 1);
    expect(warnings.join(' ')).toMatch(/letters that could not be read/);
  });

  it('drops __proto__, constructor and prototype keys without touching any prototype', () => {
    const { board: back } = restored(readFixture('board-proto.raci.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    for (const part of [back, ...back.roles, ...back.tasks, ...back.cells, back.ruleSettings, back.tasks[0]?.keepMine]) {
      expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
      expect((part as Record<string, unknown>).polluted).toBeUndefined();
      expect((part as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(Object.hasOwn(part as object, '__proto__')).toBe(false);
    }
    expect(back.cells).toEqual([{ taskId: 't', roleId: 'r', letters: ['A'] }]);
    expect(back.roles[0]).toEqual({ id: 'r', name: 'Lead', colour: '#112233', order: 0 });
  });

  it('repairs a damaged file into a sound board and says what it changed', () => {
    const { board: back, warnings } = restored(readFixture('board-damaged.raci.json'));
    expect(checkBoardInvariants(back)).toEqual([]);
    expect(back.name).toBe('Damaged');
    expect(back.createdAt).toBe(5_000);
    expect(back.roles.map((r) => r.name)).toEqual(['Product manager', 'Project manager', 'product MANAGER (2)']);
    expect(back.roles[0]?.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(back.roles[1]?.colour).toBe('#1f8a70');
    expect(back.tasks.map((t) => [...t.title].length)).toEqual([500, 2, 5]);
    expect(back.tasks[0]?.groupId).toBeUndefined();
    expect(back.cells).toEqual([
      { taskId: 'task-1', roleId: 'role-1', letters: ['R', 'A', 'C'] },
      { taskId: 'task-2', roleId: 'role-4', letters: ['I'] },
    ]);
    expect(back.ruleSettings).toEqual(expect.objectContaining({ maxResponsible: 2, disabled: ['idle-role'] }));
    const text = warnings.join('\n');
    expect(text).toMatch(/Lane "Product manager" had no valid colour/);
    expect(text).toMatch(/Lane "Project manager" had the same id as another lane/);
    expect(text).toMatch(/The 3rd lane has no name/);
    expect(text).toMatch(/Two lanes were named "product MANAGER"/);
    expect(text).toMatch(/had a title longer than 500 characters; it was shortened/);
    expect(text).toMatch(/group that is not on the board/);
    expect(text).toMatch(/The 3rd task has no title/);
    expect(text).toMatch(/no valid position/);
    expect(text).toMatch(/held "X", which is not a RACI letter/);
    expect(text).toMatch(/appeared more than once; the letters were combined/);
    expect(text).toMatch(/pointed at a task that is not on the board/);
    expect(text).toMatch(/pointed at a lane that is not on the board/);
    expect(text).toMatch(/creation time could not be read/);
    expect(text).toMatch(/rule settings could not be read/);
  });

  it('keeps two accountable roles on one task for the rule check to flag', () => {
    const file = JSON.parse(serializeBoard(board));
    file.board.cells.push({ taskId: 'task-1', roleId: 'role-2', letters: ['A'] });
    const { board: back } = restored(JSON.stringify(file));
    expect(back.cells.filter((c) => c.taskId === 'task-1' && c.letters.includes('A'))).toHaveLength(2);
    expect(checkBoardInvariants(back)).toEqual([]);
  });

  it('does not change the text or anything it was given', () => {
    const text = serializeBoard(board);
    const copy = `${text}`;
    restored(text);
    expect(text).toBe(copy);
  });
});
