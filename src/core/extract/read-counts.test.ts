import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readCounts } from './read-counts.js';

const counts = (text: string) =>
  analyze(text).sentences.flatMap((s) => readCounts(s).map((c) => `${c.kind} ${c.value}`));

describe('readCounts', () => {
  it.each([
    ['Nine of them called, and 31 clinics now show blank rosters.', 'accounts 31'],
    ['Our replica query finds 48 merchant accounts with the bad locale.', 'accounts 48'],
    ['Since the release 2,150 drivers have stale manifests.', 'users 2150'],
    ['15 of our pharmacists cannot print labels.', 'users 15'],
    ['Only 6 of the 20 branches report it.', 'accounts 6'],
  ])('reads the count and the kind of noun it counts in %j', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it.each([
    'We were refunded $1,200 for 3 months.',
    'The pilot uses the top 10 tenants by volume.',
    'Support is staffed 24x7 by our engineers on rotation.',
    'It was load-tested at 5,000 concurrent users.',
    'Every Android 15 user on that build crashes.',
    'We printed 400 labels and 37 orders went out late.',
  ])('reads no count of people or customers in %j', (text) => {
    expect(counts(text)).toEqual([]);
  });
});
