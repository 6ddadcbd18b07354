import { describe, expect, it } from 'vitest';
import { isSameSecret } from './same-secret.js';

describe('isSameSecret', () => {
  it('accepts the exact token', () => {
    expect(isSameSecret('c2f1-88aa', 'c2f1-88aa')).toBe(true);
  });

  it.each([
    ['c2f1-88ab', 'one character off'],
    ['c2f1-88a', 'a prefix'],
    ['', 'empty'],
    [undefined, 'no header'],
    [['c2f1-88aa'], 'a repeated header'],
  ] satisfies [unknown, string][])('refuses %j (%s)', (presented, _why) => {
    expect(isSameSecret(presented, 'c2f1-88aa')).toBe(false);
  });
});
