import type { RuleSettings } from './rules/ruleSettings';

/**
 * The RACI board model. Plain, JSON-friendly, immutable data: every change goes through a
 * command (see commands.ts) that returns a new board and never mutates its input.
 */

export type Letter = 'R' | 'A' | 'C' | 'I';

/** The canonical order letters are shown and stored in. */
export const LETTERS: readonly Letter[] = ['R', 'A', 'C', 'I'];

/** A cell is a set of letters, kept sorted in R, A, C, I order with no duplicates. */
export type LetterSet = readonly Letter[];

export type BoardId = string;
export type RoleId = string;
export type TaskId = string;
export type GroupId = string;

/** A lane. `order` is a sortable number (fractional keys let a move rewrite one row only). */
export interface Role {
  readonly id: RoleId;
  readonly name: string;
  /** CSS colour as #rrggbb. */
  readonly colour: string;
  readonly order: number;
}

/** A card. */
export interface Task {
  readonly id: TaskId;
  readonly title: string;
  readonly notes?: string;
  readonly groupId?: GroupId;
  readonly order: number;
  /** Set when the task came from the article's catalogue of default activities. */
  readonly catalogueId?: string;
  /**
   * Set when the team chose to keep an owner that differs from the article's ("Keep mine"), with
   * an optional note saying why; shown again in the compare view and in exports.
   */
  readonly keepMine?: { readonly note: string };
}

/** A phase that tasks can be grouped under in the matrix. */
export interface Group {
  readonly id: GroupId;
  readonly name: string;
  readonly order: number;
  /** Folded in the matrix; kept with the board so it stays folded after a restart. */
  readonly collapsed?: boolean;
}

/** The letters one role holds for one task. Cells with no letters are not stored. */
export interface Cell {
  readonly taskId: TaskId;
  readonly roleId: RoleId;
  readonly letters: LetterSet;
}

export const BOARD_SCHEMA_VERSION = 1;

export interface Board {
  readonly id: BoardId;
  readonly name: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly schemaVersion: number;
  /** Sorted by `order`. */
  readonly roles: readonly Role[];
  /** Sorted by `order`. */
  readonly tasks: readonly Task[];
  /** Sorted by `order`. */
  readonly groups: readonly Group[];
  /** Only non-empty cells; at most one per (task, role). */
  readonly cells: readonly Cell[];
  /** Rule thresholds and switched-off rules for this board; absent means the defaults. */
  readonly ruleSettings?: RuleSettings;
}

/** What the home screen lists without loading a whole board. */
export interface BoardSummary {
  readonly id: BoardId;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly taskCount: number;
}
