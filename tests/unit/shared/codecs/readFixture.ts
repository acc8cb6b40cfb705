/** Reads a fixture file as text, exactly as the app would receive it (a byte-order mark is kept). */
import { readFileSync } from 'node:fs';

export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** An id supplier for tests: "new-1", "new-2"... */
export function idCounter(prefix = 'new'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${n}`;
  };
}
