import { describe, expect, it } from 'vitest';
import { roleColour } from '../../../../src/shared/domain/roleColour';

describe('roleColour', () => {
  it('returns the colour in lower case when given #RRGGBB', () => {
    expect(roleColour('#1F8A70')).toEqual({ ok: true, value: '#1f8a70' });
  });

  it.each(['1f8a70', '#1f8a7', '#1f8a70ff', '#ggg000', 'red', 'rgb(1,2,3)', ''])('refuses %j as invalid-colour', (raw) => {
    const result = roleColour(raw);
    expect(result.ok ? 'accepted' : result.error.code).toBe('invalid-colour');
  });
});
