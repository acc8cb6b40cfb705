import { useEffect, useState } from 'react';

/**
 * A screen's code, loaded once its route is open; null until it is in. Used instead of lazy(): once
 * a lazy screen has shown its fallback, React holds the fallback on screen for a while (about
 * 300 ms) after the code arrives, and a board or a PDF export would wait that long for nothing.
 * Started on the first render, the download also runs while the database opens. `load` must be the
 * same function on every render. Code that fails to load is thrown while rendering, as lazy() does.
 */
export function useScreenCode<T>(wanted: boolean, load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ readonly code: T } | { readonly error: unknown } | null>(null);
  useEffect(() => {
    if (!wanted || loaded !== null) return;
    let current = true;
    load().then(
      (code) => {
        if (current) setLoaded({ code });
      },
      (error: unknown) => {
        if (current) setLoaded({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, load]);
  if (loaded === null) return null;
  if ('error' in loaded) {
    if (wanted) throw loaded.error;
    return null;
  }
  return loaded.code;
}
