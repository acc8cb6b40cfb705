/**
 * Fuzzing the board-file importer: whatever the text, restoreBoard ends in a sound board or a
 * readable refusal, never an exception, and never a board its own safety net had to stop.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreBoard } from '../../../../src/shared/codecs/restoreBoard';
import { serializeBoard } from '../../../../src/shared/codecs/serializeBoard';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { boardArb } from './boardArbitrary';
import { idCounter, readFixture } from './readFixture';
import { mutatedText } from './textMutations';

const FIXTURES = ['board-v1.raci.json', 'board-v0.json', 'board-damaged.raci.json', 'board-proto.raci.json', 'board-newer.raci.json'].map(readFixture);

const seeds = fc.oneof(fc.constantFrom(...FIXTURES), boardArb({ maxTasks: 5, maxRoles: 4 }).map((board) => serializeBoard(board)));

function expectBoardOrRefusal(text: string, freshIds = false): void {
  const result = restoreBoard(text, { newId: idCounter(), now: 1, freshIds });
  if (result.ok) {
    expect(checkBoardInvariants(result.value.board)).toEqual([]);
    for (const warning of result.value.warnings) expect(typeof warning).toBe('string');
  } else {
    expect(result.error.length).toBeGreaterThan(10);
    expect(result.error).not.toMatch(/could not be repaired/);
  }
}

/** Every path to a value inside parsed JSON, the root included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

const wrongTypes = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', 0, -1, 1e308, true, [], {}, 'R/A', ['R', 'A', 'X'], { note: 5 }, '#zzzzzz', ' padded '),
);

describe('restoreBoard under fuzzing', () => {
  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('turns damaged text into a sound board or a clear refusal', () => {
    fc.assert(
      fc.property(mutatedText(seeds), fc.boolean(), (text, freshIds) => expectBoardOrRefusal(text, freshIds)),
      { numRuns: 1500 },
    );
  });

  it('turns values of the wrong type anywhere in a file into a sound board or a clear refusal', () => {
    const damagedFiles = fc.tuple(seeds, fc.array(fc.tuple(fc.nat(), wrongTypes), { minLength: 1, maxLength: 3 })).map(([seed, replacements]) => {
      let data: unknown = JSON.parse(seed);
      for (const [pick, replacement] of replacements) {
        const all = paths(data);
        data = replaceAt(data, all[pick % all.length] as (string | number)[], replacement);
      }
      return JSON.stringify(data);
    });
    fc.assert(
      fc.property(damagedFiles, fc.boolean(), (text, freshIds) => expectBoardOrRefusal(text, freshIds)),
      { numRuns: 1500 },
    );
  });

  it('handles any JSON at all, inside an envelope or not', () => {
    const anyJson = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.jsonValue().map((board) => JSON.stringify({ kind: 'raci-board', version: 1, board })),
      fc.record({ roles: fc.jsonValue(), tasks: fc.jsonValue(), cells: fc.jsonValue(), groups: fc.jsonValue() }).map((board) => JSON.stringify({ kind: 'raci-board', version: 1, board })),
    );
    fc.assert(fc.property(anyJson, (text) => expectBoardOrRefusal(text)), { numRuns: 500 });
  });

  it('handles arbitrary text, lone surrogates and all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectBoardOrRefusal(text)), { numRuns: 300 });
  });
});
