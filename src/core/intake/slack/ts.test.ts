import { describe, expect, it } from 'vitest';
import { compareTs, tsToIso } from './ts.js';

describe('compareTs', () => {
  it('orders by microseconds when the seconds are equal, where floats would collide', () => {
    expect(compareTs('1795096931.000001', '1795096931.000002')).toBeLessThan(0);
    expect(compareTs('1795096931.000002', '1795096931.000001')).toBeGreaterThan(0);
    expect(compareTs('1795096931.001100', '1795096931.001100')).toBe(0);
  });

  it('orders a 9-digit (pre-2001) ts before a 10-digit one', () => {
    expect(compareTs('999999999.999999', '1000000000.000000')).toBeLessThan(0);
  });
});

describe('tsToIso', () => {
  it('converts epoch seconds with microseconds to UTC ISO', () => {
    expect(tsToIso('1795096931.001100')).toBe('2026-11-19T14:02:11.001Z');
  });

  it.each([undefined, 1795096931, 'abc', '17950969.1', ''])('returns null for %j', (value) => {
    expect(tsToIso(value)).toBeNull();
  });
});
