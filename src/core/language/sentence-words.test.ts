import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { holdsAny } from './sentence-words.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('holdsAny', () => {
  it('finds a word by its lemma as well as its normal form', () => {
    expect(holdsAny(first('The invoices were shown twice.'), new Set(['show']))).toBe(true);
    expect(holdsAny(first('Nobody Could Sign In.'), new Set(['nobody']))).toBe(true);
  });

  it('finds the words wink makes from a contraction, which the text does not spell out', () => {
    expect(holdsAny(first("We haven't got an option to export."), new Set(['not']))).toBe(true);
    expect(holdsAny(first("They've no way in."), new Set(['have']))).toBe(true);
  });

  it('says no only when no token has any of the words', () => {
    expect(holdsAny(first('The export finished at noon.'), new Set(['show', 'nobody', 'no']))).toBe(false);
    // a word inside a longer one is not the word
    expect(holdsAny(first('Another nobody-knows-why failure.'), new Set(['no']))).toBe(false);
  });
});
