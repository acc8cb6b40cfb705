import { describe, expect, it } from 'vitest';
import { defaultRoleColour, IMPORT_ROLE_COLOURS } from '../../../../src/shared/codecs/defaultRoleColour';
import { roleColour } from '../../../../src/shared/domain/roleColour';

describe('defaultRoleColour', () => {
  it('walks the palette in lane order and starts again after its end', () => {
    expect(defaultRoleColour(0)).toBe(IMPORT_ROLE_COLOURS[0]);
    expect(defaultRoleColour(IMPORT_ROLE_COLOURS.length + 1)).toBe(IMPORT_ROLE_COLOURS[1]);
  });

  it('always gives a valid lane colour', () => {
    for (const index of [-3, 0.5, Number.NaN, Infinity, 1e9]) expect(roleColour(defaultRoleColour(index)).ok).toBe(true);
    for (const colour of IMPORT_ROLE_COLOURS) expect(roleColour(colour)).toEqual({ ok: true, value: colour });
  });
});
