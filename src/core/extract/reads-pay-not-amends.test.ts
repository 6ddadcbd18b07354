import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsPayNotAmends } from './reads-pay-not-amends.js';
import { COMPENSATION } from './signal-cues.js';

const pay = (text: string): boolean => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return readsPayNotAmends(sentence, COMPENSATION);
};

describe('readsPayNotAmends: compensation words that ask for no amends', () => {
  it.each([
    // pay, as data
    'The team page now lists every manager’s compensation next to their title.',
    'Line managers should not see compensation in the export.',
    // a name in data: a path, a field
    'POST /v2/refunds returns 500 for partial amounts.',
    'The payload carries salary.compensation for each node.',
  ])('no amends: %j', (text) => {
    expect(pay(text)).toBe(true);
  });

  it.each([
    // asked, owed or offered
    'We expect compensation for the two days we could not invoice.',
    'What compensation can you offer us?',
    'Surely we are entitled to some compensation here.',
    // the other words keep their meaning
    'I want a refund for March.',
    'Please add a service credit to our account.',
  ])('amends: %j', (text) => {
    expect(pay(text)).toBe(false);
  });

  it('reads nothing when no compensation word is there', () => {
    expect(pay('The org chart loads slowly.')).toBe(false);
  });
});
