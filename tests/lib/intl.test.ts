import { describe, expect, it } from 'vitest';
import { formatOnFirstUse } from '../../src/lib/intl.ts';

describe('formatOnFirstUse', () => {
  it('makes the formatter on the first format, once, and formats as it does', () => {
    let made = 0;
    const f = formatOnFirstUse(() => {
      made++;
      return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
    });
    expect(made).toBe(0);
    expect(f.format(95300.5)).toBe('95.300,5');
    expect(f.format(1.234)).toBe('1,23');
    expect(made).toBe(1);
  });
});
