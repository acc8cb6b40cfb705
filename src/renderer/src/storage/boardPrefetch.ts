/**
 * A board's rows read ahead: when the page starts on a board, its rows are read as soon as the
 * database is open, while the board screen's code still loads, instead of after the screen mounts.
 * The screen takes the read once; useBoard checks it against the stored board row before using it.
 */
import type { Board, BoardId } from '../../../shared/domain/board';
import { loadBoard, refreshBoard } from './boardRepository';
import type { RaciDatabase } from './raciDatabase';

const reads = new Map<BoardId, Promise<Board | null>>();

/** Starts reading the board `id`; a second call for the same board before it is taken does nothing. */
export function prefetchBoard(db: RaciDatabase, id: BoardId): void {
  if (reads.has(id)) return;
  const read = loadBoard(db, id).then((board) => board ?? null);
  // Whoever takes the read handles its failure; until then it must not count as unhandled.
  read.catch(() => undefined);
  reads.set(id, read);
}

/**
 * The board as stored, once a watch of its row has seen `updatedAt` there: the read prefetched for
 * it (taken, so used once) when that read saw the same version of the board, else a fresh read
 * through refreshBoard, which skips the rows when they are `known`'s. null when no such board is stored.
 */
export async function readWatchedBoard(db: RaciDatabase, id: BoardId, updatedAt: number | null, known: Board | null): Promise<Board | null> {
  const read = reads.get(id);
  reads.delete(id);
  const prefetched = read === undefined ? null : await read.catch(() => null);
  if (prefetched !== null && prefetched.updatedAt === updatedAt) {
    return prefetched;
  }
  return refreshBoard(db, id, known);
}

/**
 * The board as stored now, for a view that does not watch the board row: the read ahead when the
 * stored row still shows the version it read, else a fresh read. null when no such board is stored.
 */
export async function readCurrentBoard(db: RaciDatabase, id: BoardId): Promise<Board | null> {
  const row = await db.boards.get(id);
  return readWatchedBoard(db, id, row?.updatedAt ?? null, null);
}
