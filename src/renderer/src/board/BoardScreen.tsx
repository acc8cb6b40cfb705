import { useState } from 'react';
import { routeHref } from '../app/route';
import { BrandMark } from '../ui/BrandMark';
import { LanesView } from '../lanes/LanesView';
import { useBoardEditor, type SaveState } from './useBoardEditor';

type View = 'lanes';

const VIEWS: readonly { id: View; label: string }[] = [{ id: 'lanes', label: 'Lanes' }];

export function BoardScreen({ boardId }: { readonly boardId: string }) {
  const { board, dispatch, saveState } = useBoardEditor(boardId);
  const [view, setView] = useState<View>('lanes');

  if (board === undefined) return <p className="loading">Opening board…</p>;
  if (board === null) {
    return (
      <div className="app">
        <main className="main loading">
          <p>This board does not exist any more.</p>
          <a href={routeHref({ name: 'home' })}>Back to your boards</a>
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={routeHref({ name: 'home' })} aria-label="All boards">
          <BrandMark />
        </a>
        <div className="board-toolbar">
          <h1 className="board-title" title={board.name}>
            {board.name}
          </h1>
          <div className="view-tabs" role="tablist" aria-label="Views">
            {VIEWS.map((v) => (
              <button key={v.id} type="button" role="tab" aria-selected={view === v.id} onClick={() => setView(v.id)}>
                {v.label}
              </button>
            ))}
          </div>
        </div>
        <SaveIndicator state={saveState} />
      </header>
      {saveState.kind === 'failed' && (
        <div className="banner" role="alert">
          <p>
            {saveState.message} Your changes are kept in this window; they will be saved with your next edit.
          </p>
        </div>
      )}
      <main className="main" aria-label={board.name}>
        {view === 'lanes' && <LanesView board={board} dispatch={dispatch} />}
      </main>
    </div>
  );
}

function SaveIndicator({ state }: { readonly state: SaveState }) {
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'All changes saved' : 'Not saved';
  return (
    <span className="save-state" role="status">
      {text}
    </span>
  );
}
