import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractProblem, extractSymptoms } from './extract-problem.js';

describe('extractProblem from the customer messages', () => {
  it.each([
    [
      'Heads-up: we deploy the new mobile app 3.2 tomorrow at 09:00. Expect more traffic.',
      'Good morning. Since 07:40 the login page is down for all our stores.',
      'Since 07:40 the login page is down for all our stores.',
    ],
    [
      'FYI we will release our new pricing page next week.',
      'Hello! Our invoices do not work anymore, the PDF is empty.',
      'Our invoices do not work anymore, the PDF is empty.',
    ],
    [
      'Hi team, hope you are well.',
      'The export stopped working after lunch.',
      'The export stopped working after lunch.',
    ],
  ])(
    'takes the first statement of a failure, not an earlier heads-up or greeting',
    (first, second, problem) => {
      const ctx = makeExtractContext([{ text: first }, { text: second }]);
      expect(extractProblem(ctx)).toEqual({ value: problem, cites: ['S1:m2'] });
    },
  );

  it('falls back to the first customer sentence when nothing fails', () => {
    const ctx = makeExtractContext([{ text: 'We would like to add ten seats. Thanks.' }]);
    expect(extractProblem(ctx)?.value).toBe('We would like to add ten seats.');
  });
});

describe('extractSymptoms', () => {
  it('reads a status code as a failure, but not the digits of a phone number', () => {
    const ctx = makeExtractContext([
      { text: 'Kind regards, Harbour Freight Ltd +420 541 228 910' },
      { text: 'Every upload returns 502 since the morning. Call me on +44 20 7946 0412.' },
    ]);
    expect(extractSymptoms(ctx).map((c) => c.value)).toEqual(['Every upload returns 502 since the morning.']);
  });
});
