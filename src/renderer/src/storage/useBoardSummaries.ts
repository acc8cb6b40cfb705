import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardSummary } from '../../../shared/domain/board';
import { getAppDatabase } from './appDatabase';
import { listBoardSummaries } from './boardRepository';

/** The stored boards, newest edit first, kept live across windows; undefined while loading. */
export function useBoardSummaries(): BoardSummary[] | undefined {
  return useLiveQuery(() => listBoardSummaries(getAppDatabase()), []);
}
