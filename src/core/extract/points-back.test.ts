import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { pointsBack } from './points-back.js';

const first = (text: string) => {
  const sentence = analyze(text).sentences[0];
  if (!sentence) throw new Error('no sentence');
  return sentence;
};

describe('pointsBack', () => {
  it('reads a bare plural pronoun as pointing back', () => {
    expect(pointsBack(first('Should we still deliver these?'))).toBe(true);
    expect(pointsBack(first('Can you void them for us?'))).toBe(true);
    expect(pointsBack(first('Could you resend those today?'))).toBe(true);
  });

  it('does not read a determiner with its noun, or "those who", as pointing back', () => {
    expect(pointsBack(first('Should we still deliver these parcels?'))).toBe(false);
    expect(pointsBack(first('Can those who left still sign in?'))).toBe(false);
    expect(pointsBack(first('Can you check the logs?'))).toBe(false);
    expect(pointsBack(first('Could you send the file so I can pass it on to them?'))).toBe(false);
    expect(pointsBack(first('If the invoices are paid, why do you still list them?'))).toBe(false);
  });
});
