/**
 * The one place a board is edited from the UI. A command is applied to the board on screen at once
 * and queued; the queue commits the commands one by one, in order, and commitEdit applies each to
 * the board as stored, so edits another window made meanwhile are kept rather than overwritten.
 * After each commit the window shows the stored result with the commands still queued replayed on
 * top. Boards other windows store are adopted whenever nothing is queued here.
 *
 * A failed write keeps its command queued and the edit on screen, and is reported; the next edit
 * (or Try again) commits everything queued, so nothing the user did is silently dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import { diffBoards, isEmptyDiff } from '../../../shared/domain/boardDiff';
import type { Command, CommandError } from '../../../shared/domain/command';
import { applyCommand } from '../../../shared/domain/commands';
import type { Result } from '../../../shared/domain/result';
import { getAppDatabase } from '../storage/appDatabase';
import { commitEdit, editTime, redo as redoStep, undo as undoStep } from '../storage/historyRepository';
import { useBoard } from '../storage/useBoard';
import { currentTime } from '../ui/clock';

export type SaveState = { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly message: string };

export interface BoardEditor {
  /** undefined while loading, null when the board does not exist. */
  readonly board: Board | null | undefined;
  readonly dispatch: (command: Command) => Result<Board, CommandError>;
  readonly saveState: SaveState;
  /** Undo or redo the last step (stored, so it works across restarts); resolves to the step's label, or null. */
  readonly undo: () => Promise<string | null>;
  readonly redo: () => Promise<string | null>;
  /** Commits again the edits a failed write left waiting. */
  readonly retry: () => void;
  /** An edit made here that the stored board refused because another window changed it meanwhile, in words; null when none. */
  readonly conflict: string | null;
  readonly dismissConflict: () => void;
  /** Settles once every edit made so far is saved, or its write failed (never rejects). */
  readonly whenSaved: () => Promise<void>;
  /**
   * True while an edit, undo or redo is not yet saved (its write under way, or failed and kept for
   * Try again). Read at the moment it is called, not from the last render: a drop's render waits
   * for its write, so the rendered saveState can lag behind.
   */
  readonly hasUnsavedEdits: () => boolean;
}

/** A command waiting to be committed. */
interface QueuedEdit {
  readonly command: Command;
  /** When the user made the edit. */
  readonly at: number;
  /** The board the command applies to: the last stored board with the queued commands before it applied. */
  readonly base: Board;
  /** `base` with the command applied: what the window shows for it (`base` itself when refused). */
  readonly after: Board;
}

const SAVED: SaveState = { kind: 'saved' };
const SAVING: SaveState = { kind: 'saving' };

export function useBoardEditor(boardId: string): BoardEditor {
  /** The board as last known to be stored. */
  const confirmed = useRef<Board | null>(null);
  // Given what this window knows is stored, the live query re-reads only the board row after this
  // window's own commits (useBoard).
  const live = useBoard(boardId, confirmed);
  const [local, setLocal] = useState<Board | null>(null);
  const [saveState, setSaveState] = useState<SaveState>(SAVED);
  const [conflict, setConflict] = useState<string | null>(null);
  const queued = useRef<readonly QueuedEdit[]>([]);
  /** What the window shows: the last queued edit's `after`, or `confirmed` when nothing is queued. */
  const latest = useRef<Board | null>(null);
  /** Commits, undos and redos run one after another in this chain. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  /** Links of the chain not yet finished. */
  const chainLength = useRef(0);
  const stepsRunning = useRef(0);
  /** The latest board the live query read, for adopting it once this window's own work is done. */
  const liveBoard = useRef(live);

  const show = useCallback((board: Board | null) => {
    if (board === latest.current) return;
    latest.current = board;
    setLocal(board);
  }, []);

  /** Takes `stored` as the truth and replays the queued commands on it. */
  const adoptStored = useCallback(
    (stored: Board) => {
      confirmed.current = stored;
      let view = stored;
      queued.current = queued.current.map((edit) => {
        // Unchanged base: the command's result is already known (and keeps its object identity).
        if (edit.base === view) {
          view = edit.after;
          return edit;
        }
        const applied = applyCommand(view, edit.command, editTime(view, edit.at));
        const rebased = { ...edit, base: view, after: applied.ok ? applied.value : view };
        view = rebased.after;
        return rebased;
      });
      show(view);
    },
    [show],
  );

  /** Adopts the board other windows stored, unless an edit, undo or redo here is still under way. */
  const adoptLive = useCallback(() => {
    const board = liveBoard.current;
    if (board === undefined || queued.current.length > 0 || stepsRunning.current > 0) return;
    if (board === null) {
      confirmed.current = null;
      show(null);
      return;
    }
    // An older board: a read that started before this window's last commit.
    if (confirmed.current !== null && board.updatedAt < confirmed.current.updatedAt) return;
    // The echo of this window's own commit: keep the objects on screen, so nothing re-renders.
    if (latest.current !== null && isEmptyDiff(diffBoards(latest.current, board))) {
      confirmed.current = latest.current;
      return;
    }
    adoptStored(board);
  }, [adoptStored, show]);

  useEffect(() => {
    liveBoard.current = live;
    adoptLive();
  }, [live, adoptLive]);

  /** Commits the queued edits in order; false when a write failed (the failed edit and the rest stay queued). */
  const commitQueued = useCallback(async (): Promise<boolean> => {
    for (let edit = queued.current[0]; edit !== undefined; edit = queued.current[0]) {
      const saved = await commitEdit(getAppDatabase(), edit.base, edit.command, edit.at, edit.after);
      if (!saved.ok) {
        setSaveState({ kind: 'failed', message: saved.error.message });
        return false;
      }
      queued.current = queued.current.slice(1);
      if (saved.value.refused !== null) setConflict(conflictMessage(saved.value.refused));
      // Usually the stored board is the one already shown: keep that object.
      const sameAsShown = isEmptyDiff(diffBoards(edit.after, saved.value.board));
      adoptStored(sameAsShown ? edit.after : saved.value.board);
    }
    setSaveState(SAVED);
    return true;
  }, [adoptStored]);

  /**
   * Runs `work` after the work already chained. With nothing under way it starts at once, within
   * the caller's event: a drop's write transaction then opens before React renders the drop, and
   * IndexedDB does its part while the render runs.
   */
  const enqueue = useCallback((work: () => Promise<void>) => {
    const run = async () => {
      try {
        await work();
      } finally {
        chainLength.current -= 1;
      }
    };
    chainLength.current += 1;
    chain.current = chainLength.current === 1 ? run() : chain.current.then(run);
  }, []);

  const flush = useCallback(() => {
    enqueue(async () => {
      await commitQueued();
      adoptLive();
    });
  }, [enqueue, commitQueued, adoptLive]);

  const dispatch = useCallback(
    (command: Command): Result<Board, CommandError> => {
      const base = latest.current;
      if (!base) return { ok: false, error: { code: 'not-found', message: 'The board is still loading.' } };
      const at = currentTime();
      const result = applyCommand(base, command, editTime(base, at));
      if (!result.ok || result.value === base) return result;
      queued.current = [...queued.current, { command, at, base, after: result.value }];
      show(result.value);
      // While writes fail the failure stays on screen until one succeeds.
      setSaveState((current) => (current.kind === 'failed' ? current : SAVING));
      flush();
      return result;
    },
    [show, flush],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      new Promise<string | null>((resolve) => {
        stepsRunning.current += 1;
        // After every queued edit, so the step undone is the last one the user made.
        enqueue(async () => {
          try {
            if (!(await commitQueued())) return resolve(null);
            const moved = await (direction === 'undo' ? undoStep : redoStep)(getAppDatabase(), boardId, currentTime());
            if (!moved.ok) {
              setSaveState({ kind: 'failed', message: moved.error.message });
              return resolve(null);
            }
            if (moved.value === null) return resolve(null);
            adoptStored(moved.value.board);
            resolve(moved.value.label);
          } finally {
            stepsRunning.current -= 1;
            adoptLive();
          }
        });
      }),
    [boardId, enqueue, commitQueued, adoptStored, adoptLive],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  const dismissConflict = useCallback(() => setConflict(null), []);
  const whenSaved = useCallback(() => chain.current.then(settled, settled), []);
  const hasUnsavedEdits = useCallback(() => chainLength.current > 0 || queued.current.length > 0, []);

  const board = live === undefined ? undefined : (local ?? live);
  return { board, dispatch, saveState, undo, redo, retry: flush, conflict, dismissConflict, whenSaved, hasUnsavedEdits };
}

function settled(): void {}

function conflictMessage(error: CommandError): string {
  return `One of your changes was not applied because the board changed in another window meanwhile: ${error.message}`;
}
