import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractStartedAt } from './extract-started-at.js';

// 2026-11-19 is a Thursday
const THURSDAY = '2026-11-19T15:00:00Z';

describe('extractStartedAt', () => {
  it.each([
    ['Since Tuesday our orders fail to sync.', THURSDAY, '2026-11-17'],
    ["Charts are blank since yesterday's upgrade.", THURSDAY, '2026-11-18'],
    ['It started last Thursday, roughly 1 in 20 calls fail.', THURSDAY, '2026-11-12'],
    ['Exports are short since Saturday.', '2026-11-18T10:00:00Z', '2026-11-14'],
    ['We first noticed it on Nov 5 after the change.', THURSDAY, '2026-11-05'],
    ["Since Friday's sync, new users are never added to their groups.", THURSDAY, '2026-11-13'],
  ])('resolves %j written at %s to %s', (text, at, day) => {
    expect(extractStartedAt(makeExtractContext([{ text, at }]))?.value).toBe(day);
  });

  it('takes the earliest onset across items, each against its own time', () => {
    const ctx = makeExtractContext([
      { text: 'Broken since this morning.', at: '2026-11-19T12:00:00Z' },
      { text: 'Actually it began on Monday for some users.', at: '2026-11-19T13:00:00Z' },
    ]);
    expect(extractStartedAt(ctx)).toEqual({ value: '2026-11-16', cites: ['S1:m2'] });
  });

  it.each([
    'Nobody has touched the settings since August.',
    'Please reply before Friday.',
    'We work from this file on Friday.',
    'We have been a customer since 2019.',
  ])('finds no onset in %j', (text) => {
    expect(extractStartedAt(makeExtractContext([{ text, at: THURSDAY }]))).toBeNull();
  });

  it.each([
    'Our holiday sale is starting this week, so please hurry.',
    'The busy season starts Monday and we cannot ship like this.',
    'Black Friday campaign begins this weekend.',
    'Our Christmas rush started on Monday, this could not come at a worse time.',
  ])('takes the problem onset, not a coming business event, from %j', (event) => {
    const ctx = makeExtractContext([
      { text: `Since this morning our invoices fail to send. ${event}`, at: THURSDAY },
    ]);
    expect(extractStartedAt(ctx)?.value).toBe('2026-11-19');
  });

  it('still reads an onset that is starting to show', () => {
    const ctx = makeExtractContext([{ text: 'Errors started to pile up on Monday.', at: THURSDAY }]);
    expect(extractStartedAt(ctx)?.value).toBe('2026-11-16');
  });

  it('ignores the draft reply', () => {
    const ctx = makeExtractContext([
      { text: 'Broken since Monday.', kind: 'draft', meta: { unit: 'draft' }, at: THURSDAY },
    ]);
    expect(extractStartedAt(ctx)).toBeNull();
  });

  it.each([
    // the zone the sentence names: 07:10 in Sydney on Fri 20 Nov is 20:10 UTC on the 19th
    ['It started around 7:10am Sydney time.', '2026-11-19T21:00:00Z', '2026-11-19T20:10:00Z'],
    ['The first failure was on Nov 18 at 23:30 (Berlin time).', THURSDAY, '2026-11-18T22:30:00Z'],
    ['Since 9pm EST yesterday every import fails.', THURSDAY, '2026-11-19T02:00:00Z'],
  ])('reads %j written at %s in its own zone: %s', (text, at, iso) => {
    expect(extractStartedAt(makeExtractContext([{ text, at }]))?.value).toBe(iso);
  });

  it('reads "their time" in the zone the case names elsewhere, not UTC', () => {
    const ctx = makeExtractContext([
      { text: 'Our front desk opens at 8am Auckland time.', at: '2026-11-18T20:00:00Z' },
      // 2026-11-18T22:00Z is Thursday 11:00 in Auckland: "Thursday morning" is this morning
      { text: 'Bookings vanish since Thursday morning their time.', at: '2026-11-18T22:00:00Z' },
    ]);
    expect(extractStartedAt(ctx)?.value.slice(0, 10)).toBe('2026-11-18');
  });

  it('does not move "their time" in an unknown zone back a week', () => {
    // written 01:00 UTC Thursday: Thursday morning somewhere east of UTC is still this Thursday
    const ctx = makeExtractContext([
      { text: 'Invoices fail since Thu morning their time.', at: '2026-11-19T01:00:00Z' },
    ]);
    expect(extractStartedAt(ctx)?.value).toBe('2026-11-19');
  });

  it.each([
    'First use of the key from that host was Nov 14, 06:02 UTC.',
    'The errors started on 14 November at 06:02 UTC according to the logs.',
  ])('dates an undated paste by its absolute date: %j', (text) => {
    expect(extractStartedAt(makeExtractContext([{ text, at: null }]))?.value).toBe('2026-11-14T06:02:00Z');
  });

  it('takes no relative date from an undated paste', () => {
    expect(extractStartedAt(makeExtractContext([{ text: 'Broken since Tuesday.', at: null }]))).toBeNull();
  });

  it.each([
    'Sorry, this sat in my inbox since yesterday morning.',
    'The ticket has been waiting for a reply since Monday.',
    'I have been chasing this since Tuesday.',
  ])('does not read how long a message waited as the onset: %j', (text) => {
    expect(extractStartedAt(makeExtractContext([{ text, at: THURSDAY }]))).toBeNull();
  });

  it('does not date the onset by a later event after an "after the" phrase', () => {
    const text = 'After the login there were four downloads from the same browser, at 04:10 and 04:30.';
    expect(extractStartedAt(makeExtractContext([{ text, at: THURSDAY }]))).toBeNull();
  });

  it('falls back to an explicitly dated event in the customer report', () => {
    const ctx = makeExtractContext([
      { text: 'We were charged twice for our renewal on 1 November.', at: '2026-11-03T09:00:00Z' },
    ]);
    expect(extractStartedAt(ctx)).toEqual({ value: '2026-11-01', cites: ['S1:m1'] });
  });

  it('falls back to the start of a related status-page incident, not an unrelated one', () => {
    const incident = (subject: string, start: string) => ({
      text: `Incident: ${subject}; status resolved; started ${start}`,
      kind: 'status' as const,
      role: 'bot' as const,
      meta: { unit: 'field' as const, field: 'incident', subject },
    });
    const ctx = makeExtractContext([
      incident('Elevated API latency in EU', '2026-10-28T09:30:00.000Z'),
      incident('Delayed webhook deliveries', '2026-11-12T14:02:00.000Z'),
    ]);
    expect(extractStartedAt(ctx, 'Webhooks still delayed after the incident')?.value).toBe(
      '2026-11-12T14:02:00.000Z',
    );
    expect(extractStartedAt(ctx, 'Invoices missing')).toBeNull();
  });
});

describe('extractStartedAt: a denied change is not the onset', () => {
  it('skips "no release since …" and keeps the failure it sits beside', () => {
    const ctx = makeExtractContext([
      { text: 'Since Tuesday our invoices are rejected.', at: THURSDAY },
      {
        text: 'Checked the deploy log: no release on the invoice service since 2 Nov.',
        at: THURSDAY,
        role: 'engineering',
        visibility: 'internal',
      },
      { text: 'There is no change to the mapping since October.', at: THURSDAY },
    ]);
    expect(extractStartedAt(ctx)?.value).toBe('2026-11-17');
  });

  it('keeps a failure put as a denied verb ("have not arrived since …")', () => {
    const ctx = makeExtractContext([{ text: 'The exports have not arrived since Monday.', at: THURSDAY }]);
    expect(extractStartedAt(ctx)?.value).toBe('2026-11-16');
  });
});
