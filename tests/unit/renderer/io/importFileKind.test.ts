import { describe, expect, it } from 'vitest';
import { importFileKind } from '../../../../src/renderer/src/io/importFileKind';

describe('importFileKind', () => {
  it('says json for a board file and csv for a spreadsheet, whatever the case of the extension', () => {
    expect(['team.raci.json', 'TEAM.JSON'].map(importFileKind)).toEqual(['json', 'json']);
    expect(['raci.csv', 'raci.TSV', 'export.txt'].map(importFileKind)).toEqual(['csv', 'csv', 'csv']);
  });

  it('leaves the decision to the content when the name has no known extension', () => {
    expect(['raci', 'raci.xlsx', 'csv'].map(importFileKind)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});
