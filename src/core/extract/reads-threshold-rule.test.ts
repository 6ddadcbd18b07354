import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { sumsIn, thresholdRule } from './reads-threshold-rule.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('thresholdRule: a rule that applies above a sum', () => {
  it.each([
    ['Anything over £80 goes to the head of support.', 80],
    ['Refunds above $200 need a manager to sign off.', 200],
    ['Any credit more than €100 is for the VP to decide.', 100],
  ] satisfies [string, number][])('reads %j', (text, threshold) => {
    expect(thresholdRule(first(text))).toBe(threshold);
  });

  it.each([
    // a sum placed against someone's limit, after the verb: this case, not a rule
    'The $300 credit is over our limit.',
    // no sum: a count, not money
    'Anything over 40 seats is the enterprise plan.',
    'Escalating the refund to leadership.',
  ])('reads no rule in %j', (text) => {
    expect(thresholdRule(first(text))).toBeNull();
  });
});

describe('sumsIn', () => {
  it('reads each sum with a currency sign', () => {
    expect(sumsIn(first('We refunded the £12 fee and offered a £1,250 credit.')).map((s) => s.value)).toEqual(
      [12, 1250],
    );
  });
});
