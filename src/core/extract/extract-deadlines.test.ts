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

describe('extractDeadlines: only stated due times, on the speaker clock of their message', () => {
  it.each([
    'We paused the sync at 09:05 this morning to stop the duplicates.',
    'The shift report was logged by the night desk 23:40 CET.',
    'Our office manager is off until Friday.',
    'I will upload the corrected file tomorrow.',
    'Should we stop the scheduled exports until Thursday?',
    'It ran fine for 3 years before this.',
  ])('finds no deadline in %j', (text) => {
    expect(ats(text)).toEqual([]);
  });

  it('reads "tomorrow" from the message it is in, not from asOf', () => {
    const ctx = makeExtractContext(
      [{ text: 'We need the corrected rota by tomorrow 10:00.', at: TUESDAY }],
      '2026-11-21T09:00:00Z',
    );
    expect(extractDeadlines(ctx).map((d) => d.at)).toEqual(['2026-11-18T10:00:00Z']);
  });

  it("reads a bare hour on the clock the speaker's message names", () => {
    const text = 'Our stores open at 8am Sydney time. We need the prices fixed by 9am tomorrow.';
    // Tuesday 09:00 UTC is Tuesday 20:00 in Sydney: tomorrow is Wednesday there, 9am AEDT is 22:00 UTC Tuesday
    expect(ats(text)).toEqual(['2026-11-17T22:00:00Z']);
  });

  it('keeps a day without an hour on the day named, no later than its end on the speaker clock', () => {
    const text = 'Our year-end close is on Friday 20 November, 5pm AEDT is when finance signs off.';
    const [at] = ats(text);
    expect(at?.slice(0, 10)).toBe('2026-11-20');
    expect(Date.parse(at ?? '')).toBeLessThanOrEqual(Date.parse('2026-11-20T12:59:00Z'));
  });

  it('takes the day of an upcoming event the work hangs on', () => {
    expect(ats('We have the stock-take on Thursday 19 November and the counts must match.')).toEqual([
      '2026-11-19T23:59:00Z',
    ]);
  });
});

describe('extractDeadlines: the speaker clock across their messages', () => {
  it('reads an hour in the zone the same speaker named in another message', () => {
    const ctx = makeExtractContext([
      { text: 'The kiosks went blank at 6:10am Perth time.', at: TUESDAY, name: 'Ada Wills' },
      { text: 'Our stock cut-off is Thursday 4pm.', at: TUESDAY, name: 'Ada Wills' },
      { text: 'Our stock cut-off is Thursday 4pm.', at: TUESDAY, name: 'Sam Other' },
    ]);
    // 4pm AWST (+8) is 08:00 UTC; someone who named no zone keeps UTC
    expect(extractDeadlines(ctx).map((d) => d.at)).toEqual(['2026-11-19T08:00:00Z', '2026-11-19T16:00:00Z']);
  });
});

describe("extractDeadlines: the speaker's clock", () => {
  const read = (text: string, at: string, zone?: string) =>
    extractDeadlines(makeExtractContext([{ text, at, ...(zone ? { zone } : {}) }]))[0];

  it.each([
    // winter: Berlin is UTC+1, London UTC+0, New York UTC-5
    [
      'The signed order form has to reach us by 15:00 tomorrow.',
      '2027-01-12T08:00:00Z',
      'Europe/Berlin',
      '2027-01-13T14:00:00Z',
    ],
    [
      'The signed order form has to reach us by 15:00 tomorrow.',
      '2027-01-12T08:00:00Z',
      'Europe/London',
      '2027-01-13T15:00:00Z',
    ],
    [
      'The signed order form has to reach us by 15:00 tomorrow.',
      '2027-01-12T14:00:00Z',
      'America/New_York',
      '2027-01-13T20:00:00Z',
    ],
    // summer: Berlin UTC+2, London UTC+1 (BST)
    [
      'The signed order form has to reach us by 15:00 tomorrow.',
      '2027-07-12T08:00:00Z',
      'Europe/Berlin',
      '2027-07-13T13:00:00Z',
    ],
    [
      'The signed order form has to reach us by 15:00 tomorrow.',
      '2027-07-12T08:00:00Z',
      'Europe/London',
      '2027-07-13T14:00:00Z',
    ],
    // across the spring change in Europe (28 March 2027): written in winter time, due in summer time
    [
      'Our auditors need the export before 09:30 on Monday.',
      '2027-03-26T10:00:00Z',
      'Europe/Amsterdam',
      '2027-03-29T07:30:00Z',
    ],
    // across the autumn change in the US (7 November 2027)
    [
      'Our auditors need the export before 09:30 on Monday.',
      '2027-11-05T15:00:00Z',
      'America/Chicago',
      '2027-11-08T15:30:00Z',
    ],
  ])('reads %j written at %s on the author’s clock %s', (text, at, zone, due) => {
    const deadline = read(text, at, zone);
    expect(deadline?.at).toBe(due);
    expect(deadline?.zone).toBe(zone);
    expect(deadline?.zoneAssumed).toBeUndefined();
  });

  it('a zone the sentence names wins over the author’s own clock', () => {
    const deadline = read(
      'Payroll must be approved by 5pm AEST on Thursday.',
      '2026-11-17T09:00:00Z',
      'Europe/London',
    );
    expect(deadline?.at).toBe('2026-11-19T07:00:00Z');
  });

  it('an hour on nobody’s known clock is read in UTC and marked as assumed', () => {
    const deadline = read('The signed order form has to reach us by 15:00 tomorrow.', '2027-01-12T08:00:00Z');
    expect(deadline?.at).toBe('2027-01-13T15:00:00Z');
    expect(deadline).toMatchObject({ zone: 'UTC', zoneAssumed: true });
  });

  it('a day without an hour carries no clock note', () => {
    const deadline = read('The invoices must be corrected by Friday.', '2026-11-17T09:00:00Z');
    expect(deadline?.at).toBeTruthy();
    expect(deadline?.zone).toBeUndefined();
  });
});

describe('extractDeadlines: cut-offs the customer states for what they need from us', () => {
  // 2027-03-23 is a Tuesday; Paris is on UTC+1 until 28 March
  const read = (text: string) =>
    extractDeadlines(makeExtractContext([{ text, at: '2027-03-23T08:00:00Z', zone: 'Europe/Paris' }])).map(
      (d) => d.at,
    );
  it.each([
    ['We need the refund approval by 4pm so finance can close the books.', '2027-03-23T15:00:00Z'],
    [
      'Could you confirm before our 10:15 stand-up whether the export is safe to rerun?',
      '2027-03-23T09:15:00Z',
    ],
    ['Our cut-off for the bank file is 11:30 tomorrow.', '2027-03-24T10:30:00Z'],
    ['The payroll run locks at 14:00 on Wednesday.', '2027-03-24T13:00:00Z'],
  ])('%j is a deadline on the speaker’s clock', (text, at) => {
    expect(read(text)).toEqual([at]);
  });

  it('a day named for an event of theirs is due by the end of that day on their clock', () => {
    expect(read('Thursday is month-end close.')).toEqual(['2027-03-25T22:59:00Z']);
  });
});
