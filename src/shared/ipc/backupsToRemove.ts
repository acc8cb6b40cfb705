/**
 * The rotation rule for backups, shared by the desktop app's backups folder and the web edition's
 * browser store so both keep the same ones: at most `perBoard` backups of each board, and across
 * all boards at most `total` backups and `totalBytes` bytes. When the totals are exceeded the
 * oldest go first, but a board's newest backup is given up only after every older backup of every
 * board, so a board that was not edited for months keeps its last good copy as long as possible.
 */
import type { BackupEntry } from './contract';
import { compareNewestFirst, latestBackups } from './latestBackups';

export interface BackupLimits {
  readonly perBoard: number;
  readonly total: number;
  readonly totalBytes: number;
}

export const BACKUP_LIMITS: BackupLimits = {
  perBoard: 10,
  total: 200,
  totalBytes: 200 * 1024 * 1024,
};

/** The backups to delete so that `entries` fit `limits`, oldest first. Never changes `entries`. */
export function backupsToRemove(entries: readonly BackupEntry[], limits: BackupLimits = BACKUP_LIMITS): BackupEntry[] {
  const newestFirst = [...entries].sort(compareNewestFirst);
  const removed = new Set<BackupEntry>();

  const seenPerBoard = new Map<string, number>();
  for (const entry of newestFirst) {
    const seen = (seenPerBoard.get(entry.boardId) ?? 0) + 1;
    seenPerBoard.set(entry.boardId, seen);
    if (seen > limits.perBoard) removed.add(entry);
  }

  const kept = newestFirst.filter((entry) => !removed.has(entry));
  let count = kept.length;
  let bytes = kept.reduce((sum, entry) => sum + entry.bytes, 0);
  const newest = new Set(latestBackups(kept).values());
  // Oldest first, and every board's newest backup after all the others.
  const candidates = [...kept.filter((entry) => !newest.has(entry)).reverse(), ...kept.filter((entry) => newest.has(entry)).reverse()];
  for (const entry of candidates) {
    if (count <= limits.total && bytes <= limits.totalBytes) break;
    removed.add(entry);
    count -= 1;
    bytes -= entry.bytes;
  }

  return newestFirst.filter((entry) => removed.has(entry)).reverse();
}
