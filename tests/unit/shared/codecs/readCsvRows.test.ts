import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../../src/shared/codecs/readCsvRows';

describe('readCsvRows', () => {
  it('numbers each row by the line it starts on, counting quoted line breaks', () => {
    const { rows, warnings } = readCsvRows('a,b\n"x\ny",2\n\nlast,3\n', ',');
    expect(rows.map((row) => [row.line, row.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '2']],
      [4, ['']],
      [5, ['last', '3']],
      [6, ['']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('splits on the delimiter it is given', () => {
    expect(readCsvRows('a;b,c\n', ';').rows[0]?.fields).toEqual(['a', 'b,c']);
  });

  it('reports an unclosed quote on the line it opens', () => {
    const { warnings } = readCsvRows('a\nb\n"open\nrest', ',');
    expect(warnings).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });

  it('reports a misplaced quote on the line its row starts when rows above hold quoted line breaks', () => {
    const { rows, warnings } = readCsvRows('"a\nb\nc",1\nx,2\n"y"z,3\n', ',');
    expect(rows.map((row) => row.line)).toEqual([1, 4, 5]);
    expect(warnings).toEqual([
      { line: 5, message: expect.stringContaining('unexpected place') },
      { line: 5, message: expect.stringContaining('never closed') },
    ]);
  });
});
