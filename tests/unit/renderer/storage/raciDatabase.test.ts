import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { commitBoardChange, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { DEFAULT_DATABASE_NAME, RaciDatabase, SCHEMA_V1 } from '../../../../src/renderer/src/storage/raciDatabase';
import { SCHEMA_V1_AS_SHIPPED, V1_BOARD, V1_ROWS } from './fixtures/schemaV1';
import { createTestDatabase } from './fixtures/testDatabase';

describe('RaciDatabase', () => {
  it('declares version 1 exactly as shipped when compared with the frozen copy', () => {
    // If this fails, a shipped schema was edited: restore it and add a new version() instead.
    expect(SCHEMA_V1).toEqual(SCHEMA_V1_AS_SHIPPED);
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
    });
    db.close();
  });

  it('reads and edits a board when the database was written by version 1', async () => {
    const handle = createTestDatabase();
    const shipped = new Dexie(handle.name, handle.options);
    shipped.version(1).stores(SCHEMA_V1_AS_SHIPPED);
    for (const [table, rows] of Object.entries(V1_ROWS)) {
      await shipped.table(table).bulkAdd(rows);
    }
    shipped.close();

    const db = handle.open();
    const loaded = await loadBoard(db, V1_BOARD.id);
    expect(loaded).toStrictEqual(V1_BOARD);
    const renamed = { ...V1_BOARD, name: 'Renamed after opening', updatedAt: V1_BOARD.updatedAt + 1 };
    expect((await commitBoardChange(db, V1_BOARD, renamed)).ok).toBe(true);
    expect(await loadBoard(db, V1_BOARD.id)).toStrictEqual(renamed);
    db.close();
  });
});
