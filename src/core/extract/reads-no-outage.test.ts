import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsNoOutage } from './reads-no-outage.js';

const reads = (text: string): boolean => readsNoOutage(analyze(text).sentences[0]);

describe('an outage named but not claimed now', () => {
  it.each([
    'This is not an outage, just one slow report.',
    'Nothing in our metrics suggests an outage.',
    'We did not see any outage on our side.',
    'What you see is throttling rather than an outage.',
    'It was a planned maintenance window instead of an outage.',
    'Since the 3 February outage the nightly sync has been slower.',
    "Last month's outage is covered in the postmortem.",
    'We had four outages in the first quarter.',
    'There have been several outages this year.',
  ])('no outage now: %j', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    'We have had an outage since 7am.',
    'The billing outage is still ongoing.',
    'This is a full outage of the booking page.',
    // real text (danluu/post-mortems): "without" negates the configuring, not the outage
    'Sending multicast traffic without properly configuring switches caused a global outage.',
  ])('an outage claimed: %j', (text) => {
    expect(reads(text)).toBe(false);
  });
});
