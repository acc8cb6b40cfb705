/**
 * In the web edition, the browser asks before the tab closes or leaves the app while the board's
 * edits are not all saved: a write still under way, or one that failed and waits for Try again.
 * Leaving then would lose them without a word. The desktop app does not register it: there a
 * page's beforeunload veto silently keeps the window open, and main already holds a closing window
 * until the page's last backup is written.
 */
import { useEffect } from 'react';
import { isDesktop } from '../platform/isDesktop';

export function useLeaveWarning(hasUnsavedEdits: () => boolean): void {
  useEffect(() => {
    if (isDesktop()) return;
    const warn = (event: BeforeUnloadEvent) => {
      // Asked at the moment of leaving rather than from the last render, which a drop's held
      // render can leave behind. Browsers show their own wording; preventDefault asks them to.
      if (hasUnsavedEdits()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedEdits]);
}
