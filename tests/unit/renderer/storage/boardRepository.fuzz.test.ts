/**
 * Fuzzing the whole import path down to the disk: file bytes are read as the app reads a dropped
 * or picked file, parsed (CSV preview or board file), built into a board, and saved with
 * createBoardRecord in fake-indexeddb, sometimes through a connection whose writes fail. Whatever
 * the bytes, an import that ends in an error leaves every table exactly as it was, and one that
 * ends in a board leaves that board, sound and whole, and nothing else changed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardToCsv } from '../../../../src/shared/codecs/boardToCsv';
import { previewToBoard } from '../../../../src/shared/codecs/previewToBoard';
import { serializeBoard } from '../../../../src/shared/codecs/serializeBoard';
import type { Board } from '../../../../src/shared/domain/board';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { err, ok, type Result } from '../../../../src/shared/domain/result';
import { MAX_IMPORT_BYTES, parseImport } from '../../../../src/renderer/src/io/parseImport';
import { readDroppedFile } from '../../../../src/renderer/src/platform/readDroppedFile';
import { createBoardRecord, deleteBoardRecord, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { boardFromRows, boardRows } from '../../../../src/renderer/src/storage/boardRows';
import { commitEdit } from '../../../../src/renderer/src/storage/historyRepository';
import type { RaciDatabase } from '../../../../src/renderer/src/storage/raciDatabase';
import { boardArb } from '../../shared/codecs/boardArbitrary';
import { idCounter, readFixture } from '../../shared/codecs/readFixture';
import { mutatedText } from '../../shared/codecs/textMutations';
import { hiringBoard, launchBoard } from './fixtures/boards';
import { failingAfterWrite, failingWrites } from './fixtures/dbcoreSpy';
import { createTestDatabase, dumpDatabase } from './fixtures/testDatabase';

const FIXTURES = [
  'matrix-comma.csv',
  'matrix-excel-semicolon.csv',
  'matrix-blank-corner.tsv',
  'letter-columns.csv',
  'long.csv',
  'unicode.csv',
  'problems.csv',
  'board-v1.raci.json',
  'board-v0.json',
  'board-damaged.raci.json',
  'board-proto.raci.json',
  'board-newer.raci.json',
].map(readFixture);

const WRITTEN_TABLES = ['boards', 'roles', 'tasks', 'groups', 'cells'] as const;

/** How the saving connection behaves: a sound one most of the time, else one whose writes to a table fail. */
type Connection = { readonly kind: 'sound' } | { readonly kind: 'refused' | 'lost-after-write'; readonly table: (typeof WRITTEN_TABLES)[number] };

const connectionArb: fc.Arbitrary<Connection> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'sound' as const }), weight: 3 },
  fc.record({ kind: fc.constantFrom('refused' as const, 'lost-after-write' as const), table: fc.constantFrom(...WRITTEN_TABLES) }),
);

type ByteMutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'set'; readonly at: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: readonly number[] };

const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  // Invalid UTF-8, a UTF-16 byte-order mark, a NUL, or anything at all.
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.constantFrom([0xc3], [0xff, 0xfe], [0xef, 0xbb, 0xbf], [0], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 })),
  }),
);

function applyByteMutation(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  const at = mutation.at % (bytes.length + 1);
  switch (mutation.kind) {
    case 'truncate':
      return bytes.slice(0, at);
    case 'set': {
      if (bytes.length === 0) return bytes;
      const copy = bytes.slice();
      copy[at % bytes.length] = mutation.byte;
      return copy;
    }
    case 'insert':
      return Uint8Array.from([...bytes.slice(0, at), ...mutation.bytes, ...bytes.slice(at)]);
  }
}

const seedText = fc.oneof(
  fc.constantFrom(...FIXTURES),
  boardArb({ maxTasks: 5, maxRoles: 4 }).map((board) => boardToCsv(board)),
  boardArb({ maxTasks: 5, maxRoles: 4 }).map((board) => serializeBoard(board)),
);

const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.oneof(seedText, mutatedText(seedText)), fc.array(byteMutationArb, { maxLength: 3 }))
      .map(([text, mutations]) => mutations.reduce(applyByteMutation, new TextEncoder().encode(text))),
    weight: 5,
  },
);

const fileNameArb = fc.constantFrom('board.csv', 'board.raci.json', 'board.json', 'board.tsv', 'board.txt', 'board', 'BOARD.CSV');

/** The import as the app runs it: read the bytes, parse, build the board, name it, save it. */
async function importFile(db: RaciDatabase, name: string, bytes: Uint8Array): Promise<Result<Board, string>> {
  const newId = idCounter('imported');
  const text = await readDroppedFile({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer }, MAX_IMPORT_BYTES);
  if (!text.ok) return text;
  const parsed = parseImport({ fileName: name, text: text.value, newId, now: 1_800_000_000_000 });
  if (!parsed.ok) return parsed;
  const built = parsed.value.kind === 'json' ? ok(parsed.value.board) : previewToBoard(parsed.value.preview, { id: newId(), name: 'Imported', now: 1_800_000_000_000, newId });
  if (!built.ok) return built;
  const named = applyCommand(built.value, { type: 'renameBoard', name: 'Imported board' }, built.value.updatedAt);
  if (!named.ok) return err(named.error.message);
  const saved = await createBoardRecord(db, named.value);
  return saved.ok ? ok(named.value) : err(saved.error.message);
}

describe('createBoardRecord on the import path, under fuzzing', () => {
  const handle = createTestDatabase();
  const connections = new Map<string, RaciDatabase>();
  let observer: RaciDatabase;

  function connection(behaviour: Connection): RaciDatabase {
    const key = behaviour.kind === 'sound' ? 'sound' : `${behaviour.kind}:${behaviour.table}`;
    let db = connections.get(key);
    if (db === undefined) {
      db = handle.open();
      if (behaviour.kind === 'refused') db.use(failingWrites(behaviour.table, () => new DOMException('Quota exceeded', 'QuotaExceededError')));
      if (behaviour.kind === 'lost-after-write') db.use(failingAfterWrite(behaviour.table, () => new Error('disk gone')));
      connections.set(key, db);
    }
    return db;
  }

  beforeAll(async () => {
    observer = handle.open();
    // Boards and undo history already stored, which a failed import must not disturb.
    expect((await createBoardRecord(observer, launchBoard)).ok).toBe(true);
    expect((await createBoardRecord(observer, hiringBoard)).ok).toBe(true);
    expect((await commitEdit(observer, launchBoard, { type: 'renameTask', taskId: 'task-a', title: 'Ship it now' }, 1_700_006_000_000)).ok).toBe(true);
  });

  afterAll(() => {
    observer.close();
    for (const db of connections.values()) db.close();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('leaves the database exactly as it was when an import fails, and stores a sound board when one succeeds', async () => {
    let failures = 0;
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(fileNameArb, fileBytes, connectionArb, async (name, bytes, behaviour) => {
        const before = await dumpDatabase(observer);
        const result = await importFile(connection(behaviour), name, bytes);
        if (!result.ok) {
          failures += 1;
          expect(result.error.length).toBeGreaterThan(10);
          expect(await dumpDatabase(observer)).toEqual(before);
          return;
        }
        successes += 1;
        const stored = await loadBoard(observer, result.value.id);
        expect(stored).toStrictEqual(boardFromRows(boardRows(result.value)));
        expect(checkBoardInvariants(stored as Board)).toEqual([]);
        // Taking the new board away again must give back exactly the database from before: nothing else was touched.
        expect((await deleteBoardRecord(observer, result.value.id)).ok).toBe(true);
        expect(await dumpDatabase(observer)).toEqual(before);
      }),
      { numRuns: 300 },
    );
    // The inputs reach both ends, or the property says little.
    expect(failures).toBeGreaterThan(30);
    expect(successes).toBeGreaterThan(30);
  }, 60_000);
});
