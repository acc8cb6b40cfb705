import { describe, expect, it } from 'vitest';
import { splitRoleNames } from '../../../../src/shared/codecs/splitRoleNames';

describe('splitRoleNames', () => {
  it('splits on semicolons, commas, slashes, line breaks and "and"', () => {
    expect(splitRoleNames('Alice; Bob,Carol / Dan\nEve and Frank AND Grace')).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Eve', 'Frank', 'Grace']);
  });

  it('keeps names that merely contain "and"', () => {
    expect(splitRoleNames('Brand lead; Sandra')).toEqual(['Brand lead', 'Sandra']);
  });

  it('drops empty pieces and removes a formula guard', () => {
    expect(splitRoleNames(" ; ,'@ops, ")).toEqual(['@ops']);
    expect(splitRoleNames('')).toEqual([]);
  });
});
