import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../../src/shared/ipc/contract';
import { compareNewestFirst, latestBackups } from '../../../../src/shared/ipc/latestBackups';

function entry(boardId: string, savedAt: number, id = `${boardId}_00000000_${savedAt}`): BackupEntry {
  return { id, boardId, boardName: boardId, savedAt, updatedAt: savedAt, bytes: 10 };
}

describe('latestBackups', () => {
  it('picks the most recently saved backup of each board whatever the order given', () => {
    const latest = latestBackups([entry('a', 1), entry('b', 5), entry('a', 3), entry('b', 2)]);
    expect([...latest.entries()].map(([boardId, backup]) => `${boardId}@${backup.savedAt}`).sort()).toEqual(['a@3', 'b@5']);
  });

  it('returns nothing when there are no backups', () => {
    expect(latestBackups([]).size).toBe(0);
  });
});

describe('compareNewestFirst', () => {
  it('sorts by time, newest first, then by id so that equal times keep one order', () => {
    const sorted = [entry('a', 1), entry('b', 3, 'x'), entry('c', 3, 'y'), entry('d', 2)].sort(compareNewestFirst);
    expect(sorted.map((backup) => backup.boardId)).toEqual(['c', 'b', 'd', 'a']);
  });
});
