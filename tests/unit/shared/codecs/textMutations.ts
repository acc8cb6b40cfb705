/**
 * Damage for fuzz tests: a valid file is truncated, has characters flipped, pieces inserted
 * (quotes, delimiters, NULs, line ends, lone surrogates, mojibake, byte-order marks, huge fields)
 * or whole lines deleted and repeated. Mutations are data, so a failing case prints readably.
 */
import fc from 'fast-check';

export type TextMutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly piece: string }
  | { readonly kind: 'replace'; readonly at: number; readonly piece: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'repeat-line'; readonly line: number; readonly times: number };

const PIECES = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\uD800',
  '\uDC00',
  'Ã©',
  'â€™',
  '\uFEFF',
  '\uFFFD',
  '{',
  '}',
  '[',
  ']',
  ':',
  'null',
  '1e999',
  '-0',
  '"__proto__":{"polluted":1},',
  '"constructor":{"prototype":{"polluted":1}},',
  'X',
  'A/R/X',
  '=cmd',
  "'",
  'Task',
  'Responsible',
];

const pieceArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 30_000 }).map((n) => 'x'.repeat(n)) },
);

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: pieceArb }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), piece: pieceArb }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('repeat-line' as const), line: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }),
);

export function applyMutation(text: string, mutation: TextMutation): string {
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.piece + text.slice(at);
    }
    case 'replace': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.piece + text.slice(at + 1);
    }
    case 'delete': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + mutation.length);
    }
    case 'repeat-line': {
      const lines = text.split('\n');
      const at = mutation.line % lines.length;
      lines.splice(at, 0, ...Array.from({ length: mutation.times }, () => lines[at] as string));
      return lines.join('\n');
    }
  }
}

/** A seed text with one to four mutations applied in turn. */
export function mutatedText(seeds: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(seeds, fc.array(textMutationArb, { minLength: 1, maxLength: 4 })).map(([seed, mutations]) => mutations.reduce(applyMutation, seed));
}
