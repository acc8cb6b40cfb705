import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { commitBoardChange, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { commitEdit, historyState, redo, undo } from '../../../../src/renderer/src/storage/historyRepository';
import { DEFAULT_DATABASE_NAME, RaciDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../../src/renderer/src/storage/raciDatabase';
import { SCHEMA_V1_AS_SHIPPED, V1_BOARD, V1_ROWS } from './fixtures/schemaV1';
import { SCHEMA_V2_AS_SHIPPED } from './fixtures/schemaV2';
import { createTestDatabase, dumpDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';
import databaseV1 from './fixtures/databaseV1.json';
import databaseV2 from './fixtures/databaseV2.json';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';

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

    expect(await commitEdit(db, V1_BOARD, { type: 'renameBoard', name: 'Renamed after the upgrade' }, renamed.updatedAt)).toEqual({
      ok: true,
      value: { board: renamed, refused: null },
    });
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

/** A database as a shipped version of the app left it: the schemas it declared and every row, per table. */
interface DatabaseFixture {
  readonly schemas: Record<string, Record<string, string>>;
  readonly tables: Record<string, unknown[]>;
}

/** One fixture per shipped schema version, oldest first: index + 1 is the version that wrote it. */
const FIXTURES: readonly DatabaseFixture[] = [databaseV1, databaseV2];

/** Writes `fixture` through the schemas it was written with, exactly as that version left it. */
async function writtenBy(handle: TestDatabaseHandle, fixture: DatabaseFixture): Promise<void> {
  const shipped = new Dexie(handle.name, handle.options);
  for (const [version, schema] of Object.entries(fixture.schemas)) {
    shipped.version(Number(version)).stores(schema);
  }
  for (const [table, rows] of Object.entries(fixture.tables)) {
    await shipped.table(table).bulkAdd(rows);
  }
  shipped.close();
}

describe('RaciDatabase upgrades', () => {
  it('has a fixture database for every shipped schema version', () => {
    const db = new RaciDatabase(undefined, { autoOpen: false });

    expect(FIXTURES.map((fixture) => Math.max(...Object.keys(fixture.schemas).map(Number)))).toEqual(
      Array.from({ length: db.verno }, (_, index) => index + 1),
    );
  });

  it.each(FIXTURES.map((fixture, index) => [index + 1, fixture] as const))(
    'opens a database written by version %i as the current version with every record intact and every board sound',
    async (_version, fixture) => {
      const handle = createTestDatabase();
      await writtenBy(handle, fixture);

      const db = handle.open();
      await db.open();

      expect(db.verno).toBe(2);
      const emptyTables = Object.fromEntries(db.tables.map((table) => [table.name, []]));
      expect(await dumpDatabase(db)).toEqual({ ...emptyTables, ...fixture.tables });
      const boardIds = fixture.tables.boards!.map((row) => (row as { id: string }).id);
      expect(boardIds.length).toBeGreaterThan(1);
      for (const id of boardIds) {
        const board = await loadBoard(db, id);
        expect(board?.id).toBe(id);
        expect(checkBoardInvariants(board!)).toEqual([]);
      }
      db.close();
    },
  );

  it.each(FIXTURES.map((fixture, index) => [index + 1, fixture] as const))(
    'edits, undoes and redoes every board of a database written by version %i, keeping each board sound',
    async (_version, fixture) => {
      const handle = createTestDatabase();
      await writtenBy(handle, fixture);
      const db = handle.open();
      let at = 1_800_000_000_000;

      for (const row of fixture.tables.boards!) {
        const id = (row as { id: string }).id;
        const before = await loadBoard(db, id);
        const renamed = await commitEdit(db, before!, { type: 'renameBoard', name: `${before!.name} (upgraded)` }, (at += 1));
        if (!renamed.ok) throw new Error(renamed.error.message);
        expect(renamed.value.board.name).toBe(`${before!.name} (upgraded)`);
        // Every step recorded before the upgrade, then the rename: all undone, then all redone.
        for (const direction of [undo, redo]) {
          for (let result = await direction(db, id, (at += 1)); ; result = await direction(db, id, (at += 1))) {
            if (!result.ok) throw new Error(result.error.message);
            if (result.value === null) break;
            expect(checkBoardInvariants(result.value.board)).toEqual([]);
          }
        }
        const redone = await loadBoard(db, id);
        expect({ ...redone, updatedAt: 0 }).toEqual({ ...renamed.value.board, updatedAt: 0 });
      }
      db.close();
    },
  );

  it('offers the undo and redo steps a version 2 database recorded when opened', async () => {
    const handle = createTestDatabase();
    await writtenBy(handle, databaseV2);
    const db = handle.open();

    expect(await historyState(db, 'board-v2')).toEqual({ undoLabel: 'Set Customer-driven trade-offs / Engineering lead to C/I', redoLabel: 'Renamed Keep departments aligned on the product to Roadmap (quarterly)' });
    expect(await historyState(db, 'board-v2-blank')).toEqual({ undoLabel: 'Renamed board to Hiring 2026', redoLabel: null });
    db.close();
  });
});
