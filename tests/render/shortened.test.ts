import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_LIMIT, shortened } from '../../src/render/controls.js';

describe('shortened (one announcement, at most 150 characters)', () => {
  it('leaves a message that fits as it is', () => {
    const fits = `Tab for details: ${'a'.repeat(ANNOUNCEMENT_LIMIT - 17)}`;
    expect(fits).toHaveLength(ANNOUNCEMENT_LIMIT);
    expect(shortened(fits)).toBe(fits);
  });

  it('cuts between words, never inside one, within the limit', () => {
    const summary = 'Russian forces attacked Ukraine from the north, east and south, turning the conflict that began in 2014 into a full-scale war, the largest in Europe since 1945.';
    const said = shortened(`Tab for details: ${summary}`);
    expect(said.length).toBeLessThanOrEqual(ANNOUNCEMENT_LIMIT);
    expect(said).toBe('Tab for details: Russian forces attacked Ukraine from the north, east and south, turning the conflict that began in 2014 into a full-scale war, the…');
  });

  it('cuts a single overlong word at the limit', () => {
    expect(shortened('x'.repeat(400))).toBe(`${'x'.repeat(ANNOUNCEMENT_LIMIT - 1)}…`);
  });
});
