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
