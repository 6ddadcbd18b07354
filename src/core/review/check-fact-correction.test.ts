import { describe, expect, it } from 'vitest';
import { makeReviewPacket } from '../../../test/helpers/make-review-packet.js';
import { checkFactCorrection, type PriorCorrection } from './check-fact-correction.js';
import type { FactValue } from './feedback.js';

// One error (ERR_SYNC_413), account Example Co, 3 users affected, no tried steps.
const PACKET = makeReviewPacket();

describe('checkFactCorrection', () => {
  it.each([
    ['facts.account', 'Example Company Ltd'],
    ['facts.account', null],
    ['facts.startedAt', '2026-11-17'],
    ['facts.startedAt', '2026-11-17T08:30:00Z'],
    ['facts.affected.users', 40],
    ['facts.affected.accounts', 0],
    ['facts.workaround.exists', false],
    ['facts.errors[0]', 'ERR_SYNC_413: payload too large'],
    ['facts.errors[0]', null],
    ['facts.errors[1]', 'ERR_AUTH_401'],
    ['facts.tried[0]', 'Re-ran the sync from the admin page'],
  ] satisfies [string, FactValue][])('accepts %s = %j', (field, value) => {
    const check = checkFactCorrection(PACKET, [], field, value);
    expect(check).toMatchObject({ ok: true, value });
  });

  it('trims a text value', () => {
    expect(checkFactCorrection(PACKET, [], 'facts.account', '  Example Co  ')).toMatchObject({
      ok: true,
      value: 'Example Co',
    });
  });

  it.each([
    ['decision.escalate', true, /not a fact; severity and routing are changed with an override/],
    ['decision.severity', 'Critical', /override/],
    ['facts.tier', 'Enterprise', /not a fact that can be corrected; use one of facts.account/],
    ['facts.errors', 'x', /not a fact that can be corrected/],
    ['facts.errors[-1]', 'x', /not a fact that can be corrected/],
    ['facts.affected.users', -2, /whole number of 0 or more/],
    ['facts.affected.users', 2.5, /whole number/],
    ['facts.affected.users', '40', /whole number/],
    ['facts.startedAt', 'last Tuesday', /ISO date/],
    ['facts.startedAt', '2026-02-31', /not a real date|ISO date/],
    ['facts.workaround.partial', 'yes', /true, false or null/],
    ['facts.account', '   ', /cannot be blank; send null/],
    ['facts.account', 42, /takes text/],
    [
      'facts.errors[2]',
      'ERR_X',
      /facts.errors has 1 item\(s\); correct facts.errors\[0\]–\[0\] or add one as facts.errors\[1\]/,
    ],
    ['facts.tried[0]', null, /does not exist; nothing to remove/],
    ['facts.errors[0]', 'x'.repeat(2001), /at most 2000 characters/],
  ] satisfies [string, FactValue, RegExp][])('refuses %s = %j', (field, value, reason) => {
    const check = checkFactCorrection(PACKET, [], field, value);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('makes room for the next addition once one was added on the same version', () => {
    const prior: PriorCorrection[] = [{ field: 'facts.errors[1]', value: 'ERR_AUTH_401' }];
    expect(checkFactCorrection(PACKET, prior, 'facts.errors[2]', 'ERR_TIMEOUT').ok).toBe(true);
    const tooFar = checkFactCorrection(PACKET, prior, 'facts.errors[3]', 'ERR_TIMEOUT');
    expect(tooFar).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/and 1 added.*facts.errors\[2\]/),
    });
    // an addition can itself be withdrawn
    expect(checkFactCorrection(PACKET, prior, 'facts.errors[1]', null).ok).toBe(true);
  });

  it('does not count another list’s additions', () => {
    const prior: PriorCorrection[] = [{ field: 'facts.tried[0]', value: 'Restarted the connector' }];
    expect(checkFactCorrection(PACKET, prior, 'facts.errors[2]', 'ERR_X').ok).toBe(false);
  });
});
