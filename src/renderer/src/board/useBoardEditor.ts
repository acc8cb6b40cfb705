/**
 * The one place a board is edited from the UI: applies a domain command to the latest board, shows the
 * result at once, and persists only the changed rows in the background. A failed write keeps the
 * edit on screen and in memory, and is reported, so nothing the user did is silently dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { Command, CommandError } from '../../../shared/domain/command';
import { applyCommand } from '../../../shared/domain/commands';
import type { Result } from '../../../shared/domain/result';
import { getAppDatabase } from '../storage/appDatabase';
import { commitEdit, redo as redoStep, undo as undoStep } from '../storage/historyRepository';
import { describeCommand } from '../../../shared/domain/describeCommand';
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
}

export function useBoardEditor(boardId: string): BoardEditor {
  const live = useBoard(boardId);
  const [local, setLocal] = useState<Board | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  // What is known to be in the database; the next write is the diff from it, so a failed write is
  // retried as part of the next one instead of being lost.
  const persisted = useRef<Board | null>(null);
  const latest = useRef<Board | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);

  // Another window (or a finished write) brought a newer board: adopt it when nothing is pending here.
  useEffect(() => {
    if (!live) return;
    if (pending.current === 0 && (!latest.current || live.updatedAt >= latest.current.updatedAt)) {
      persisted.current = live;
      latest.current = live;
      setLocal(null);
    }
  }, [live]);

  const dispatch = useCallback((command: Command): Result<Board, CommandError> => {
    const base = latest.current;
    if (!base) return { ok: false, error: { code: 'not-found', message: 'The board is still loading.' } };
    const result = applyCommand(base, command, Math.max(currentTime(), base.updatedAt + 1));
    if (!result.ok || result.value === base) return result;
    const next = result.value;
    latest.current = next;
    setLocal(next);
    pending.current += 1;
    setSaveState({ kind: 'saving' });
    const label = describeCommand(base, command);
    const at = next.updatedAt;
    queue.current = queue.current.then(async () => {
      // From what is known to be stored: a step whose write failed is carried by this one.
      const from = persisted.current ?? base;
      const saved = await commitEdit(getAppDatabase(), from, next, label, at);
      pending.current -= 1;
      if (saved.ok) {
        persisted.current = next;
        if (pending.current === 0) setSaveState({ kind: 'saved' });
      } else {
        setSaveState({ kind: 'failed', message: saved.error.message });
      }
    });
    return result;
  }, []);

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      new Promise<string | null>((resolve) => {
        // After every pending write, so the step undone is the last one the user made.
        queue.current = queue.current.then(async () => {
          const moved = await (direction === 'undo' ? undoStep : redoStep)(getAppDatabase(), boardId, currentTime());
          if (!moved.ok) {
            setSaveState({ kind: 'failed', message: moved.error.message });
            return resolve(null);
          }
          if (moved.value === null) return resolve(null);
          persisted.current = moved.value.board;
          latest.current = moved.value.board;
          setLocal(moved.value.board);
          resolve(moved.value.label);
        });
      }),
    [boardId],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const board = live === undefined ? undefined : (local ?? live);
  return { board, dispatch, saveState, undo, redo };
}
