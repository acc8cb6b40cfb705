import { describe, expect, it, vi } from 'vitest';
import { restoreBackup } from '../../../../src/renderer/src/backups/restoreBackup';
import type { Board } from '../../../../src/shared/domain/board';
import { createBoardFromCatalogue } from '../../../../src/shared/domain/createBoard';
import { err, ok, type Result } from '../../../../src/shared/domain/result';
import { serializeBoard } from '../../../../src/shared/codecs/serializeBoard';
import type { BackupEntry } from '../../../../src/shared/ipc/contract';

const SAVED = new Date(2026, 0, 5, 9, 7).getTime();
const NOW = SAVED + 86_400_000;

function original(): Board {
  let next = 0;
  const made = createBoardFromCatalogue({ id: 'b1', name: 'Launch plan', now: SAVED - 1000, newId: () => `old-${(next += 1)}` });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

const entry: BackupEntry = { id: 'Launch-plan_1a2b3c4d_2026-01-05T08-07-00-000Z', boardId: 'b1', boardName: 'Launch plan', savedAt: SAVED, updatedAt: SAVED - 1000, bytes: 100 };

function deps(text: Result<string, string>) {
  let next = 0;
  const created: Board[] = [];
  return {
    created,
    deps: {
      readBackup: vi.fn(async (_id: string) => text),
      createBoard: vi.fn(async (board: Board): Promise<Result<void, string>> => {
        created.push(board);
        return ok(undefined);
      }),
      newId: () => `new-${(next += 1)}`,
      now: NOW,
    },
  };
}

describe('restoreBackup', () => {
  it('makes a new board with the same lanes, tasks and letters, fresh ids and a dated name', async () => {
    const board = original();
    const { deps: restoreDeps, created } = deps(ok(serializeBoard(board)));
    const restored = await restoreBackup(entry, restoreDeps);

    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restoreDeps.readBackup).toHaveBeenCalledExactlyOnceWith(entry.id);
    expect(created).toEqual([restored.value]);
    expect(restored.value.name).toBe('Launch plan (restored 2026-01-05 09:07)');
    expect(restored.value.id).not.toBe(board.id);
    expect(restored.value.tasks.map((task) => task.title)).toEqual(board.tasks.map((task) => task.title));
    expect(restored.value.roles.map((role) => role.name)).toEqual(board.roles.map((role) => role.name));
    expect(restored.value.cells).toHaveLength(board.cells.length);
    const oldIds = new Set([board.id, ...board.tasks.map((task) => task.id), ...board.roles.map((role) => role.id)]);
    expect([restored.value.id, ...restored.value.tasks.map((task) => task.id), ...restored.value.roles.map((role) => role.id)].filter((id) => oldIds.has(id))).toEqual([]);
    expect(restored.value.createdAt).toBe(NOW);
    expect(restored.value.updatedAt).toBe(NOW);
  });

  it('says the backup is damaged, and creates nothing, when its text is not a board file', async () => {
    for (const text of ['{"kind":"raci-board","version":1,"board":', '', 'hello', '{"kind":"spreadsheet"}']) {
      const { deps: restoreDeps, created } = deps(ok(text));
      const restored = await restoreBackup(entry, restoreDeps);
      expect(restored).toEqual({ ok: false, error: expect.stringMatching(/^This backup is damaged and cannot be restored\. .+ Nothing was restored; try an earlier backup of the same board\.$/) });
      expect(created).toEqual([]);
    }
  });

  it('passes on why the backup could not be read, and creates nothing', async () => {
    const { deps: restoreDeps, created } = deps(err('This backup no longer exists: it may have been removed to make room for newer ones.'));
    expect(await restoreBackup(entry, restoreDeps)).toEqual({ ok: false, error: 'This backup no longer exists: it may have been removed to make room for newer ones. Nothing was restored.' });
    expect(created).toEqual([]);
  });

  it('passes on why the new board could not be saved', async () => {
    const { deps: restoreDeps } = deps(ok(serializeBoard(original())));
    restoreDeps.createBoard.mockResolvedValueOnce(err('The board could not be created: the disk is full.'));
    expect(await restoreBackup(entry, restoreDeps)).toEqual({ ok: false, error: 'The board could not be created: the disk is full. Nothing was restored.' });
  });
});
