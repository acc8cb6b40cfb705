import { useLiveQuery } from 'dexie-react-hooks';
import type { Board, BoardId } from '../../../shared/domain/board';
import { getAppDatabase } from './appDatabase';
import { loadBoard } from './boardRepository';

/**
 * One board, re-read whenever any window commits a change to it: undefined while loading, null
 * when no such board is stored.
 */
export function useBoard(boardId: BoardId): Board | null | undefined {
  const loaded = useLiveQuery(async () => ({ boardId, board: (await loadBoard(getAppDatabase(), boardId)) ?? null }), [boardId]);
  // Right after boardId changes the hook can still hold the previous board's result for a render.
  return loaded !== undefined && loaded.boardId === boardId ? loaded.board : undefined;
}
