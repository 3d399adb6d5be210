import { describe, expect, it } from 'vitest';
import { money } from './format.ts';

describe('money', () => {
  it("writes cents as the viewer's locale writes money in the campaign's currency", () => {
    expect(money(435_000, 'EUR', 'en-US')).toBe('€4,350.00');
    expect(money(1_200_050, 'USD', 'en-US')).toBe('$12,000.50');
    expect(money(435_000, 'EUR', 'de-DE')).toBe('4.350,00\u00a0€');
    expect(money(-1_999, 'GBP', 'en-GB')).toBe('-£19.99');
  });

  it('falls back to the plain amount and code when the runtime cannot format the currency', () => {
    expect(money(435_000, 'euro', 'en-US')).toBe('4350.00 euro');
  });
});
