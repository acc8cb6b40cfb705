import type { BackupEntry } from '../../../shared/ipc/contract';
import { compareNewestFirst } from '../../../shared/ipc/latestBackups';

/** The backups of one board, as the Restore from backup screen shows them. */
export interface BackupGroup {
  readonly boardId: string;
  /** The board's name in its newest backup. */
  readonly boardName: string;
  /** False when the board is no longer in the app (deleted): its backups are all that is left. */
  readonly boardExists: boolean;
  /** Newest first. */
  readonly backups: readonly BackupEntry[];
}

/** Groups backups by board; the board backed up most recently comes first. */
export function groupBackups(entries: readonly BackupEntry[], existingBoardIds: ReadonlySet<string>): BackupGroup[] {
  const byBoard = new Map<string, BackupEntry[]>();
  for (const entry of [...entries].sort(compareNewestFirst)) {
    const backups = byBoard.get(entry.boardId);
    if (backups === undefined) byBoard.set(entry.boardId, [entry]);
    else backups.push(entry);
  }
  // Map keeps insertion order, and entries were inserted newest first.
  return [...byBoard].map(([boardId, backups]) => ({
    boardId,
    boardName: backups[0]?.boardName ?? boardId,
    boardExists: existingBoardIds.has(boardId),
    backups,
  }));
}
