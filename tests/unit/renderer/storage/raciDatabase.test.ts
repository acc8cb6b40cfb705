import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { commitBoardChange, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { commitEdit, historyState, undo } from '../../../../src/renderer/src/storage/historyRepository';
import { DEFAULT_DATABASE_NAME, RaciDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../../src/renderer/src/storage/raciDatabase';
import { SCHEMA_V1_AS_SHIPPED, V1_BOARD, V1_ROWS } from './fixtures/schemaV1';
import { SCHEMA_V2_AS_SHIPPED } from './fixtures/schemaV2';
import { createTestDatabase, dumpDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';

/** A database as version 1 of the app left it: the frozen schema, holding V1_ROWS. */
async function writtenByVersion1(handle: TestDatabaseHandle): Promise<void> {
  const shipped = new Dexie(handle.name, handle.options);
  shipped.version(1).stores(SCHEMA_V1_AS_SHIPPED);
  for (const [table, rows] of Object.entries(V1_ROWS)) {
    await shipped.table(table).bulkAdd(rows);
  }
  shipped.close();
}

describe('RaciDatabase', () => {
  it('declares version 1 exactly as shipped when compared with the frozen copy', () => {
    // If this fails, a shipped schema was edited: restore it and add a new version() instead.
    expect(SCHEMA_V1).toEqual(SCHEMA_V1_AS_SHIPPED);
  });

  it('declares version 2 exactly as shipped when compared with the frozen copy', () => {
    expect(SCHEMA_V2).toEqual(SCHEMA_V2_AS_SHIPPED);
  });

  it('is named raci-board when no name is given', () => {
    const db = new RaciDatabase(undefined, { autoOpen: false });

    expect(db.name).toBe(DEFAULT_DATABASE_NAME);
    expect(DEFAULT_DATABASE_NAME).toBe('raci-board');
  });

  it('indexes every child table by board id when opened', async () => {
    const handle = createTestDatabase();
    const db = handle.open();
    await db.open();

    const indexes = Object.fromEntries(db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)]]));

    expect(indexes).toMatchObject({
      boards: ['id', 'updatedAt'],
      roles: ['[boardId+id]', 'boardId'],
      tasks: ['[boardId+id]', 'boardId'],
      groups: ['[boardId+id]', 'boardId'],
      cells: ['[boardId+taskId+roleId]', 'boardId', '[boardId+taskId]'],
      history: ['++seq', 'boardId', '[boardId+seq]'],
      historyCursors: ['boardId'],
    });
    expect(db.verno).toBe(2);
    db.close();
  });

  it('opens a database written by version 1 as version 2 with every record intact and an empty history', async () => {
    const handle = createTestDatabase();
    await writtenByVersion1(handle);

    const db = handle.open();
    await db.open();

    expect(db.verno).toBe(2);
    expect(await dumpDatabase(db)).toEqual({ ...V1_ROWS, history: [], historyCursors: [] });
    db.close();
  });

  it('records, undoes and redoes edits on a board written by version 1 after the upgrade', async () => {
    const handle = createTestDatabase();
    await writtenByVersion1(handle);
    const db = handle.open();
    const renamed = { ...V1_BOARD, name: 'Renamed after the upgrade', updatedAt: V1_BOARD.updatedAt + 1 };

    expect(await commitEdit(db, V1_BOARD, renamed, 'Renamed board to Renamed after the upgrade', renamed.updatedAt)).toEqual({ ok: true, value: undefined });
    expect(await historyState(db, V1_BOARD.id)).toEqual({ undoLabel: 'Renamed board to Renamed after the upgrade', redoLabel: null });
    const undone = await undo(db, V1_BOARD.id, V1_BOARD.updatedAt + 2);

    expect(undone).toEqual({ ok: true, value: { board: { ...V1_BOARD, updatedAt: V1_BOARD.updatedAt + 2 }, label: 'Renamed board to Renamed after the upgrade' } });
    expect(await loadBoard(db, V1_BOARD.id)).toStrictEqual({ ...V1_BOARD, updatedAt: V1_BOARD.updatedAt + 2 });
    db.close();
  });

  it('reads and edits a board when the database was written by version 1', async () => {
    const handle = createTestDatabase();
    await writtenByVersion1(handle);

    const db = handle.open();
    const loaded = await loadBoard(db, V1_BOARD.id);
    expect(loaded).toStrictEqual(V1_BOARD);
    const renamed = { ...V1_BOARD, name: 'Renamed after opening', updatedAt: V1_BOARD.updatedAt + 1 };
    expect((await commitBoardChange(db, V1_BOARD, renamed)).ok).toBe(true);
    expect(await loadBoard(db, V1_BOARD.id)).toStrictEqual(renamed);
    db.close();
  });
});
