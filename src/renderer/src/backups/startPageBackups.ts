/**
 * The backup scheduler wired to this page: the app's database, the platform's backup store, the
 * page's timers and visibility, and the desktop app's quit. Loaded by useBackupScheduler after the
 * first paint, so neither it nor the board-file code it needs delays the start.
 */
import { whenFirstScreenShown } from '../app/firstScreenShown';
import { getAppDatabase } from '../storage/appDatabase';
import { listBoardSummaries, loadBoard } from '../storage/boardRepository';
import { listBackups } from '../platform/listBackups';
import { onBeforeQuit } from '../platform/onBeforeQuit';
import { writeBackup } from '../platform/writeBackup';
import { currentTime } from '../ui/clock';
import { afterFirstScreen } from './afterFirstScreen';
import { startBackupScheduler, type BackupRun, type BackupSources, type BackupTriggers } from './backupScheduler';
import { announceBackupsChanged } from './onBackupsChanged';

const pageSources: BackupSources = {
  listBoards: () => listBoardSummaries(getAppDatabase()),
  loadBoard: (id) => loadBoard(getAppDatabase(), id),
  listBackups: () => listBackups(),
  writeBackup: (request) => writeBackup(request),
  now: currentTime,
};

const pageTriggers: BackupTriggers = {
  atStart: (run) =>
    afterFirstScreen(whenFirstScreenShown(), run, {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      ...(typeof window.requestIdleCallback === 'function'
        ? { requestIdleCallback: (callback, options) => window.requestIdleCallback(callback, options), cancelIdleCallback: (id) => window.cancelIdleCallback(id) }
        : {}),
    }),
  every: (ms, run) => {
    const timer = window.setInterval(run, ms);
    return () => window.clearInterval(timer);
  },
  onPageHidden: (run) => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') run();
    };
    // 'pagehide' rather than 'beforeunload': it fires in the same cases and, unlike a beforeunload
    // listener, does not keep the page out of the browser's back/forward cache.
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', run);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', run);
    };
  },
  onBeforeQuit: (task) => onBeforeQuit(task),
};

function report(run: BackupRun): void {
  // A failed backup must not interrupt work on a board; the boards themselves are safe in the database.
  for (const problem of run.problems) console.warn(`Backup: ${problem}`);
  if (run.saved.length > 0) announceBackupsChanged();
}

/** Starts backing up this page's boards; returns what stops it. */
export function startPageBackups(): () => void {
  const scheduler = startBackupScheduler(pageSources, pageTriggers, { onRun: report });
  return () => scheduler.stop();
}
