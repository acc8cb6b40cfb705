import { describe, expect, it } from 'vitest';
import { FALLBACK_BOARD_NAME, repairBoard } from '../../../../src/shared/codecs/repairBoard';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { deepFreeze } from '../domain/deepFreeze';
import { idCounter } from './readFixture';

const options = () => ({ newId: idCounter(), now: 7 });

function repaired(data: unknown) {
  const result = repairBoard(deepFreeze(data), options());
  if (!result.ok) throw new Error(result.error);
  expect(checkBoardInvariants(result.value.board)).toEqual([]);
  return result.value;
}

const base = { id: 'b', name: 'Board', createdAt: 1, updatedAt: 2, roles: [], tasks: [], groups: [], cells: [] };

describe('repairBoard', () => {
  it('refuses data that is not a board object, or a board with neither lanes nor tasks', () => {
    for (const data of [null, 1, 'x', [], true]) expect(repairBoard(data, options()).ok).toBe(false);
    expect(repairBoard({ name: 'x' }, options())).toMatchObject({ ok: false, error: expect.stringContaining('neither lanes nor tasks') });
  });

  it('keeps a sound board exactly as it is', () => {
    const board = { ...base, schemaVersion: 1, roles: [{ id: 'r', name: 'PM', colour: '#112233', order: 0 }] };
    expect(repaired(board)).toEqual({ board, warnings: [] });
  });

  it('names a board without a usable name and fills in missing times', () => {
    const { board, warnings } = repaired({ roles: [] });
    expect(board.name).toBe(FALLBACK_BOARD_NAME);
    expect([board.createdAt, board.updatedAt]).toEqual([7, 7]);
    expect(board.id).toBe('new-1');
    expect(warnings).toHaveLength(3);
  });

  it('reads numbers given as names and ids as text', () => {
    const { board } = repaired({ ...base, roles: [{ id: 5, name: 2024, colour: '#000000', order: 0 }] });
    expect(board.roles[0]).toMatchObject({ id: '5', name: '2024' });
  });

  it('sorts lists that are out of order without renumbering them', () => {
    const { board, warnings } = repaired({
      ...base,
      tasks: [
        { id: 'b', title: 'Second', order: 20 },
        { id: 'a', title: 'First', order: 10 },
      ],
    });
    expect(board.tasks.map((t) => [t.title, t.order])).toEqual([
      ['First', 10],
      ['Second', 20],
    ]);
    expect(warnings).toEqual([]);
  });

  it('renumbers a list in file order when a position is missing', () => {
    const { board, warnings } = repaired({ ...base, roles: [{ id: 'x', name: 'X', colour: '#000000', order: 'top' }, { id: 'y', name: 'Y', colour: '#000000', order: -5 }] });
    expect(board.roles.map((r) => [r.name, r.order])).toEqual([
      ['X', 0],
      ['Y', 1024],
    ]);
    expect(warnings).toEqual(['Some lanes had no valid position; they were put in the order the file lists them.']);
  });

  it('keeps the first of two items sharing an id and gives the second a new one', () => {
    const { board, warnings } = repaired({
      ...base,
      roles: [{ id: 'r', name: 'PM', colour: '#000000', order: 0 }],
      tasks: [
        { id: 't', title: 'One', order: 0 },
        { id: 't', title: 'Two', order: 1 },
      ],
      cells: [{ taskId: 't', roleId: 'r', letters: ['A'] }],
    });
    expect(board.tasks.map((t) => t.id)).toEqual(['t', 'new-1']);
    expect(board.cells).toEqual([{ taskId: 't', roleId: 'r', letters: ['A'] }]);
    expect(warnings).toEqual(['Task "Two" had the same id as another task; it was given a new one.']);
  });

  it('trims and normalises names, and lower-cases colours', () => {
    const { board, warnings } = repaired({ ...base, roles: [{ id: 'r', name: '  Cafe\u0301  ', colour: ' #ABCDEF ', order: 0 }] });
    expect(board.roles[0]).toEqual({ id: 'r', name: 'Café', colour: '#abcdef', order: 0 });
    expect(warnings).toEqual([]);
  });

  it('shortens over-long notes and keep-mine notes and drops unreadable optional fields', () => {
    const { board, warnings } = repaired({
      ...base,
      tasks: [{ id: 't', title: 'T', order: 0, notes: 'n'.repeat(10_050), keepMine: { note: 'k'.repeat(600) }, catalogueId: {}, groupId: 3 }],
      groups: [{ id: 'g', name: 'G', order: 0, collapsed: 'yes' }],
    });
    expect([...(board.tasks[0]?.notes ?? '')]).toHaveLength(10_000);
    expect(board.tasks[0]?.keepMine?.note).toHaveLength(500);
    expect(board.tasks[0]).not.toHaveProperty('catalogueId');
    expect(board.tasks[0]).not.toHaveProperty('groupId');
    expect(board.groups[0]).toEqual({ id: 'g', name: 'G', order: 0 });
    expect(warnings).toHaveLength(4);
  });

  it('takes settings the file leaves out as defaults without a warning, and reports unusable ones', () => {
    expect(repaired({ ...base, roles: [], ruleSettings: { maxResponsible: 3 } })).toMatchObject({ board: { ruleSettings: { maxResponsible: 3, maxConsultedInformed: 5 } }, warnings: [] });
    expect(repaired({ ...base, roles: [], ruleSettings: { disabled: ['idle-role', 'idle-role'] } }).warnings).toHaveLength(1);
    expect(repaired({ ...base, roles: [], ruleSettings: 'strict' }).warnings).toHaveLength(1);
  });

  it('lists the first fifty repairs and counts the rest', () => {
    const cells = Array.from({ length: 80 }, (_, i) => ({ taskId: `ghost-${i}`, roleId: 'r', letters: ['R'] }));
    const { warnings } = repaired({ ...base, roles: [{ id: 'r', name: 'PM', colour: '#000000', order: 0 }], cells });
    expect(warnings).toHaveLength(51);
    expect(warnings[50]).toBe('30 more repairs were made that are not listed here.');
  });
});
