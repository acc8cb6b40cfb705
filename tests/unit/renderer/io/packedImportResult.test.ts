import { describe, expect, it } from 'vitest';
import { packImportResult, unpackImportResult, type PackedImportResult } from '../../../../src/renderer/src/io/packedImportResult';
import { parseCsvImportFile } from '../../../../src/renderer/src/io/parseCsvImportFile';
import type { ImportPreview } from '../../../../src/renderer/src/io/parseImport';
import { LETTERS, type Letter } from '../../../../src/shared/domain/board';
import type { Result } from '../../../../src/shared/domain/result';
import { readFixture } from '../../shared/codecs/readFixture';

/** What the page receives: the message cloned as postMessage clones it, its buffers handed over. */
function sent(result: Result<ImportPreview, string>): PackedImportResult {
  const { message, transfer } = packImportResult(result);
  return structuredClone(message, { transfer });
}

describe('packImportResult', () => {
  it('gives back the same CSV preview once unpacked, when the file is one of the fixtures', () => {
    for (const name of ['long.csv', 'letter-columns.csv', 'matrix-comma.csv']) {
      const parsed = parseCsvImportFile(name, readFixture(name));
      expect(parsed.ok).toBe(true);
      expect(unpackImportResult(sent(parsed))).toEqual(parsed);
    }
  });

  it('gives back every one of the sixteen letter sets, in R, A, C, I order, when a preview holds them all', () => {
    const sets = Array.from({ length: 16 }, (_, bits) => LETTERS.filter((_, i) => (bits & (1 << i)) !== 0) as Letter[]);
    const preview: ImportPreview = {
      kind: 'csv',
      fileName: 'all.csv',
      preview: {
        shape: 'long',
        delimiter: ',',
        tasks: sets.map((_, i) => ({ title: `Task ${i}` })),
        roles: ['Lead', 'Owner'],
        groups: [],
        problems: [],
        assignments: sets.map((letters, task) => ({ task, role: task % 2, letters })),
      },
    };
    expect(unpackImportResult(sent({ ok: true, value: preview }))).toEqual({ ok: true, value: preview });
  });

  it('hands over the three buffers of a CSV preview and none for a refusal', () => {
    const parsed = parseCsvImportFile('long.csv', readFixture('long.csv'));
    expect(packImportResult(parsed).transfer).toHaveLength(3);
    expect(packImportResult({ ok: false, error: 'This file is empty.' })).toEqual({ message: { ok: false, error: 'This file is empty.' }, transfer: [] });
  });
});
