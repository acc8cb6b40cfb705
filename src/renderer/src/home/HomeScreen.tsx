import { useState } from 'react';
import type { BoardSummary } from '../../../shared/domain/board';
import { createBlankBoard, createBoardFromCatalogue, duplicateBoard } from '../../../shared/domain/createBoard';
import { applyCommand } from '../../../shared/domain/commands';
import { getAppDatabase } from '../storage/appDatabase';
import { useBoardSummaries } from '../storage/useBoardSummaries';
import { commitBoardChange, createBoardRecord, deleteBoardRecord, loadBoard } from '../storage/boardRepository';
import { navigate } from '../app/useRoute';
import { routeHref } from '../app/route';
import { newId } from '../ui/newId';
import { BrandMark } from '../ui/BrandMark';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { NewBoardDialog, type BoardTemplate } from './NewBoardDialog';
import { BoardTile } from './BoardTile';
import { useNow } from '../ui/useNow';
import { currentTime } from '../ui/clock';
import { useStartImport } from '../io/ImportHost';

type Dialog = { kind: 'new' } | { kind: 'delete'; board: BoardSummary } | null;

export function HomeScreen({ newBoard = false }: { readonly newBoard?: boolean }) {
  const boards = useBoardSummaries();
  const [dialog, setDialogState] = useState<Dialog>(newBoard ? { kind: 'new' } : null);
  const setDialog = (next: Dialog) => {
    setDialogState(next);
    // #/new opened the dialog; once it closes, the address goes back to plain home.
    if (next === null && newBoard) navigate(routeHref({ name: 'home' }));
  };
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow(30_000);
  const startImport = useStartImport();

  const createBoard = async (name: string, template: BoardTemplate) => {
    const args = { id: newId(), name, now: currentTime(), newId };
    const made = template === 'article' ? createBoardFromCatalogue(args) : createBlankBoard(args);
    if (!made.ok) return setMessage(made.error.message);
    const saved = await createBoardRecord(getAppDatabase(), made.value);
    if (!saved.ok) return setMessage(saved.error.message);
    setDialog(null);
    navigate(routeHref({ name: 'board', boardId: made.value.id }));
  };

  const renameBoard = async (id: string, name: string): Promise<string | null> => {
    const db = getAppDatabase();
    const before = await loadBoard(db, id);
    if (!before) return 'This board no longer exists.';
    const renamed = applyCommand(before, { type: 'renameBoard', name }, currentTime());
    if (!renamed.ok) return renamed.error.message;
    const saved = await commitBoardChange(db, before, renamed.value);
    return saved.ok ? null : saved.error.message;
  };

  const duplicate = async (summary: BoardSummary) => {
    const db = getAppDatabase();
    const source = await loadBoard(db, summary.id);
    if (!source) return setMessage('This board no longer exists.');
    const copy = duplicateBoard(source, { id: newId(), name: copyName(summary.name), now: currentTime(), newId });
    const saved = await createBoardRecord(db, copy);
    setMessage(saved.ok ? null : saved.error.message);
  };

  const remove = async (summary: BoardSummary) => {
    const deleted = await deleteBoardRecord(getAppDatabase(), summary.id);
    setDialog(null);
    setMessage(deleted.ok ? null : deleted.error.message);
  };

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={routeHref({ name: 'home' })}>
          <BrandMark /> RACI Board
        </a>
        <span className="topbar-spacer" />
        <a className="btn" style={{ color: 'inherit', textDecoration: 'none' }} href={routeHref({ name: 'backups' })} title="Make a new board from an automatic backup of one of your boards">
          Restore from backup
        </a>
        <button type="button" className="btn" onClick={startImport} title="Import a .raci.json board file or a RACI spreadsheet saved as CSV">
          Import
        </button>
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'new' })}>
          New board
        </button>
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
              <h1>Your boards</h1>
              <p>Map who is responsible, accountable, consulted and informed. Saved on this computer.</p>
            </div>
          </div>
          {boards === undefined ? (
            <p className="loading">Loading your boards…</p>
          ) : boards.length === 0 ? (
            <div className="empty-state">
              <h2>No boards yet</h2>
              <p>Start from the product vs project manager defaults, or from a blank board.</p>
              <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'new' })}>
                Create your first board
              </button>
            </div>
          ) : (
            <ul className="board-grid" aria-label="Saved boards">
              {boards.map((board) => (
                <BoardTile
                  key={board.id}
                  board={board}
                  now={now}
                  onRename={(name) => renameBoard(board.id, name)}
                  onDuplicate={() => void duplicate(board)}
                  onDelete={() => setDialog({ kind: 'delete', board })}
                />
              ))}
            </ul>
          )}
        </div>
      </main>
      {dialog?.kind === 'new' && <NewBoardDialog onCreate={(n, t) => void createBoard(n, t)} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete “${dialog.board.name}”?`}
          confirmLabel="Delete board"
          onConfirm={() => void remove(dialog.board)}
          onCancel={() => setDialog(null)}
        >
          <p>
            The board and its {dialog.board.taskCount} {dialog.board.taskCount === 1 ? 'task' : 'tasks'} will be removed from
            this computer. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function copyName(name: string): string {
  return `${name} (copy)`;
}
