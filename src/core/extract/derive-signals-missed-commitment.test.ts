import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsMissedCommitment } from './derive-signals-missed-commitment.js';

const one = (text: string) => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

describe('readsMissedCommitment', () => {
  it.each([
    'We are two days past the date we promised the customer.',
    'This is now a week past our 5-day commitment.',
    'The fix is already past the ETA we quoted on Monday.',
    'We are past the SLA on this one.',
  ])('reads %s as a missed commitment', (text) => {
    expect(readsMissedCommitment(one(text))).toBe(true);
  });

  it.each([
    'In the past we promised faster reviews.',
    'We are not past the SLA yet.',
    'Are we past the deadline we told them?',
    'If we go past the target, tell the lead.',
    'Scroll past the banner, then click Save.',
    'The past week we told them twice.',
  ])('does not read %s as a missed commitment', (text) => {
    expect(readsMissedCommitment(one(text))).toBe(false);
  });
});
