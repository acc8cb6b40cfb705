import { describe, expect, it } from 'vitest';
import { repairName } from '../../../../src/shared/codecs/repairName';

describe('repairName', () => {
  it('returns a valid name trimmed and normalised', () => {
    expect(repairName('  Cafe\u0301 ', 'role')).toEqual({ name: 'Café', shortened: false });
  });

  it('shortens an over-long name to the limit, counting characters not code units', () => {
    const repaired = repairName('🚀'.repeat(130), 'role');
    expect(repaired?.shortened).toBe(true);
    expect([...(repaired?.name ?? '')]).toHaveLength(120);
  });

  it('gives nothing for an empty or invisible name', () => {
    expect(repairName('   ', 'task')).toBeUndefined();
    expect(repairName('\u200b\u200e', 'task')).toBeUndefined();
  });
});
