import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardId } from '../../../shared/domain/board';
import { getAppDatabase } from './appDatabase';
import { historyState, type HistoryState } from './historyRepository';

const NOTHING_TO_UNDO: HistoryState = { undoLabel: null, redoLabel: null };

/**
 * The labels for a board's Undo and Redo buttons, kept live across windows (an edit or undo in
 * any window updates them). Both null while loading, so the buttons start disabled.
 */
export function useHistoryState(boardId: BoardId): HistoryState {
  const loaded = useLiveQuery(async () => ({ boardId, state: await historyState(getAppDatabase(), boardId) }), [boardId]);
  // Right after boardId changes the hook can still hold the previous board's result for a render.
  return loaded !== undefined && loaded.boardId === boardId ? loaded.state : NOTHING_TO_UNDO;
}
