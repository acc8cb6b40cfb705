import type { Board } from '../../../shared/domain/board';
import { err, ok, type Result } from '../../../shared/domain/result';
import { restoreBoard } from '../../../shared/codecs/restoreBoard';
import { MAX_BACKUP_BYTES } from '../../../shared/ipc/bridgeLimits';
import type { BackupEntry } from '../../../shared/ipc/contract';
import { restoredBoardName } from './restoredBoardName';

export interface RestoreBackupDeps {
  readonly readBackup: (id: string) => Promise<Result<string, string>>;
  /** Stores a new board; resolves to a sentence when it could not be saved. */
  readonly createBoard: (board: Board) => Promise<Result<void, string>>;
  readonly newId: () => string;
  readonly now: number;
}

/**
 * Makes a new board from a backup, next to whatever the app holds: every id is fresh, so the board
 * the backup was taken from (if it still exists) is never touched, and the copy is named after the
 * backup's date. Resolves to the new board, or to a sentence saying why nothing was restored.
 */
export async function restoreBackup(entry: BackupEntry, deps: RestoreBackupDeps): Promise<Result<Board, string>> {
  const text = await deps.readBackup(entry.id);
  if (!text.ok) return err(`${text.error} Nothing was restored.`);
  const restored = restoreBoard(text.value, { newId: deps.newId, now: deps.now, maxBytes: MAX_BACKUP_BYTES, freshIds: true });
  if (!restored.ok) {
    return err(`This backup is damaged and cannot be restored. ${restored.error} Nothing was restored; try an earlier backup of the same board.`);
  }
  const board: Board = { ...restored.value.board, name: restoredBoardName(restored.value.board.name, entry.savedAt), createdAt: deps.now, updatedAt: deps.now };
  const saved = await deps.createBoard(board);
  if (!saved.ok) return err(`${saved.error} Nothing was restored.`);
  return ok(board);
}
