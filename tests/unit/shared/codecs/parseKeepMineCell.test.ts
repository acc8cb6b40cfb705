import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKeepMineCell, parseKeepMineCell } from '../../../../src/shared/codecs/parseKeepMineCell';
import { validateKeepMineNote } from '../../../../src/shared/domain/validateKeepMineNote';

describe('formatKeepMineCell', () => {
  it('writes nothing when the task is not marked, Yes for a mark alone and "Yes: " before a note', () => {
    expect([formatKeepMineCell(undefined), formatKeepMineCell({ note: '' }), formatKeepMineCell({ note: 'We fund it' })]).toEqual(['', 'Yes', 'Yes: We fund it']);
  });
});

describe('parseKeepMineCell', () => {
  it('gives back every note formatKeepMineCell wrote, whatever the note says', () => {
    const note = fc.oneof(fc.constantFrom('', 'Yes', 'no', 'Yes: no', '-', 'x', '=1+1', "'=1", 'Line\nbreak'), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(
        note.map((raw) => validateKeepMineNote(raw)).filter((checked) => checked.ok).map((checked) => (checked.ok ? checked.value : '')),
        (valid) => {
          expect(parseKeepMineCell(formatKeepMineCell({ note: valid }))).toEqual({ kind: 'kept', note: valid, shortened: false });
        },
      ),
    );
    expect(parseKeepMineCell(formatKeepMineCell(undefined))).toEqual({ kind: 'none' });
  });

  it.each(['', '  ', 'No', 'false', '-', '—'])('reads %j as no mark', (text) => {
    expect(parseKeepMineCell(text)).toEqual({ kind: 'none' });
  });

  it.each(['Yes', 'yes', 'x', 'TRUE', 'Kept', '✓', 'Yes:', ' yes : '])('reads %j as a mark without a note', (text) => {
    expect(parseKeepMineCell(text)).toEqual({ kind: 'kept', note: '', shortened: false });
  });

  it('takes other text as the note when a person typed it without the marker', () => {
    expect(parseKeepMineCell(' Finance decides ')).toEqual({ kind: 'kept', note: 'Finance decides', shortened: false });
    expect(parseKeepMineCell("'=SUM(1)")).toEqual({ kind: 'kept', note: '=SUM(1)', shortened: false });
  });

  it('cuts a note over the limit to the limit and says so', () => {
    const parsed = parseKeepMineCell(`Yes: ${'é'.repeat(700)}`);
    expect(parsed).toEqual({ kind: 'kept', note: 'é'.repeat(500), shortened: true });
  });
});
