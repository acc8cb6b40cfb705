import type { BackupEntry } from './contract';

/** The newest backup of each board, by board id (the later `savedAt` wins; on a tie, the later id). */
export function latestBackups(entries: readonly BackupEntry[]): Map<string, BackupEntry> {
  const latest = new Map<string, BackupEntry>();
  for (const entry of entries) {
    const current = latest.get(entry.boardId);
    if (current === undefined || isNewer(entry, current)) latest.set(entry.boardId, entry);
  }
  return latest;
}

/** Newest first: by `savedAt`, then by id so the order is the same on every run. */
export function compareNewestFirst(a: BackupEntry, b: BackupEntry): number {
  if (a.savedAt !== b.savedAt) return b.savedAt - a.savedAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function isNewer(entry: BackupEntry, than: BackupEntry): boolean {
  return compareNewestFirst(entry, than) < 0;
}
