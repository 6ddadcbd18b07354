import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsAmendsAsName } from './reads-amends-as-name.js';
import { COMPENSATION } from './signal-cues.js';

const reads = (text: string): boolean =>
  analyze(text).sentences.some((s) => readsAmendsAsName(s, COMPENSATION));

describe('readsAmendsAsName: a compensation word that only names a kind of thing', () => {
  it.each([
    'Are members using promo discount codes affected as well?',
    'The refund screen times out for every agent.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'We would like a discount for the trouble.',
    'I raised a refund request last week.',
    'We expect service credits for the outage.',
    'Can you refund us?',
    // one word names a thing, the other asks
    'Our discount code expired and we want a refund.',
    'Nothing of the kind in this sentence.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
