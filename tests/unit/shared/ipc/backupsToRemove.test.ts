import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, backupsToRemove, type BackupLimits } from '../../../../src/shared/ipc/backupsToRemove';
import type { BackupEntry } from '../../../../src/shared/ipc/contract';

function entry(boardId: string, savedAt: number, bytes = 10): BackupEntry {
  return { id: `${boardId}-${savedAt}`, boardId, boardName: boardId, savedAt, updatedAt: savedAt, bytes };
}

const ids = (entries: readonly BackupEntry[]) => entries.map((backup) => backup.id);
const roomy: BackupLimits = { perBoard: 100, total: 1000, totalBytes: 1e12 };

describe('backupsToRemove', () => {
  it('removes nothing when every limit is kept', () => {
    expect(backupsToRemove([entry('a', 1), entry('a', 2), entry('b', 1)], roomy)).toEqual([]);
  });

  it('removes the oldest backups of a board beyond the per-board limit, oldest first', () => {
    const entries = [entry('a', 3), entry('a', 1), entry('a', 5), entry('a', 2), entry('a', 4), entry('b', 1)];
    expect(ids(backupsToRemove(entries, { ...roomy, perBoard: 3 }))).toEqual(['a-1', 'a-2']);
  });

  it('removes the oldest across boards, keeping each board its newest, when the total count is passed', () => {
    const entries = [entry('quiet', 1), entry('busy', 2), entry('busy', 3), entry('busy', 4), entry('busy', 5)];
    expect(ids(backupsToRemove(entries, { ...roomy, total: 3 }))).toEqual(['busy-2', 'busy-3']);
  });

  it("gives up a board's newest backup only after every older one, when there are more boards than room", () => {
    const entries = [entry('a', 1), entry('b', 2), entry('c', 3), entry('c', 4)];
    // c-3 goes before a-1 although it is newer: it is not c's newest. The list comes oldest first.
    const removed = ids(backupsToRemove(entries, { ...roomy, total: 2 }));
    expect(removed).toEqual(['a-1', 'c-3']);
    expect(ids(backupsToRemove(entries, { ...roomy, total: 3 }))).toEqual(['c-3']);
  });

  it('removes the oldest until the total size fits when the size limit is passed', () => {
    const entries = [entry('a', 1, 100), entry('a', 2, 100), entry('a', 3, 100)];
    expect(ids(backupsToRemove(entries, { ...roomy, totalBytes: 250 }))).toEqual(['a-1']);
  });

  it('never changes the list it is given', () => {
    const entries = Object.freeze([entry('a', 2), entry('a', 1)].map((backup) => Object.freeze(backup)));
    backupsToRemove(entries, { ...roomy, perBoard: 1 });
    expect(ids(entries)).toEqual(['a-2', 'a-1']);
  });

  it('keeps ten per board and at most two hundred by default', () => {
    expect(BACKUP_LIMITS.perBoard).toBe(10);
    expect(BACKUP_LIMITS.total).toBe(200);
  });

  it('always leaves a list within the limits that keeps the newest backup overall', () => {
    const backups = fc.uniqueArray(fc.record({ board: fc.constantFrom('a', 'b', 'c', 'd'), savedAt: fc.integer({ min: 0, max: 10_000 }), bytes: fc.integer({ min: 1, max: 50 }) }), {
      selector: (backup) => backup.savedAt,
      minLength: 1,
      maxLength: 60,
    });
    const limits = fc.record({ perBoard: fc.integer({ min: 1, max: 10 }), total: fc.integer({ min: 1, max: 30 }), totalBytes: fc.integer({ min: 50, max: 1000 }) });
    fc.assert(
      fc.property(backups, limits, (generated, limit) => {
        const entries = generated.map((backup) => entry(backup.board, backup.savedAt, backup.bytes));
        const removed = new Set(ids(backupsToRemove(entries, limit)));
        const kept = entries.filter((backup) => !removed.has(backup.id));
        const newest = entries.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
        expect(kept).toContain(newest);
        expect(kept.length).toBeLessThanOrEqual(limit.total);
        expect(kept.reduce((sum, backup) => sum + backup.bytes, 0)).toBeLessThanOrEqual(limit.totalBytes);
        for (const board of ['a', 'b', 'c', 'd']) expect(kept.filter((backup) => backup.boardId === board).length).toBeLessThanOrEqual(limit.perBoard);
        // Whatever is kept of a board is its newest backups, never a hole in the middle.
        for (const backup of kept) {
          const newerRemoved = entries.some((other) => other.boardId === backup.boardId && other.savedAt > backup.savedAt && removed.has(other.id));
          expect(newerRemoved).toBe(false);
        }
      }),
    );
  });
});
