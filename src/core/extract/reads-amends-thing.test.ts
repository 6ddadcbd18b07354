import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { amendsThings } from './reads-amends-thing.js';

const thingsOf = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return amendsThings(s);
};

describe('amendsThings', () => {
  it.each([
    ['Please refund the £12 setup fee.', ['fee']],
    ['He wants the courier surcharge refunded.', ['surcharge']],
    ['The postage cost is refunded once the insurer accepts the claim.', ['postage']],
    ['I would like a refund of my yearly subscription.', ['subscription']],
    ['A postage refund is due to you.', ['postage']],
    ['Can you waive the late fee and refund the postage?', ['fee', 'postage']],
  ] as const)('names the thing of %j', (text, things) => {
    expect(thingsOf(text)).toEqual(things);
  });

  it.each([
    'I want a refund.',
    'Refunds within 30 days are automatic.',
    'Refund the postage and give us a free month.',
    'We expect a 20% discount.',
  ])('is null when an amends names no thing: %j', (text) => {
    expect(thingsOf(text)).toBeNull();
  });

  it('leaves out amends said no to', () => {
    expect(thingsOf('We do not refund the setup fee, but the postage is refunded.')).toEqual(['postage']);
  });
});
