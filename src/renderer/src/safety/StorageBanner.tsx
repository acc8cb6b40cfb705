/**
 * Tells the user, on the board itself, that their work is not safely stored: a write failed (the
 * edits are still on screen and in memory, and Export JSON saves them to a file), or an edit made
 * here was not applied because another window changed the board first.
 */
import type { SaveState } from '../board/useBoardEditor';

export interface StorageBannerProps {
  readonly saveState: SaveState;
  readonly conflict: string | null;
  /** Exports the board as this window holds it, unsaved edits included. */
  readonly onExport: () => void;
  readonly onRetry: () => void;
  readonly onDismissConflict: () => void;
}

export function StorageBanner({ saveState, conflict, onExport, onRetry, onDismissConflict }: StorageBannerProps) {
  return (
    <>
      {saveState.kind === 'failed' && (
        <div className="banner" role="alert">
          <p>
            {saveState.message} Your changes are kept in this window and will be saved with your next edit; export them to keep a copy
            meanwhile.
          </p>
          <button type="button" className="btn" onClick={onExport}>
            Export JSON
          </button>
          <button type="button" className="btn" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {conflict !== null && (
        <div className="banner" role="alert">
          <p>{conflict}</p>
          <button type="button" className="btn" onClick={onDismissConflict}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
