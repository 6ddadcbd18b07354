import { describe, expect, it } from 'vitest';
import { formatAmount } from './parse-amount.js';

describe('formatAmount', () => {
  it.each([
    [0, '$0'],
    [999, '$999'],
    [1000, '$1,000'],
    [1234567, '$1,234,567'],
    [1234.5, '$1,234.50'],
    [-1234.56, '$-1,234.56'],
    [12.345, '$12.35'],
  ] satisfies [number, string][])('groups %d the way en-US does: %s', (value, expected) => {
    expect(formatAmount({ value, currency: '$' })).toBe(expected);
    expect(expected).toBe(
      `$${value.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`,
    );
  });

  it('puts a currency code after the number', () => {
    expect(formatAmount({ value: 48000, currency: 'EUR' })).toBe('48,000 EUR');
  });
});
