import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../src/shared/codecs/detectDelimiter';

describe('detectDelimiter', () => {
  it('finds commas, semicolons and tabs', () => {
    expect(detectDelimiter('Task,PM,Eng\nBudget,A,R\n')).toBe(',');
    expect(detectDelimiter('Task;PM;Eng\nBudget;A;R\n')).toBe(';');
    expect(detectDelimiter('Task\tPM\tEng\nBudget\tA\tR\n')).toBe('\t');
  });

  it('is not misled by commas inside titles of a semicolon file', () => {
    expect(detectDelimiter('Task;PM;Eng\nBudget, costs and risks;A;R\nVision;R;A\nScope, time;C;A\n')).toBe(';');
  });

  it('ignores delimiters inside quoted fields', () => {
    expect(detectDelimiter('Task,PM\n"a;b;c;d",A\n"e;f;g;h",R\n')).toBe(',');
  });

  it('is not misled by a title line above the heading', () => {
    expect(detectDelimiter('Our RACI, as agreed\nTask;PM;Eng\nBudget;A;R\n')).toBe(';');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDelimiter('Task\nBudget\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});
