import { describe, expect, it } from 'vitest';
import { groupBackups } from '../../../../src/renderer/src/backups/groupBackups';
import type { BackupEntry } from '../../../../src/shared/ipc/contract';

function entry(boardId: string, boardName: string, savedAt: number): BackupEntry {
  return { id: `${boardId}_00000000_${savedAt}`, boardId, boardName, savedAt, updatedAt: savedAt, bytes: 100 };
}

describe('groupBackups', () => {
  it('groups backups by board, newest first inside a group and between groups', () => {
    const groups = groupBackups([entry('a', 'Alpha', 1), entry('b', 'Beta', 5), entry('a', 'Alpha', 3), entry('b', 'Beta', 2)], new Set(['a', 'b']));
    expect(groups.map((group) => [group.boardId, group.backups.map((backup) => backup.savedAt)])).toEqual([
      ['b', [5, 2]],
      ['a', [3, 1]],
    ]);
  });

  it("names a group after the board's name in its newest backup when the board was renamed", () => {
    const [group] = groupBackups([entry('a', 'Old name', 1), entry('a', 'New name', 2)], new Set(['a']));
    expect(group?.boardName).toBe('New name');
  });

  it('marks the boards that are no longer in the app', () => {
    const groups = groupBackups([entry('gone', 'Deleted board', 1), entry('here', 'Kept board', 2)], new Set(['here']));
    expect(groups.map((group) => [group.boardId, group.boardExists])).toEqual([
      ['here', true],
      ['gone', false],
    ]);
  });

  it('returns no group when there are no backups', () => {
    expect(groupBackups([], new Set(['a']))).toEqual([]);
  });
});
