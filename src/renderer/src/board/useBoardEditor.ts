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
import { commitBoardChange } from '../storage/boardRepository';
import { useBoard } from '../storage/useBoard';
import { currentTime } from '../ui/clock';

export type SaveState = { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly message: string };

export interface BoardEditor {
  /** undefined while loading, null when the board does not exist. */
  readonly board: Board | null | undefined;
  readonly dispatch: (command: Command) => Result<Board, CommandError>;
  readonly saveState: SaveState;
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
    queue.current = queue.current.then(async () => {
      const from = persisted.current ?? base;
      const target = latest.current ?? next;
      const saved = from === target ? { ok: true as const, value: undefined } : await commitBoardChange(getAppDatabase(), from, target);
      pending.current -= 1;
      if (saved.ok) {
        persisted.current = target;
        if (pending.current === 0) setSaveState({ kind: 'saved' });
      } else {
        setSaveState({ kind: 'failed', message: saved.error.message });
      }
    });
    return result;
  }, []);

  const board = live === undefined ? undefined : (local ?? live);
  return { board, dispatch, saveState };
}
