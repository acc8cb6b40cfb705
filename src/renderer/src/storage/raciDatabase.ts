/**
 * The app's IndexedDB database: one typed Dexie class with normalised tables, every child row
 * keyed by its board id first so a board's rows form one contiguous key range.
 *
 * Row types are the stored shape, kept separate from the domain types on purpose: a change to
 * Board must not silently change what is on disk. The rest of the app never sees a row.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { BoardId, GroupId, Letter, RoleId, TaskId } from '../../../shared/domain/board';

export const DEFAULT_DATABASE_NAME = 'raci-board';

export interface BoardRow {
  readonly id: BoardId;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The version of the board model the rows were written with (not the database version). */
  readonly schemaVersion: number;
}

export interface RoleRow {
  readonly boardId: BoardId;
  readonly id: RoleId;
  readonly name: string;
  readonly colour: string;
  readonly order: number;
}

export interface TaskRow {
  readonly boardId: BoardId;
  readonly id: TaskId;
  readonly title: string;
  readonly notes?: string;
  readonly groupId?: GroupId;
  readonly order: number;
  readonly catalogueId?: string;
}

export interface GroupRow {
  readonly boardId: BoardId;
  readonly id: GroupId;
  readonly name: string;
  readonly order: number;
}

export interface CellRow {
  readonly boardId: BoardId;
  readonly taskId: TaskId;
  readonly roleId: RoleId;
  /** Never empty: a cell without letters is deleted, not stored. */
  readonly letters: readonly Letter[];
}

export type ChildKey = [boardId: BoardId, id: string];
export type CellRowKey = [boardId: BoardId, taskId: TaskId, roleId: RoleId];

/**
 * Version 1 of the stored schema, exactly as shipped.
 *
 * NEVER edit a shipped version: users have databases created by it. The next schema is a new
 * `this.version(2).stores({...}).upgrade(...)` that lists only the tables it adds or changes
 * (Dexie keeps the others), plus a test that opens a database written by version 1 (see
 * tests/unit/renderer/storage/fixtures/schemaV1.ts) and checks the upgraded rows. The undo
 * history, for one, is meant to arrive that way, e.g. `history: '++seq, boardId, [boardId+seq]'`
 * declared as `declare readonly history: Table<HistoryRow, number>` beside the tables below, and
 * removed with the board in deleteBoardRecord.
 */
export const SCHEMA_V1 = {
  boards: 'id, updatedAt',
  roles: '[boardId+id], boardId',
  tasks: '[boardId+id], boardId',
  groups: '[boardId+id], boardId',
  cells: '[boardId+taskId+roleId], boardId, [boardId+taskId]',
} as const;

export class RaciDatabase extends Dexie {
  // `declare`: Dexie creates these properties itself; a class field would shadow them.
  declare readonly boards: Table<BoardRow, BoardId>;
  declare readonly roles: Table<RoleRow, ChildKey>;
  declare readonly tasks: Table<TaskRow, ChildKey>;
  declare readonly groups: Table<GroupRow, ChildKey>;
  declare readonly cells: Table<CellRow, CellRowKey>;

  /** `options` lets tests pass their own `indexedDB` and `IDBKeyRange`. */
  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}
