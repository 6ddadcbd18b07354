import { describe, expect, it } from 'vitest';
import { OUTAGE } from './signal-cues.js';

describe('OUTAGE', () => {
  it.each([
    'The portal was down again this morning.',
    'Our booking app went down around lunch.',
    'The API has been down ever since.',
    'Checkout is down.',
    'The site was down all afternoon.',
  ])('%j reads as an outage', (text) => {
    expect(OUTAGE.test(text)).toBe(true);
  });

  it.each([
    'The count went down to 40 after the cleanup.',
    'Latency went down a little after the fix.',
    'The page scrolls down the list slowly.',
    'Usage was down by 20% in November.',
    'Errors were down from 300 to 12.',
    'Traffic went down 40% overnight.',
  ])('%j does not', (text) => {
    expect(OUTAGE.test(text)).toBe(false);
  });
});
