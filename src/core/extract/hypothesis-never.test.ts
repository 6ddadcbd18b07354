import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { statesSkippedStep } from './hypothesis-never.js';

const reads = (text: string): boolean => analyze(text).sentences.some(statesSkippedStep);

describe('statesSkippedStep', () => {
  it.each([
    'The cleanup job never touches the archived invoices.',
    'The token check never looks at the owner status.',
    'The exporter never goes through the locale formatter.',
    'The v3 resolver reads rows from the replica and never checks the tenant filter.',
  ])('reads a skipped step in %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'The dashboard never loads.',
    'The customer never logs in on Fridays.',
    'Our mailer never sent the reminder.',
    'Does the job never check the flag?',
    'Maybe the sync never reads the second calendar.',
    'We restarted it and never saw the error again.',
    'Changing the rounding never alters the stored marks.',
  ])('reads none in %j', (text) => expect(reads(text)).toBe(false));
});
