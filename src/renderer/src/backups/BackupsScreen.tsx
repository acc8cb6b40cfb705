import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc/contract';
import { BACKUP_LIMITS } from '../../../shared/ipc/backupsToRemove';
import { formatFileSize } from '../../../shared/ipc/fileTooLargeMessage';
import { err, ok } from '../../../shared/domain/result';
import { routeHref } from '../app/route';
import { navigate } from '../app/useRoute';
import { listBackups } from '../platform/listBackups';
import { isDesktop } from '../platform/isDesktop';
import { readBackup } from '../platform/readBackup';
import { getAppDatabase } from '../storage/appDatabase';
import { createBoardRecord } from '../storage/boardRepository';
import { useBoardSummaries } from '../storage/useBoardSummaries';
import { BrandMark } from '../ui/BrandMark';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { currentTime } from '../ui/clock';
import { formatRelativeTime } from '../ui/formatRelativeTime';
import { newId } from '../ui/newId';
import { useNow } from '../ui/useNow';
import { BACKUP_INTERVAL_MS } from './backupScheduler';
import { groupBackups } from './groupBackups';
import { onBackupsChanged } from './onBackupsChanged';
import { restoreBackup } from './restoreBackup';
import { backupTimeLabel, restoredBoardName } from './restoredBoardName';

type Listing = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string } | { readonly state: 'ready'; readonly entries: readonly BackupEntry[] };

/** The backups, re-read whenever the scheduler saves new ones. */
function useBackupListing(): { listing: Listing; reload: () => void } {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const reload = useCallback(() => {
    void listBackups().then(
      (listed) => setListing(listed.ok ? { state: 'ready', entries: listed.value } : { state: 'failed', message: listed.error }),
      (error: unknown) => setListing({ state: 'failed', message: `The backups could not be listed: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }, []);
  useEffect(() => {
    reload();
    return onBackupsChanged(reload);
  }, [reload]);
  return { listing, reload };
}

/**
 * Restore from backup: every backup the app keeps outside its database, grouped by board, newest
 * first. Restoring makes a new board from the backup; the board it was taken from is never changed.
 */
export function BackupsScreen() {
  const { listing, reload } = useBackupListing();
  const boards = useBoardSummaries();
  const now = useNow(30_000);
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const groups = useMemo(
    () => (listing.state === 'ready' ? groupBackups(listing.entries, new Set((boards ?? []).map((board) => board.id))) : []),
    [listing, boards],
  );

  const restore = async (entry: BackupEntry) => {
    // The confirm button stays on screen while the board is written: one restore per click.
    if (busy) return;
    setBusy(true);
    const restored = await restoreBackup(entry, {
      readBackup,
      createBoard: async (board) => {
        const saved = await createBoardRecord(getAppDatabase(), board);
        return saved.ok ? ok(undefined) : err(saved.error.message);
      },
      newId,
      now: currentTime(),
    });
    setBusy(false);
    setChosen(null);
    if (!restored.ok) {
      setMessage(restored.error);
      reload();
      return;
    }
    navigate(routeHref({ name: 'board', boardId: restored.value.id }));
  };

  const desktop = isDesktop();
  const when = desktop ? 'and when the app closes' : 'and when you leave or close this page';
  const where = desktop ? 'to the backups folder in the app’s data folder' : 'to a separate store in this browser';

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={routeHref({ name: 'home' })}>
          <BrandMark /> RACI Board
        </a>
        <span className="topbar-spacer" />
        <a className="btn" style={{ color: 'inherit', textDecoration: 'none' }} href={routeHref({ name: 'home' })}>
          Back to your boards
        </a>
      </header>
      {message && (
        <div className="banner" role="alert">
          <p>{message}</p>
          <button type="button" className="btn" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="main">
        <div className="home">
          <div className="home-header">
            <div>
              <h1>Restore from backup</h1>
              <p>
                Every {BACKUP_INTERVAL_MS / 60_000} minutes, {when}, each board you changed is copied {where}. The last{' '}
                {BACKUP_LIMITS.perBoard} copies of each board are kept. Restoring makes a new board; your boards are not changed.
              </p>
            </div>
          </div>
          {listing.state === 'loading' ? (
            <p className="loading">Loading the backups…</p>
          ) : listing.state === 'failed' ? (
            <div className="banner" role="alert">
              <p>{listing.message}</p>
              <button type="button" className="btn" onClick={reload}>
                Try again
              </button>
            </div>
          ) : groups.length === 0 ? (
            <div className="empty-state">
              <h2>No backups yet</h2>
              <p>The first backup of a board is made a few minutes after you change it, or when you close the app.</p>
            </div>
          ) : (
            <div className="backup-groups" style={{ display: 'grid', gap: 14 }}>
              {groups.map((group) => (
                <section key={group.boardId} className="board-tile" aria-label={group.boardName}>
                  <h2 style={{ margin: 0, fontSize: 16 }}>
                    {group.boardName}
                    {!group.boardExists && <span className="muted small"> · deleted from the app</span>}
                  </h2>
                  <ul aria-label={`Backups of ${group.boardName}`} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
                    {group.backups.map((entry) => {
                      const label = backupTimeLabel(entry.savedAt, { seconds: true });
                      return (
                        <li key={entry.id} className="meta" style={{ alignItems: 'center' }}>
                          <time dateTime={new Date(entry.savedAt).toISOString()} title={new Date(entry.savedAt).toLocaleString()}>
                            {label} ({formatRelativeTime(entry.savedAt, now)})
                          </time>
                          <span>{formatFileSize(entry.bytes)}</span>
                          <button
                            type="button"
                            className="btn btn-ghost"
                            disabled={busy}
                            onClick={() => setChosen(entry)}
                            aria-label={`Restore ${group.boardName} from ${label}`}
                          >
                            Restore
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </div>
      </main>
      {chosen && (
        <ConfirmDialog
          title={`Restore “${chosen.boardName}”?`}
          confirmLabel="Restore as a new board"
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
        >
          <p>
            A new board, “{restoredBoardName(chosen.boardName, chosen.savedAt)}”, will be made from the backup of {backupTimeLabel(chosen.savedAt)}. The
            board it was copied from is not changed.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
