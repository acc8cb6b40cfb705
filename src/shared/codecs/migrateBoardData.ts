/**
 * Older board files are brought up to the current format one version at a time, so each migration
 * only knows its own step and a file of any old version passes through all of them in order. The
 * repair that follows (repairBoard) then checks the result field by field, so a migration only
 * reshapes; it never has to validate.
 *
 * Format history:
 * - Version 0, the pre-envelope shape: a bare board object with no `kind`/`version` wrapper, and
 *   each cell's letters written as text the way the matrix shows them ("R/A", "A, R", "AR") rather
 *   than as a list. Groups may be missing altogether.
 * - Version 1 (current): the `{ kind: 'raci-board', version: 1, board }` envelope; letters are a
 *   list (["R", "A"]).
 */
import { err, ok, type Result } from '../domain/result';
import { BOARD_FILE_VERSION } from './serializeBoard';

/** Turns the board data of version N into the board data of version N + 1. */
export type BoardMigration = (board: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** Keyed by the version a migration starts from. */
export const BOARD_FILE_MIGRATIONS: Readonly<Record<number, BoardMigration>> = {
  0: fromVersion0,
};

/** Runs every migration from `fromVersion` up to the current version. The input is not changed. */
export function migrateBoardData(
  board: Readonly<Record<string, unknown>>,
  fromVersion: number,
  migrations: Readonly<Record<number, BoardMigration>> = BOARD_FILE_MIGRATIONS,
  toVersion: number = BOARD_FILE_VERSION,
): Result<Record<string, unknown>, string> {
  let data: Record<string, unknown> = { ...board };
  for (let version = fromVersion; version < toVersion; version += 1) {
    const migration = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (migration === undefined) return err(`Board files of format version ${version} can no longer be read by this version of RACI Board.`);
    data = migration(data);
  }
  return ok(data);
}

const LETTER_TEXT_SEPARATORS = /[\s/,;+]+/;

function fromVersion0(board: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const cells = Array.isArray(board.cells) ? board.cells.map(cellFromVersion0) : board.cells;
  return { ...board, groups: board.groups ?? [], cells };
}

function cellFromVersion0(cell: unknown): unknown {
  if (typeof cell !== 'object' || cell === null || Array.isArray(cell)) return cell;
  const record = cell as Record<string, unknown>;
  if (typeof record.letters !== 'string') return cell;
  // "AR" and "A/R" both meant A and R; the repair step reads each letter and drops what is not one.
  const letters = record.letters
    .split(LETTER_TEXT_SEPARATORS)
    .flatMap((token) => (/^[raci]+$/i.test(token) ? [...token] : [token]))
    .filter((token) => token !== '');
  return { ...record, letters };
}
