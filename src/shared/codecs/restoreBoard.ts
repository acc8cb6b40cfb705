/**
 * The one way saved or imported board data becomes a board the app works with: a `.raci.json`
 * export, an older file, or a row set read back from storage all pass through here. The steps run
 * cheapest first: the size is checked before anything is parsed, the JSON is parsed without letting
 * prototype keys through, the envelope's kind and format version are checked, older formats are
 * migrated, and finally every part of the board is validated and repaired (repairBoard).
 */
import type { Board } from '../domain/board';
import { err, ok, type Result } from '../domain/result';
import { checkTextSize } from './checkTextSize';
import { migrateBoardData } from './migrateBoardData';
import { parseJsonSafely } from './parseJsonSafely';
import { repairBoard } from './repairBoard';
import { BOARD_FILE_KIND, BOARD_FILE_VERSION } from './serializeBoard';

/** The largest board file accepted, in UTF-8 bytes. */
export const DEFAULT_MAX_BOARD_FILE_BYTES = 5 * 1024 * 1024;

export interface RestoreOptions {
  /** Supplies ids for items that need a new one. */
  readonly newId: () => string;
  /** Milliseconds since the epoch; stands in for timestamps the file lacks. */
  readonly now: number;
  /** Largest accepted file, in UTF-8 bytes; 5 MB when absent. */
  readonly maxBytes?: number;
  /**
   * Give the board and everything on it new ids: for importing a file next to the board it was
   * exported from. Without it, usable ids are kept, so an export restores to the identical board.
   */
  readonly freshIds?: boolean;
}

export interface RestoredBoard {
  readonly board: Board;
  /** Repairs made on the way in, in words; empty for a sound file. */
  readonly warnings: string[];
}

export function restoreBoard(text: string, options: RestoreOptions): Result<RestoredBoard, string> {
  if (typeof text !== 'string') return err('There is no file content to read.');
  const size = checkTextSize(text, options.maxBytes ?? DEFAULT_MAX_BOARD_FILE_BYTES);
  if (!size.ok) return size;
  // Editors on Windows often start a UTF-8 file with a byte-order mark, which JSON does not allow.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return err('This file is empty.');

  const parsed = parseJsonSafely(body);
  if (!parsed.ok) return parsed;

  const unwrapped = unwrap(parsed.value);
  if (!unwrapped.ok) return unwrapped;
  const migrated = migrateBoardData(unwrapped.value.board, unwrapped.value.version);
  if (!migrated.ok) return migrated;

  const repaired = repairBoard(migrated.value, { newId: options.newId, now: options.now, freshIds: options.freshIds === true });
  if (!repaired.ok) return repaired;
  return ok({ board: repaired.value.board, warnings: repaired.value.warnings });
}

interface Unwrapped {
  readonly version: number;
  readonly board: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds the board data and the format version it was written in. */
function unwrap(root: unknown): Result<Unwrapped, string> {
  if (!isRecord(root)) return err('This file is not a RACI board: it holds no board object.');

  if (!Object.hasOwn(root, 'kind')) {
    // Version 0 files were a bare board, with no envelope around it.
    if (Array.isArray(root.roles) || Array.isArray(root.tasks)) return ok({ version: 0, board: root });
    return err('This file is not a RACI board: it does not say what it holds, and it has no lanes or tasks.');
  }

  if (root.kind !== BOARD_FILE_KIND) {
    const kind = typeof root.kind === 'string' ? `"${root.kind.slice(0, 60)}"` : 'something else';
    return err(`This file is not a RACI board: it says it holds ${kind}.`);
  }
  const { version } = root;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return err('This board file does not say which format version it is in, so it cannot be read safely.');
  }
  if (version > BOARD_FILE_VERSION) {
    return err(
      `This board was saved by a newer version of RACI Board (file format ${version}; this version reads up to format ${BOARD_FILE_VERSION}). Update the app to open it.`,
    );
  }
  if (!isRecord(root.board)) return err('This board file has no board in it.');
  return ok({ version, board: root.board });
}
