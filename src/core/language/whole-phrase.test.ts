import { describe, expect, it } from 'vitest';
import { escapeRegExp, wholePhrase } from './whole-phrase.js';

describe('whole-phrase', () => {
  it('escapes every metacharacter, so the text matches itself literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });

  it('matches a phrase in any case as whole words only, in any script', () => {
    expect(wholePhrase('Krone & Fjord').test('ordered by krone & fjord today')).toBe(true);
    expect(wholePhrase('Ines').test('every two business days')).toBe(false);
    expect(wholePhrase('Åsa').test('åsa signed it')).toBe(true);
    expect(wholePhrase('Åsa').test('Måsaby signed it')).toBe(false);
  });
});
