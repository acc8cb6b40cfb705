/**
 * Lets a drop be saved before it is rendered.
 *
 * A drop on a large board re-renders for about a tenth of a second (every lane, the rule checks),
 * and its write, though started first, can only complete between the render's slices: each of its
 * few round trips to the database waits for one. Holding the drop's render (a transition: the
 * screen keeps showing the card where it was dropped) until the write is saved lets the write run
 * on a free thread, and the render follows at once. A write that takes longer than HOLD_LIMIT_MS
 * stops holding the render; it completes after it, as before.
 *
 * Called at the top of the screen, before its costly work, so a held render stops there.
 */
import { startTransition, use, useCallback, useState } from 'react';

/** The longest a drop's render waits for its write. */
export const HOLD_LIMIT_MS = 150;

export function useHoldUntilSaved(whenSaved: () => Promise<void>): () => void {
  const [hold, setHold] = useState<Promise<void> | null>(null);
  // Suspends a render of the transition that set it; renders after it has settled pass through.
  if (hold !== null) use(hold);
  return useCallback(() => {
    const held = Promise.race([whenSaved(), new Promise<void>((resolve) => setTimeout(resolve, HOLD_LIMIT_MS))]);
    startTransition(() => setHold(held));
  }, [whenSaved]);
}
