import { useEffect, useState } from 'react';
import type { Board, BoardId } from '../../../shared/domain/board';
import { getAppDatabase } from '../storage/appDatabase';
import { loadBoard } from '../storage/boardRepository';
import { readCurrentBoard } from '../storage/boardPrefetch';
import { onDatabaseWrite } from '../storage/onDatabaseWrite';

type Loaded = { readonly boardId: BoardId; readonly board: Board | null } | { readonly boardId: BoardId; readonly error: unknown };

/**
 * The board the print view shows: undefined while loading, null when no such board is stored. Read
 * with a plain query and read again after any write to the database, in this window or another,
 * so the preview stays in step like every other view. Not useBoard: a PDF export waits for this
 * read, and useBoard first waits for its live query's watch of the board row before it reads the
 * rows; a print view has no edits of its own to skip re-reading for, and writes during a print are
 * rare.
 */
export function usePrintedBoard(boardId: BoardId): Board | null | undefined {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    const db = getAppDatabase();
    let current = true;
    let latest = 0;
    // Reads may finish out of order; only the one started last (which saw the latest writes) counts.
    const read = () => {
      const started = ++latest;
      // The first read may take the rows read as the page opened (startFirstScreen), if the board
      // row still shows the version they were read at; every later read is after a write.
      const rows = started === 1 ? readCurrentBoard(db, boardId) : loadBoard(db, boardId);
      rows.then(
        (board) => {
          if (current && started === latest) setLoaded({ boardId, board: board ?? null });
        },
        (error: unknown) => {
          if (current && started === latest) setLoaded({ boardId, error });
        },
      );
    };
    const stop = onDatabaseWrite(db, read);
    read();
    return () => {
      current = false;
      stop();
    };
  }, [boardId]);
  // Right after boardId changes the state can still hold the previous board's result for a render.
  if (loaded === undefined || loaded.boardId !== boardId) return undefined;
  // A failed read is a bug (the database is open before any view reads it): let it reach the error
  // boundary, as a failed live query does.
  if ('error' in loaded) throw loaded.error;
  return loaded.board;
}
