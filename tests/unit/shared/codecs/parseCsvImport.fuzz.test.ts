/**
 * Fuzzing the CSV importer: whatever the text, parseCsvImport followed by previewToBoard ends in a
 * sound board or a readable refusal, never an exception.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { boardToCsv } from '../../../../src/shared/codecs/boardToCsv';
import { parseCsvImport } from '../../../../src/shared/codecs/parseCsvImport';
import { previewToBoard } from '../../../../src/shared/codecs/previewToBoard';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { boardArb } from './boardArbitrary';
import { idCounter, readFixture } from './readFixture';
import { mutatedText } from './textMutations';

const FIXTURES = ['matrix-comma.csv', 'matrix-excel-semicolon.csv', 'matrix-blank-corner.tsv', 'letter-columns.csv', 'long.csv', 'unicode.csv', 'problems.csv'].map(readFixture);

const seeds = fc.oneof(fc.constantFrom(...FIXTURES), boardArb({ maxTasks: 6, maxRoles: 4 }).map((board) => boardToCsv(board)));

function expectBoardOrRefusal(text: string): void {
  const preview = parseCsvImport(text, { maxTasks: 500, maxRoles: 50 });
  if (!preview.ok) {
    expect(preview.error.length).toBeGreaterThan(10);
    return;
  }
  for (const problem of preview.value.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  const board = previewToBoard(preview.value, { id: 'b', name: 'Imported', now: 1, newId: idCounter() });
  if (board.ok) expect(checkBoardInvariants(board.value)).toEqual([]);
  else {
    expect(board.error).toMatch(/^This file cannot be imported: /);
    expect(preview.value.problems.some((problem) => problem.severity === 'error')).toBe(true);
  }
}

describe('parseCsvImport under fuzzing', () => {
  afterAll(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('turns damaged files of every shape into a sound board or a clear refusal', () => {
    fc.assert(fc.property(mutatedText(seeds), expectBoardOrRefusal), { numRuns: 2000 });
    // Thousands of runs: the default 5 s limit is too tight on a machine busy with other work.
  }, 60_000);

  it('handles duplicate tasks and roles, unknown letters and odd headings built at random', () => {
    const cell = fc.constantFrom('', 'A', 'R/A', 'a, r', 'X', 'CI', '-', '"A;R"', 'Alice; Bob', 'Responsible', '\uD800', 'Ã©', '__proto__', '=1+1');
    const heading = fc.constantFrom('Task', 'Activity', 'Role', 'Owner', 'RACI', 'Letter', 'Group', 'Phase', 'Responsible', 'Accountable', 'Notes', '', 'PM', 'pm', 'Eng', '__proto__', 'constructor');
    const files = fc
      .record({
        delimiter: fc.constantFrom(',', ';', '\t'),
        newline: fc.constantFrom('\n', '\r\n', '\r'),
        bom: fc.boolean(),
        headings: fc.array(heading, { minLength: 1, maxLength: 6 }),
        rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 15 }),
      })
      .map(({ delimiter, newline, bom, headings, rows }) => `${bom ? '\uFEFF' : ''}${[headings, ...rows].map((row) => row.join(delimiter)).join(newline)}`);
    fc.assert(fc.property(files, expectBoardOrRefusal), { numRuns: 1500 });
  }, 60_000);

  it('handles arbitrary text, lone surrogates and all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectBoardOrRefusal), { numRuns: 500 });
  });
});
