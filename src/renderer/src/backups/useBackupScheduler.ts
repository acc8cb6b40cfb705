import { useEffect } from 'react';

/** Runs the backup scheduler while `enabled` (not in a print window, which shows one board to print it). */
export function useBackupScheduler(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | undefined;
    let ended = false;
    void import('./startPageBackups').then(({ startPageBackups }) => {
      if (!ended) stop = startPageBackups();
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [enabled]);
}
