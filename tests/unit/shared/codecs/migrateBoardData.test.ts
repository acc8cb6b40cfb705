import { describe, expect, it } from 'vitest';
import { BOARD_FILE_MIGRATIONS, migrateBoardData, type BoardMigration } from '../../../../src/shared/codecs/migrateBoardData';
import { deepFreeze } from '../domain/deepFreeze';

describe('migrateBoardData', () => {
  it('has a migration from every older version up to the current one', () => {
    expect(Object.keys(BOARD_FILE_MIGRATIONS).map(Number)).toEqual([0]);
  });

  it('turns version 0 letters written as text into lists and adds the missing groups', () => {
    const v0 = deepFreeze({ roles: [], tasks: [], cells: [{ taskId: 't', roleId: 'r', letters: 'R/A' }, { taskId: 't', roleId: 's', letters: 'ci' }, { letters: ['I'] }, 'junk'] });
    expect(migrateBoardData(v0, 0)).toEqual({
      ok: true,
      value: { roles: [], tasks: [], groups: [], cells: [{ taskId: 't', roleId: 'r', letters: ['R', 'A'] }, { taskId: 't', roleId: 's', letters: ['c', 'i'] }, { letters: ['I'] }, 'junk'] },
    });
  });

  it('leaves current data as it is', () => {
    const v1 = deepFreeze({ roles: [{ id: 'r' }], cells: [{ letters: 'R/A' }] });
    expect(migrateBoardData(v1, 1)).toEqual({ ok: true, value: v1 });
  });

  it('runs every step in order, each from its own version', () => {
    const steps: Record<number, BoardMigration> = {
      0: (board) => ({ ...board, trail: ['0->1'] }),
      1: (board) => ({ ...board, trail: [...(board.trail as string[]), '1->2'] }),
      2: (board) => ({ ...board, trail: [...(board.trail as string[]), '2->3'] }),
    };
    expect(migrateBoardData({}, 0, steps, 3)).toEqual({ ok: true, value: { trail: ['0->1', '1->2', '2->3'] } });
    expect(migrateBoardData({ trail: ['saved at 2'] }, 2, steps, 3)).toEqual({ ok: true, value: { trail: ['saved at 2', '2->3'] } });
  });

  it('says so when a step is missing', () => {
    expect(migrateBoardData({}, 0, {}, 1)).toEqual({ ok: false, error: 'Board files of format version 0 can no longer be read by this version of RACI Board.' });
  });
});
