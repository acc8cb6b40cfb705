import { describe, expect, it } from 'vitest';
import { MAX_ROLE_WIDTH, MAX_TITLE_WIDTH, MIN_ROLE_WIDTH, MIN_TITLE_WIDTH, matrixColumns } from '../../../../src/renderer/src/matrix/matrixColumns';

describe('matrixColumns', () => {
  it('widens the columns up to their maximum when there are few roles', () => {
    expect(matrixColumns(1440, 2)).toEqual({ title: MAX_TITLE_WIDTH, role: MAX_ROLE_WIDTH });
  });

  it('fills the width exactly when the roles fit between their minimum and maximum', () => {
    const { title, role } = matrixColumns(1440, 6);
    expect(role).toBeGreaterThanOrEqual(MIN_ROLE_WIDTH);
    expect(role).toBeLessThanOrEqual(MAX_ROLE_WIDTH);
    expect(title + 6 * role).toBeLessThanOrEqual(1440);
    expect(title + 6 * role).toBeGreaterThan(1440 - 6);
  });

  it('keeps readable minimums and lets the matrix scroll sideways when there are many roles', () => {
    expect(matrixColumns(1024, 12)).toEqual({ title: MIN_TITLE_WIDTH, role: MIN_ROLE_WIDTH });
  });

  it('gives every width to the titles when there are no roles', () => {
    expect(matrixColumns(400, 0)).toEqual({ title: 400, role: MIN_ROLE_WIDTH });
    expect(matrixColumns(-5, 0).title).toBe(MIN_TITLE_WIDTH);
  });
});
