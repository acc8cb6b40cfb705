/**
 * A value derived from the input by `step`, which is handed what it derived last time, so that a
 * derivation over a large board can update its last result through the edit's diff instead of
 * starting over on every edit. `step` must give the same result whatever it is handed (a render
 * React throws away can leave the last result at an input that was never shown) and must be a
 * stable function, such as a module's export.
 */
import { useMemo, useState } from 'react';

class LastResult<I, O> {
  private last: O | null = null;

  constructor(private readonly step: (previous: O | null, input: I) => O) {}

  next(input: I): O {
    this.last = this.step(this.last, input);
    return this.last;
  }
}

export function useIncremental<I, O>(input: I, step: (previous: O | null, input: I) => O): O {
  const [last] = useState(() => new LastResult(step));
  return useMemo(() => last.next(input), [input, last]);
}
