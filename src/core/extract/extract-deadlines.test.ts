import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractDeadlines } from './extract-deadlines.js';

// 2026-11-17 is a Tuesday
const TUESDAY = '2026-11-17T09:00:00Z';
const ats = (text: string, at = TUESDAY) =>
  extractDeadlines(makeExtractContext([{ text, at }])).map((d) => d.at);

describe('extractDeadlines', () => {
  it.each([
    ["Next month's invoices have to go out by Thursday 12:00.", '2026-11-19T12:00:00Z'],
    ['The new term schedule must be live before Friday 08:00.', '2026-11-20T08:00:00Z'],
    ["Next week's payslips are due Wednesday 15:00 at the latest.", '2026-11-18T15:00:00Z'],
  ])('takes the date the cue governs in %j', (text, at) => {
    expect(ats(text)).toEqual([at]);
  });

  it.each([
    ['Payroll must be approved by 5pm AEST on Thursday.', '2026-11-19T07:00:00Z'],
    ['We need it fixed by Friday 9:00 (Oslo time).', '2026-11-20T08:00:00Z'],
    ['Please fix it before Wednesday 10am Chicago time, when the auditors arrive.', '2026-11-18T16:00:00Z'],
  ])('reads the zone %j states', (text, at) => {
    expect(ats(text)).toEqual([at]);
  });

  it.each([
    'The smaller branches open within two seconds, as they used to.',
    'Meanwhile we cut the list by department, which opens in 4-5 seconds, and assemble it bit by bit.',
  ])('finds no deadline in %j', (text) => {
    expect(ats(text)).toEqual([]);
  });
});

describe('extractDeadlines: non-native cues and threats', () => {
  it.each([
    'On the page before to confirm, it showed 120 EUR to pay today.',
    'My team called the drivers one by one all night.',
    'We entered the orders by hand this afternoon.',
    'Today about 30 of 400 invoices failed until now.',
    'By now 12 shipments today are stuck in the queue.',
    'This week we lost 5 orders up to now, two of them today.',
  ])('finds no deadline in %j', (text) => {
    expect(ats(text)).toEqual([]);
  });

  it.each([
    [
      'If the portal is not working when the evening shift starts at 6pm, we will cancel the contract.',
      '2026-11-17T18:00:00Z',
    ],
    [
      'Unless the sync is fixed by the time the stores open at 7am tomorrow I will escalate to your CEO.',
      '2026-11-18T07:00:00Z',
    ],
  ])('reads the time a threat sets in %j', (text, at) => {
    expect(ats(text)).toEqual([at]);
  });
});
