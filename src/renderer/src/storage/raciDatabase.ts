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
  /** Absent: the default rule settings. Repaired on reading, like an imported file. */
  readonly ruleSettings?: RuleSettingsRow;
}

export interface RuleSettingsRow {
  readonly disabled: readonly string[];
  readonly maxResponsible: number;
  readonly maxConsultedInformed: number;
  readonly overloadShare: number;
  readonly overloadMinTasks: number;
  readonly everyTaskMinTasks: number;
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
  readonly keepMine?: { readonly note: string };
}

export interface GroupRow {
  readonly boardId: BoardId;
  readonly id: GroupId;
  readonly name: string;
  readonly order: number;
  readonly collapsed?: boolean;
}

export interface CellRow {
  readonly boardId: BoardId;
  readonly taskId: TaskId;
  readonly roleId: RoleId;
  /** Never empty: a cell without letters is deleted, not stored. */
  readonly letters: readonly Letter[];
}

/** One table's part of a stored diff: the rows to write and the keys to remove. */
export interface TableDiffRow<TRow, TKey> {
  readonly put: readonly TRow[];
  readonly delete: readonly TKey[];
}

/** A board diff as stored in a history step: rows in their stored shape, cells keyed by [taskId, roleId]. */
export interface DiffRow {
  readonly board: BoardRow | null;
  readonly roles: TableDiffRow<RoleRow, RoleId>;
  readonly tasks: TableDiffRow<TaskRow, TaskId>;
  readonly groups: TableDiffRow<GroupRow, GroupId>;
  readonly cells: TableDiffRow<CellRow, readonly [taskId: TaskId, roleId: RoleId]>;
}

/**
 * One undoable edit. `seq` grows with every step of every board: assigned by the database, or by
 * a commit as one past the newest step it checked there is (historyRepository.ts, commitEdit).
 */
export interface HistoryRow {
  readonly seq?: number;
  readonly boardId: BoardId;
  /** The words the Undo and Redo buttons show, e.g. "Moved Budget to Product manager". */
  readonly label: string;
  readonly at: number;
  readonly forward: DiffRow;
  readonly backward: DiffRow;
}

/**
 * Where a board stands in its history: `seq` of the last step applied, or 0 when every step is
 * undone. Steps after it are the redo stack.
 */
export interface HistoryCursorRow {
  readonly boardId: BoardId;
  readonly seq: number;
}

export type ChildKey = [boardId: BoardId, id: string];
export type CellRowKey = [boardId: BoardId, taskId: TaskId, roleId: RoleId];

/**
 * Version 1 of the stored schema, exactly as shipped.
 *
 * NEVER edit a shipped version: users have databases created by it. A new schema is a new
 * `this.version(n)` that lists only the tables it adds or changes (Dexie keeps the others), plus a
 * fixture database written by the version before it (tests/unit/renderer/storage/fixtures/
 * databaseV<n>.json, one per shipped version), which the upgrade tests open with every row intact.
 */
export const SCHEMA_V1 = {
  boards: 'id, updatedAt',
  roles: '[boardId+id], boardId',
  tasks: '[boardId+id], boardId',
  groups: '[boardId+id], boardId',
  cells: '[boardId+taskId+roleId], boardId, [boardId+taskId]',
} as const;

/**
 * Version 2 adds the undo history; every version 1 table is kept as it is (Dexie carries them
 * over). No upgrade function: no stored row changes shape (the fields board.ts gained since are
 * optional, and absent in old rows means what it always meant), and the new tables start empty.
 * NEVER edit once shipped, as for version 1.
 */
export const SCHEMA_V2 = {
  // [boardId+seq] walks one board's steps in order; boardId alone deletes them with the board.
  history: '++seq, boardId, [boardId+seq]',
  historyCursors: 'boardId',
} as const;

export class RaciDatabase extends Dexie {
  // `declare`: Dexie creates these properties itself; a class field would shadow them.
  declare readonly boards: Table<BoardRow, BoardId>;
  declare readonly roles: Table<RoleRow, ChildKey>;
  declare readonly tasks: Table<TaskRow, ChildKey>;
  declare readonly groups: Table<GroupRow, ChildKey>;
  declare readonly cells: Table<CellRow, CellRowKey>;
  declare readonly history: Table<HistoryRow, number>;
  declare readonly historyCursors: Table<HistoryCursorRow, BoardId>;

  /** `options` lets tests pass their own `indexedDB` and `IDBKeyRange`. */
  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}
