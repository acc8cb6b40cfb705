/**
 * Keeps a copy of every changed board outside the boards' database. A run lists the boards and
 * writes a snapshot (the same .raci.json file an export makes) of each one whose updatedAt differs
 * from its newest backup; an unchanged board costs nothing. Runs start soon after the scheduler
 * starts (so a session's edits are saved soon after the next launch even if the last quit was
 * abrupt), every few minutes, when the page is hidden (another tab, minimised, closing), and when
 * the desktop app is about to quit. Runs never overlap: a trigger during a run asks for one more
 * run after it.
 *
 * Plain functions over injected sources and triggers, so tests drive every trigger by hand;
 * useBackupScheduler.ts connects them to the page.
 */
import type { Board, BoardSummary } from '../../../shared/domain/board';
import type { Result } from '../../../shared/domain/result';
import { serializeBoard } from '../../../shared/codecs/serializeBoard';
import type { BackupEntry, WriteBackupRequest } from '../../../shared/ipc/contract';
import { latestBackups } from '../../../shared/ipc/latestBackups';

export const BACKUP_INTERVAL_MS = 5 * 60_000;

/** Where boards come from and where backups go. */
export interface BackupSources {
  readonly listBoards: () => Promise<readonly BoardSummary[]>;
  readonly loadBoard: (id: string) => Promise<Board | undefined>;
  readonly listBackups: () => Promise<Result<readonly BackupEntry[], string>>;
  readonly writeBackup: (request: WriteBackupRequest) => Promise<Result<BackupEntry, string>>;
  readonly now: () => number;
}

/** What starts a run; each returns the function that stops listening. */
export interface BackupTriggers {
  /**
   * The first run, soon after the scheduler starts: on a page, once the first screen has settled,
   * since the run reads and serialises every changed board and would compete with it.
   */
  readonly atStart: (run: () => void) => () => void;
  readonly every: (ms: number, run: () => void) => () => void;
  readonly onPageHidden: (run: () => void) => () => void;
  /** The desktop app's notice before it quits; the task's end is what main waits for. */
  readonly onBeforeQuit: (task: () => Promise<unknown>) => () => void;
}

export interface BackupRun {
  /** The backups this run made (or found already up to date). */
  readonly saved: readonly BackupEntry[];
  /** What went wrong, in words, one sentence per board or step. */
  readonly problems: readonly string[];
}

export interface BackupScheduler {
  /** Backs up every changed board now (after the run in progress, if any). */
  backUpNow(): Promise<BackupRun>;
  /** Stops every trigger; a run in progress still finishes. */
  stop(): void;
}

export interface BackupSchedulerOptions {
  readonly intervalMs?: number;
  /** Told about every finished run. */
  readonly onRun?: (run: BackupRun) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startBackupScheduler(sources: BackupSources, triggers: BackupTriggers, { intervalMs = BACKUP_INTERVAL_MS, onRun }: BackupSchedulerOptions = {}): BackupScheduler {
  /** Each board's updatedAt at its newest backup; read from the stored backups before the first run. */
  let backedUp: Map<string, number> | undefined;

  const runOnce = async (): Promise<BackupRun> => {
    const saved: BackupEntry[] = [];
    const problems: string[] = [];
    if (backedUp === undefined) {
      backedUp = new Map();
      const listed = await sources.listBackups().catch((error: unknown) => ({ ok: false, error: messageOf(error) }) as const);
      // Without the list every board is written once; the store skips those already up to date.
      if (listed.ok) for (const [boardId, entry] of latestBackups(listed.value)) backedUp.set(boardId, entry.updatedAt);
      else problems.push(listed.error);
    }
    const known = backedUp;

    let boards: readonly BoardSummary[];
    try {
      boards = await sources.listBoards();
    } catch (error) {
      return { saved, problems: [...problems, `The boards could not be read for a backup: ${messageOf(error)}`] };
    }
    // One board at a time: only one snapshot is held in memory at once.
    for (const summary of boards) {
      if (known.get(summary.id) === summary.updatedAt) continue;
      try {
        const board = await sources.loadBoard(summary.id);
        // Deleted since the list was read.
        if (board === undefined) continue;
        const json = serializeBoard(board, { exportedAt: sources.now() });
        const written = await sources.writeBackup({ boardId: board.id, boardName: board.name, updatedAt: board.updatedAt, json });
        if (written.ok) {
          known.set(board.id, board.updatedAt);
          saved.push(written.value);
        } else {
          problems.push(written.error);
        }
      } catch (error) {
        problems.push(`“${summary.name}” could not be backed up: ${messageOf(error)}`);
      }
    }
    return { saved, problems };
  };

  let current: Promise<BackupRun> | undefined;
  let next: Promise<BackupRun> | undefined;

  const begin = (): Promise<BackupRun> => {
    const run = runOnce().then((result) => {
      onRun?.(result);
      return result;
    });
    current = run;
    const clear = () => {
      if (current === run) current = undefined;
    };
    void run.then(clear, clear);
    return run;
  };

  const backUpNow = (): Promise<BackupRun> => {
    // A run already waiting will see every change made before it starts: share it.
    if (next !== undefined) return next;
    if (current === undefined) return begin();
    const queued = current.then(() => {
      next = undefined;
      return begin();
    });
    next = queued;
    return queued;
  };

  const quietly = () => {
    void backUpNow();
  };
  const stops = [triggers.every(intervalMs, quietly), triggers.onPageHidden(quietly), triggers.onBeforeQuit(backUpNow), triggers.atStart(quietly)];

  return {
    backUpNow,
    stop: () => {
      for (const stopTrigger of stops.splice(0)) stopTrigger();
    },
  };
}
