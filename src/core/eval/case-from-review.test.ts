import { describe, expect, it } from 'vitest';
import { makeReviewPacket } from '../../../test/helpers/make-review-packet.js';
import type { Packet } from '../model/packet.js';
import { applyReview, type Review } from './apply-review.js';
import { caseFromReview, expectedFromPacket } from './case-from-review.js';
import { scoreCase } from './score-case.js';

const BASE = makeReviewPacket();
/** A packet with every scored fact family filled, as a reviewer would see it. */
const PACKET: Packet = {
  ...BASE,
  facts: {
    ...BASE.facts,
    errors: [
      { value: 'ERR_SYNC_413', cites: ['S1:c1'] },
      { value: 'request id 7f3a', cites: ['S1:c1'] },
    ],
    startedAt: { value: '2026-11-18T09:00:00.000Z', cites: ['S1:c1'] },
    tried: [{ action: 'Re-ran the order sync', result: 'same error', by: 'support', cites: ['S1:c1'] }],
    workaround: { exists: true, partial: true, text: 'export by hand', cites: ['S1:c1'] },
    customerAsks: [{ value: 'When will orders sync again?', cites: ['S1:c1'] }],
    hypotheses: [{ value: 'Payload size limit on the connector', cites: ['S1:c1'] }],
  },
};
const AS_SUGGESTED: Review = { severity: 'High', primaryTarget: 'Engineering', corrections: [] };
const NO_GATES: never[] = [];

const score = (expected: ReturnType<typeof expectedFromPacket>, packet: Packet) =>
  scoreCase({ name: 'case', expected, packet, schemaErrors: null }).fields;

describe('expectedFromPacket', () => {
  it('states every scored field of the packet, and the packet scores 1 on each against it', () => {
    const expected = expectedFromPacket(PACKET);
    expect(expected).toEqual({
      asOf: PACKET.asOf,
      escalate: true,
      severity: 'High',
      targets: ['Engineering'],
      account: 'Example Co',
      affected: { users: 3 },
      startedAt: '2026-11-18T09:00:00.000Z',
      errors: ['ERR_SYNC_413', 'request id 7f3a'],
      tried: ['Re-ran the order sync same error'],
      workaround: { exists: true, partial: true },
      customerAsks: ['When will orders sync again?'],
      hypotheses: ['Payload size limit on the connector'],
    });
    const fields = score(expected, PACKET);
    expect(Object.keys(fields).sort()).toEqual(
      [
        'account',
        'affected',
        'customerAsks',
        'errors',
        'escalate',
        'hypotheses',
        'primaryTarget',
        'severity',
        'startedAt',
        'targets',
        'tried',
        'workaround',
      ].sort(),
    );
    for (const [field, result] of Object.entries(fields)) expect(result?.score, field).toBe(1);
  });

  it('leaves out what the packet does not state (no account, no unknowns as gold)', () => {
    const expected = expectedFromPacket({ ...PACKET, facts: { ...PACKET.facts, account: null } });
    expect(expected).not.toHaveProperty('account');
    expect(expected).not.toHaveProperty('unknowns');
  });
});

describe('caseFromReview', () => {
  it('carries a severity override and a corrected account; the unreviewed packet misses exactly those', () => {
    const review: Review = {
      ...AS_SUGGESTED,
      severity: 'Critical',
      corrections: [{ field: 'facts.account', value: 'Example Company Ltd' }],
    };
    const { expected, omitted } = caseFromReview(PACKET, review, NO_GATES);
    expect(expected.severity).toBe('Critical');
    expect(expected.account).toBe('Example Company Ltd');
    expect(omitted).toEqual([]);
    const unreviewed = score(expected, PACKET);
    const missed = Object.entries(unreviewed)
      .filter(([, result]) => result?.score !== 1)
      .map(([field]) => field);
    expect(missed.sort()).toEqual(['account', 'severity']);
    for (const [field, result] of Object.entries(score(expected, applyReview(PACKET, review))))
      expect(result?.score, field).toBe(1);
  });

  it('replaces, removes and adds list items; the latest correction of a field wins', () => {
    const review: Review = {
      ...AS_SUGGESTED,
      corrections: [
        { field: 'facts.errors[1]', value: 'ERR_WRONG' },
        { field: 'facts.errors[1]', value: null },
        { field: 'facts.errors[2]', value: 'ERR_AUTH_401 token expired' },
        { field: 'facts.tried[0]', value: 'Cleared the connector cache' },
        { field: 'facts.hypotheses[1]', value: 'A proxy strips the auth header' },
      ],
    };
    const { expected } = caseFromReview(PACKET, review, NO_GATES);
    expect(expected.errors).toEqual(['ERR_SYNC_413', 'ERR_AUTH_401 token expired']);
    expect(expected.tried).toEqual(['Cleared the connector cache']);
    expect(expected.hypotheses).toEqual([
      'Payload size limit on the connector',
      'A proxy strips the auth header',
    ]);
  });

  it('sets counts, flags and the start, and drops a fact corrected to "there is none"', () => {
    const review: Review = {
      ...AS_SUGGESTED,
      corrections: [
        { field: 'facts.affected.users', value: 40 },
        { field: 'facts.affected.accounts', value: 2 },
        { field: 'facts.workaround.partial', value: false },
        { field: 'facts.startedAt', value: '2026-11-16' },
        { field: 'facts.account', value: null },
      ],
    };
    const { expected } = caseFromReview(PACKET, review, NO_GATES);
    expect(expected.affected).toEqual({ users: 40, accounts: 2 });
    expect(expected.workaround).toEqual({ exists: true, partial: false });
    expect(expected.startedAt).toBe('2026-11-16');
    expect(expected).not.toHaveProperty('account');
  });

  it('puts an overriding primary team first and keeps the other suggested teams', () => {
    const { expected } = caseFromReview(PACKET, { ...AS_SUGGESTED, primaryTarget: 'Security' }, NO_GATES);
    expect(expected.targets).toEqual(['Security', 'Engineering']);
  });

  it('leaves out a severity whose gate was rejected without an override, but keeps an override', () => {
    const rejected = [{ kind: 'severity', state: 'rejected' as const }];
    const left = caseFromReview(PACKET, AS_SUGGESTED, rejected);
    expect(left.expected).not.toHaveProperty('severity');
    expect(left.omitted).toEqual(['severity']);
    const overridden = caseFromReview(PACKET, { ...AS_SUGGESTED, severity: 'Medium' }, rejected);
    expect(overridden.expected.severity).toBe('Medium');
    expect(overridden.omitted).toEqual([]);
  });

  it('leaves out routing whose gate was rejected without an override', () => {
    const { expected, omitted } = caseFromReview(PACKET, AS_SUGGESTED, [
      { kind: 'routing', state: 'rejected' },
    ]);
    expect(expected).not.toHaveProperty('targets');
    expect(omitted).toEqual(['targets']);
  });
});
