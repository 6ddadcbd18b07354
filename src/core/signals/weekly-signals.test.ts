import { describe, expect, it } from 'vitest';
import { type SignalRows, weeklySignals } from './weekly-signals.js';

// "Now" is Wednesday of 2026-W50; the previous week is 2026-W49 (30 Nov – 6 Dec).
const NOW = '2026-12-09T12:00:00.000Z';
const MONDAY_W50 = '2026-12-07T09:00:00.000Z';
const SUNDAY_W49 = '2026-12-06T22:00:00.000Z';
const minutesAfter = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

const ROWS: SignalRows = {
  packets: [
    // this week: three uploads, two prepared, one of them sent
    {
      id: 'a',
      uploadedAt: MONDAY_W50,
      reviewReadyAt: minutesAfter(MONDAY_W50, 1),
      firstUpdateAt: minutesAfter(MONDAY_W50, 60),
      followUpsOverdue: 0,
    },
    {
      id: 'b',
      uploadedAt: minutesAfter(MONDAY_W50, 10),
      reviewReadyAt: minutesAfter(MONDAY_W50, 13),
      firstUpdateAt: null,
      followUpsOverdue: 2,
    },
    {
      id: 'c',
      uploadedAt: minutesAfter(MONDAY_W50, 20),
      reviewReadyAt: null,
      firstUpdateAt: null,
      followUpsOverdue: 0,
    },
    // last week, late on Sunday: prepared after midnight, counted in the week it was uploaded
    {
      id: 'd',
      uploadedAt: SUNDAY_W49,
      reviewReadyAt: minutesAfter(SUNDAY_W49, 180),
      firstUpdateAt: null,
      followUpsOverdue: 1,
    },
    // long ago: outside the window
    {
      id: 'old',
      uploadedAt: '2026-06-01T10:00:00.000Z',
      reviewReadyAt: '2026-06-01T10:01:00.000Z',
      firstUpdateAt: null,
      followUpsOverdue: 1,
    },
  ],
  overrides: [
    { packetId: 'a', field: 'severity', direction: 'up' },
    { packetId: 'a', field: 'severity', direction: 'down' },
    { packetId: 'b', field: 'severity', direction: 'up' },
    { packetId: 'b', field: 'routing', direction: 'changed' },
    { packetId: 'd', field: 'severity', direction: 'down' },
    { packetId: 'old', field: 'severity', direction: 'up' },
  ],
  gateRejections: ['a', 'a', 'd', 'old'],
  ratings: [
    { packetId: 'a', rating: 'knew-first-move' },
    { packetId: 'b', rating: 'knew-first-move' },
    { packetId: 'b', rating: 'had-to-ask' },
  ],
};

describe('weeklySignals', () => {
  const [thisWeek, lastWeek, twoWeeksAgo] = weeklySignals(ROWS, { now: NOW, weeks: 3 });

  it('lists the asked-for weeks, newest first', () => {
    expect([thisWeek?.id, lastWeek?.id, twoWeeksAgo?.id]).toEqual(['2026-W50', '2026-W49', '2026-W48']);
    expect(thisWeek?.start).toBe('2026-12-07T00:00:00.000Z');
  });

  it('counts packets uploaded and prepared by the week they were uploaded in', () => {
    expect(thisWeek).toMatchObject({ packetsUploaded: 3, packetsPrepared: 2 });
    expect(lastWeek).toMatchObject({ packetsUploaded: 1, packetsPrepared: 1 });
    expect(twoWeeksAgo).toMatchObject({ packetsUploaded: 0, packetsPrepared: 0 });
  });

  it('gives median and p90 time to review-ready and to the first customer update, in seconds', () => {
    // this week: 60 s and 180 s to review-ready; one update after 3600 s
    expect(thisWeek?.uploadToReviewReady).toEqual({ count: 2, medianSeconds: 60, p90Seconds: 180 });
    expect(thisWeek?.uploadToFirstUpdate).toEqual({ count: 1, medianSeconds: 3600, p90Seconds: 3600 });
    expect(lastWeek?.uploadToReviewReady.medianSeconds).toBe(180 * 60);
    expect(twoWeeksAgo?.uploadToFirstUpdate).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });

  it('gives the override rate per prepared packet and the direction of each severity override', () => {
    expect(thisWeek?.severityOverrides).toEqual({ packets: 2, rate: 1, up: 2, down: 1 });
    expect(thisWeek?.routingOverrides).toEqual({ packets: 1, rate: 0.5 });
    expect(lastWeek?.severityOverrides).toEqual({ packets: 1, rate: 1, up: 0, down: 1 });
    expect(twoWeeksAgo?.severityOverrides.rate).toBeNull();
  });

  it('counts gate rejections and missed follow-ups of the week’s packets', () => {
    expect([thisWeek?.gatesRejected, lastWeek?.gatesRejected]).toEqual([2, 1]);
    expect([thisWeek?.followUpsMissed, lastWeek?.followUpsMissed]).toEqual([2, 1]);
  });

  it('gives the knew-first-move share of handoff ratings, or null before feedback exists', () => {
    expect(thisWeek?.handoffRatings).toEqual({ knewFirstMove: 2, hadToAsk: 1, knewFirstMoveShare: 2 / 3 });
    expect(lastWeek?.handoffRatings).toEqual({ knewFirstMove: 0, hadToAsk: 0, knewFirstMoveShare: null });
    const [withoutTable] = weeklySignals({ ...ROWS, ratings: null }, { now: NOW, weeks: 1 });
    expect(withoutTable?.handoffRatings).toBeNull();
  });
});
