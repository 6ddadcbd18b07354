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

  it('ignores the draft reply', () => {
    const ctx = makeExtractContext([
      { text: 'Broken since Monday.', kind: 'draft', meta: { unit: 'draft' }, at: THURSDAY },
    ]);
    expect(extractStartedAt(ctx)).toBeNull();
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
