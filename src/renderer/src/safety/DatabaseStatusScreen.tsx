/**
 * What the app shows instead of itself while its database is not usable: opening, waiting for
 * another window, written by a newer version of the app (refused, untouched), upgraded in another
 * window (this one reloads), or failed to open.
 */
import { useEffect } from 'react';
import type { DatabaseStatus } from '../storage/useDatabaseStatus';
import { assertNever } from '../../../shared/domain/result';

/** Long enough to read the message before the window reloads. */
const RELOAD_DELAY_MS = 1500;

export function DatabaseStatusScreen({ status }: { readonly status: Exclude<DatabaseStatus, { kind: 'ready' }> }) {
  const reloading = status.kind === 'changed-elsewhere';
  useEffect(() => {
    if (!reloading) return;
    const timer = window.setTimeout(() => window.location.reload(), RELOAD_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [reloading]);

  return (
    <div className="app">
      <main className="main loading" aria-busy={status.kind === 'opening' || status.kind === 'blocked' || reloading}>
        <StatusMessage status={status} />
      </main>
    </div>
  );
}

function StatusMessage({ status }: { readonly status: Exclude<DatabaseStatus, { kind: 'ready' }> }) {
  switch (status.kind) {
    case 'opening':
      return <p>Opening your boards…</p>;
    case 'blocked':
      return <p role="status">Another window of RACI Board is still using your boards. Close it to continue; this window will open them then.</p>;
    case 'changed-elsewhere':
      return <p role="status">RACI Board was updated in another window. Reloading…</p>;
    case 'newer':
      return (
        <div role="alert">
          <h1>Update RACI Board</h1>
          <p>{status.message}</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert">
          <p>{status.message}</p>
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      );
    default:
      return assertNever(status);
  }
}
