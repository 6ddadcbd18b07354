import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReviewPacket } from '../../../test/helpers/make-review-packet.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { dueTimes, dueTimesAtLevel } from './due-times.js';

const SHIPPED = readFileSync(new URL('../../../policies/default.policy.yaml', import.meta.url), 'utf8');
const parsed = parsePolicy(SHIPPED);
if (!parsed.ok) throw new Error('the shipped policy must parse');
const policy = parsed.policy;

// A Thursday afternoon, so business days matter for a one-day cadence.
const AS_OF = '2026-11-19T15:30:00.000Z';

describe('due times', () => {
  it('count respond-by and both follow-ups from asOf', () => {
    expect(
      dueTimes({ asOf: AS_OF, responseTarget: 'PT2H', cadence: { internal: 'PT4H', customer: 'PT8H' } }),
    ).toEqual({
      respondBy: '2026-11-19T17:30:00.000Z',
      nextInternalDue: '2026-11-19T19:30:00.000Z',
      nextCustomerDue: '2026-11-19T23:30:00.000Z',
    });
  });

  it('restart the customer cadence from the last update sent', () => {
    const due = dueTimes({
      asOf: AS_OF,
      responseTarget: null,
      cadence: { internal: 'PT4H', customer: 'PT8H' },
      lastSent: '2026-11-20T01:00:00.000Z',
    });
    expect(due.nextCustomerDue).toBe('2026-11-20T09:00:00.000Z');
    expect(due.respondBy).toBeNull();
  });

  it('shorten every due time when the level goes up under the shipped policy', () => {
    const packet = makeReviewPacket({ asOf: AS_OF });
    const levels = [...policy.severities].sort((a, b) => b.order - a.order).map((s) => s.level);
    const top = levels[0] ?? '';
    const lower = levels.find((l) => policy.cadence[l] && l !== top) ?? '';
    const high = dueTimesAtLevel(policy, packet, top);
    const low = dueTimesAtLevel(policy, packet, lower);
    for (const key of ['respondBy', 'nextInternalDue', 'nextCustomerDue'] as const) {
      expect(Date.parse(high[key] ?? ''), key).toBeLessThan(Date.parse(low[key] ?? ''));
    }
  });
});

describe('due times after an override, inside the customer deadline', () => {
  const levels = [...policy.severities].sort((a, b) => a.order - b.order).map((s) => s.level);
  const lowest = levels.find((l) => policy.cadence[l]) ?? '';
  // 3 hours after asOf: sooner than the lowest level's respond-by and cadence
  const deadline = '2026-11-19T18:30:00.000Z';
  const withDeadline = makeReviewPacket({
    asOf: AS_OF,
    facts: {
      ...makeReviewPacket().facts,
      deadlines: [{ at: deadline, text: 'We need it by 18:30 today.', cites: ['S1:c1'] }],
    },
  });

  it('never puts respond-by or a follow-up after a deadline still ahead', () => {
    const free = dueTimesAtLevel(policy, makeReviewPacket({ asOf: AS_OF }), lowest);
    expect(Date.parse(free.nextCustomerDue ?? '')).toBeGreaterThan(Date.parse(deadline));
    const due = dueTimesAtLevel(policy, withDeadline, lowest);
    for (const key of ['respondBy', 'nextInternalDue', 'nextCustomerDue'] as const) {
      expect(Date.parse(due[key] ?? ''), key).toBeLessThanOrEqual(Date.parse(deadline));
    }
  });

  it('makes respond-by now when the deadline has already passed', () => {
    const passed = makeReviewPacket({
      asOf: AS_OF,
      facts: {
        ...makeReviewPacket().facts,
        deadlines: [{ at: '2026-11-19T12:00:00.000Z', text: 'By noon please.', cites: ['S1:c1'] }],
      },
    });
    expect(dueTimesAtLevel(policy, passed, lowest).respondBy).toBe(AS_OF);
  });

  it('keeps the follow-ups before a deadline still ahead when an earlier one has passed', () => {
    const both = makeReviewPacket({
      asOf: AS_OF,
      facts: {
        ...makeReviewPacket().facts,
        deadlines: [
          { at: '2026-11-19T12:00:00.000Z', text: 'By noon please.', cites: ['S1:c1'] },
          { at: deadline, text: 'We need it by 18:30 today.', cites: ['S1:c2'] },
        ],
      },
    });
    const due = dueTimesAtLevel(policy, both, lowest);
    expect(due.respondBy).toBe(AS_OF);
    expect(Date.parse(due.nextInternalDue ?? '')).toBeLessThanOrEqual(Date.parse(deadline));
    expect(Date.parse(due.nextCustomerDue ?? '')).toBeLessThanOrEqual(Date.parse(deadline));
  });

  it('leaves the customer follow-up alone once an update went out after the deadline', () => {
    const due = dueTimesAtLevel(policy, withDeadline, lowest, '2026-11-19T19:00:00.000Z');
    expect(Date.parse(due.nextCustomerDue ?? '')).toBeGreaterThan(Date.parse('2026-11-19T19:00:00.000Z'));
  });
});
