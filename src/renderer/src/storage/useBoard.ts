import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Board, BoardId } from '../../../shared/domain/board';
import { getAppDatabase } from './appDatabase';
import { readWatchedBoard } from './boardPrefetch';

/**
 * One board, re-read whenever any window commits a change to it: undefined while loading, null
 * when no such board is stored.
 *
 * Only the board's own row is watched: every commit writes it (its `updatedAt` moves), and watching
 * a thousand task rows and ten thousand cells would make Dexie track each of their keys. The rows
 * are then read outside the watch, and not at all while the stored board is `known.current` (the
 * board this window already has as stored, its own commits included), so a window's own edit does
 * not reload a 1,000-task board.
 */
export function useBoard(boardId: BoardId, known?: { readonly current: Board | null }): Board | null | undefined {
  const watched = useLiveQuery(async () => ({ boardId, updatedAt: (await getAppDatabase().boards.get(boardId))?.updatedAt ?? null }), [boardId]);
  const [loaded, setLoaded] = useState<{ readonly boardId: BoardId; readonly board: Board | null } | undefined>(undefined);

  useEffect(() => {
    if (watched === undefined) return;
    let current = true;
    void readWatchedBoard(getAppDatabase(), watched.boardId, watched.updatedAt, known?.current ?? null).then((board) => {
      // A newer change (or another board) started its own read meanwhile.
      if (current) setLoaded({ boardId: watched.boardId, board });
    });
    return () => {
      current = false;
    };
  }, [watched, known]);

  // Right after boardId changes the hook can still hold the previous board's result for a render.
  return loaded !== undefined && loaded.boardId === boardId ? loaded.board : undefined;
}
