import { describe, expect, it, vi } from 'vitest';
import { BACKUP_INTERVAL_MS, startBackupScheduler, type BackupRun, type BackupSources, type BackupTriggers } from '../../../../src/renderer/src/backups/backupScheduler';
import type { Board, BoardSummary } from '../../../../src/shared/domain/board';
import { createBoardFromCatalogue } from '../../../../src/shared/domain/createBoard';
import { err, ok, type Result } from '../../../../src/shared/domain/result';
import { restoreBoard } from '../../../../src/shared/codecs/restoreBoard';
import type { BackupEntry, WriteBackupRequest } from '../../../../src/shared/ipc/contract';

const NOW = Date.UTC(2026, 0, 5, 10, 30);

function makeBoard(id: string, name: string, updatedAt: number): Board {
  let next = 0;
  const made = createBoardFromCatalogue({ id, name, now: updatedAt, newId: () => `${id}-item-${(next += 1)}` });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function entryFor(request: WriteBackupRequest, savedAt = NOW): BackupEntry {
  return { id: `${request.boardId}_00000000_x`, boardId: request.boardId, boardName: request.boardName, savedAt, updatedAt: request.updatedAt, bytes: request.json.length };
}

/** Boards in a map, backups recorded as they are written. */
function fakeSources(boards: Board[], stored: BackupEntry[] = []) {
  const byId = new Map(boards.map((board) => [board.id, board]));
  const written: WriteBackupRequest[] = [];
  const sources = {
    listBoards: vi.fn(async (): Promise<BoardSummary[]> =>
      [...byId.values()].map((board) => ({ id: board.id, name: board.name, createdAt: board.createdAt, updatedAt: board.updatedAt, taskCount: board.tasks.length })),
    ),
    loadBoard: vi.fn(async (id: string) => byId.get(id)),
    listBackups: vi.fn(async (): Promise<Result<readonly BackupEntry[], string>> => ok(stored)),
    writeBackup: vi.fn(async (request: WriteBackupRequest): Promise<Result<BackupEntry, string>> => {
      written.push(request);
      return ok(entryFor(request));
    }),
    now: () => NOW,
  } satisfies BackupSources;
  const edit = (id: string, updatedAt: number) => {
    const board = byId.get(id);
    if (board === undefined) throw new Error(`no board ${id}`);
    byId.set(id, { ...board, updatedAt });
  };
  const remove = (id: string) => byId.delete(id);
  return { sources, written, edit, remove };
}

/** Triggers the test fires by hand, but for the first run, which starts at once unless `holdStart`. */
function fakeTriggers({ holdStart = false } = {}) {
  const fired = { start: [] as (() => void)[], interval: [] as (() => void)[], hidden: [] as (() => void)[], quit: [] as (() => Promise<unknown>)[] };
  const stops = { start: vi.fn(), interval: vi.fn(), hidden: vi.fn(), quit: vi.fn() };
  const every = vi.fn((_ms: number, run: () => void) => {
    fired.interval.push(run);
    return stops.interval;
  });
  const triggers = {
    atStart: (run: () => void) => {
      fired.start.push(run);
      if (!holdStart) run();
      return stops.start;
    },
    every,
    onPageHidden: (run: () => void) => {
      fired.hidden.push(run);
      return stops.hidden;
    },
    onBeforeQuit: (task: () => Promise<unknown>) => {
      fired.quit.push(task);
      return stops.quit;
    },
  } satisfies BackupTriggers;
  return { triggers, fired, stops, every };
}

/** Starts a scheduler and waits for its first run (the one at start). */
async function started(sources: BackupSources, triggers: BackupTriggers) {
  const runs: BackupRun[] = [];
  const scheduler = startBackupScheduler(sources, triggers, { onRun: (run) => runs.push(run) });
  await vi.waitFor(() => expect(runs.length).toBeGreaterThan(0));
  return { scheduler, runs };
}

describe('startBackupScheduler', () => {
  it('backs up every board as the board file an export makes when it starts and nothing was backed up yet', async () => {
    const launch = makeBoard('b1', 'Launch plan', NOW - 1000);
    const hiring = makeBoard('b2', 'Hiring', NOW - 2000);
    const { sources, written } = fakeSources([launch, hiring]);
    await started(sources, fakeTriggers().triggers);

    expect(written.map((request) => [request.boardId, request.boardName, request.updatedAt])).toEqual([
      ['b1', 'Launch plan', NOW - 1000],
      ['b2', 'Hiring', NOW - 2000],
    ]);
    const restored = restoreBoard(written[0]?.json ?? '', { newId: () => 'x', now: NOW });
    expect(restored.ok && restored.value.board).toEqual(launch);
  });

  it('skips a board whose newest stored backup is of the same version when it starts', async () => {
    const launch = makeBoard('b1', 'Launch plan', 500);
    const hiring = makeBoard('b2', 'Hiring', 700);
    const stored: BackupEntry[] = [
      { id: 'a_00000000_1', boardId: 'b1', boardName: 'Launch plan', savedAt: 10, updatedAt: 400, bytes: 1 },
      { id: 'a_00000000_2', boardId: 'b1', boardName: 'Launch plan', savedAt: 20, updatedAt: 500, bytes: 1 },
      { id: 'b_00000000_1', boardId: 'b2', boardName: 'Hiring', savedAt: 30, updatedAt: 600, bytes: 1 },
    ];
    const { sources, written } = fakeSources([launch, hiring], stored);
    await started(sources, fakeTriggers().triggers);
    expect(written.map((request) => request.boardId)).toEqual(['b2']);
    expect(sources.loadBoard).not.toHaveBeenCalledWith('b1');
  });

  it('backs up only the boards changed since the last run when the interval passes', async () => {
    const { sources, written, edit } = fakeSources([makeBoard('b1', 'Launch plan', 1), makeBoard('b2', 'Hiring', 2)]);
    const { triggers, fired, every } = fakeTriggers();
    const { runs } = await started(sources, triggers);
    expect(every).toHaveBeenCalledWith(BACKUP_INTERVAL_MS, expect.any(Function));
    expect(BACKUP_INTERVAL_MS).toBe(5 * 60_000);

    edit('b2', 99);
    fired.interval[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    expect(written.map((request) => `${request.boardId}@${request.updatedAt}`)).toEqual(['b1@1', 'b2@2', 'b2@99']);

    fired.interval[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(3));
    expect(written).toHaveLength(3);
  });

  it('backs up a changed board when the page is hidden', async () => {
    const { sources, written, edit } = fakeSources([makeBoard('b1', 'Launch plan', 1)]);
    const { triggers, fired } = fakeTriggers();
    const { runs } = await started(sources, triggers);
    edit('b1', 2);
    fired.hidden[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    expect(written.map((request) => request.updatedAt)).toEqual([1, 2]);
  });

  it('finishes writing the changed boards before the quit task ends', async () => {
    const { sources, written, edit } = fakeSources([makeBoard('b1', 'Launch plan', 1)]);
    const { triggers, fired } = fakeTriggers();
    await started(sources, triggers);
    edit('b1', 2);
    await fired.quit[0]?.();
    expect(written.map((request) => request.updatedAt)).toEqual([1, 2]);
  });

  it('never runs twice at once: triggers during a run ask for one more run after it', async () => {
    const { sources, written, edit } = fakeSources([makeBoard('b1', 'Launch plan', 1)]);
    let release = () => {};
    sources.writeBackup.mockImplementationOnce(
      (request) =>
        new Promise((resolve) => {
          release = () => {
            written.push(request);
            resolve(ok(entryFor(request)));
          };
        }),
    );
    const { triggers, fired } = fakeTriggers();
    const runs: BackupRun[] = [];
    startBackupScheduler(sources, triggers, { onRun: (run) => runs.push(run) });
    await vi.waitFor(() => expect(sources.writeBackup).toHaveBeenCalledOnce());

    edit('b1', 2);
    fired.interval[0]?.();
    fired.hidden[0]?.();
    const quit = fired.quit[0]?.();
    expect(sources.listBoards).toHaveBeenCalledOnce();

    release();
    await quit;
    expect(runs).toHaveLength(2);
    expect(sources.listBoards).toHaveBeenCalledTimes(2);
    expect(written.map((request) => request.updatedAt)).toEqual([1, 2]);
  });

  it('goes on with the other boards when one cannot be backed up, reports why, and tries it again next run', async () => {
    const { sources, written } = fakeSources([makeBoard('b1', 'Launch plan', 1), makeBoard('b2', 'Hiring', 2)]);
    sources.writeBackup.mockImplementationOnce(async () => err('The backup of “Launch plan” could not be saved: the disk is full.'));
    const { triggers, fired } = fakeTriggers();
    const { runs } = await started(sources, triggers);
    expect(runs[0]?.problems).toEqual(['The backup of “Launch plan” could not be saved: the disk is full.']);
    expect(written.map((request) => request.boardId)).toEqual(['b2']);

    fired.interval[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    expect(written.map((request) => request.boardId)).toEqual(['b2', 'b1']);
    expect(runs[1]?.problems).toEqual([]);
  });

  it('reports a board that cannot be read and goes on with the others', async () => {
    const { sources, written } = fakeSources([makeBoard('b1', 'Launch plan', 1), makeBoard('b2', 'Hiring', 2)]);
    sources.loadBoard.mockImplementationOnce(async () => {
      throw new Error('IndexedDB is closed');
    });
    const { runs } = await started(sources, fakeTriggers().triggers);
    expect(runs[0]?.problems).toEqual(['“Launch plan” could not be backed up: IndexedDB is closed']);
    expect(written.map((request) => request.boardId)).toEqual(['b2']);
  });

  it('skips a board deleted after the list was read', async () => {
    const { sources, written, remove } = fakeSources([makeBoard('b1', 'Launch plan', 1), makeBoard('b2', 'Hiring', 2)]);
    sources.listBoards.mockImplementationOnce(async () => {
      const summaries = [
        { id: 'b1', name: 'Launch plan', createdAt: 1, updatedAt: 1, taskCount: 1 },
        { id: 'b2', name: 'Hiring', createdAt: 2, updatedAt: 2, taskCount: 1 },
      ];
      remove('b1');
      return summaries;
    });
    const { runs } = await started(sources, fakeTriggers().triggers);
    expect(written.map((request) => request.boardId)).toEqual(['b2']);
    expect(runs[0]?.problems).toEqual([]);
  });

  it('backs up every board once, and says why, when the stored backups cannot be listed', async () => {
    const { sources, written } = fakeSources([makeBoard('b1', 'Launch plan', 1)]);
    sources.listBackups.mockResolvedValueOnce(err('The backups could not be listed: the disk reported a read or write error.'));
    const { runs } = await started(sources, fakeTriggers().triggers);
    expect(written).toHaveLength(1);
    expect(runs[0]?.problems).toEqual(['The backups could not be listed: the disk reported a read or write error.']);
  });

  it('reports, instead of throwing, when the boards cannot be listed', async () => {
    const { sources } = fakeSources([]);
    sources.listBoards.mockRejectedValueOnce(new Error('database closed'));
    const { runs } = await started(sources, fakeTriggers().triggers);
    expect(runs[0]).toEqual({ saved: [], problems: ['The boards could not be read for a backup: database closed'] });
  });

  it('stops listening to every trigger when stopped', async () => {
    const { sources } = fakeSources([]);
    const { triggers, stops } = fakeTriggers();
    const { scheduler } = await started(sources, triggers);
    scheduler.stop();
    expect(stops.interval).toHaveBeenCalledOnce();
    expect(stops.hidden).toHaveBeenCalledOnce();
    expect(stops.quit).toHaveBeenCalledOnce();
    expect(stops.start).toHaveBeenCalledOnce();
    scheduler.stop();
    expect(stops.interval).toHaveBeenCalledOnce();
  });

  it('makes its first run only when the start trigger fires', async () => {
    const { sources, written } = fakeSources([makeBoard('b1', 'Launch plan', 1)]);
    const { triggers, fired } = fakeTriggers({ holdStart: true });
    const runs: BackupRun[] = [];
    startBackupScheduler(sources, triggers, { onRun: (run) => runs.push(run) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sources.listBoards).not.toHaveBeenCalled();
    expect(written).toHaveLength(0);

    fired.start[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(written.map((request) => request.boardId)).toEqual(['b1']);
  });

  it('backs up at once when the page is hidden before the first run was due', async () => {
    const { sources, written } = fakeSources([makeBoard('b1', 'Launch plan', 1)]);
    const { triggers, fired } = fakeTriggers({ holdStart: true });
    const runs: BackupRun[] = [];
    startBackupScheduler(sources, triggers, { onRun: (run) => runs.push(run) });
    fired.hidden[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(written.map((request) => request.boardId)).toEqual(['b1']);
    // The first run, when it comes, finds nothing changed.
    fired.start[0]?.();
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    expect(written).toHaveLength(1);
  });
});
