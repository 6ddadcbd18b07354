import { describe, expect, it } from 'vitest';
import { makeEvalPacket, makeExpected } from '../../../test/helpers/make-eval-packet.js';
import type { PacketLike } from './packet-like.js';
import { scoreCase } from './score-case.js';

const NAME = 'sync-large-batches';

function score(expected = makeExpected(), packet: PacketLike | null = makeEvalPacket()) {
  return scoreCase({ name: NAME, expected, packet, schemaErrors: [] });
}

describe('scoreCase', () => {
  it('scores 1 on every field when the packet agrees with the gold', () => {
    const result = score();
    const scores = Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [k, v.score]));
    expect(scores).toEqual({
      escalate: 1,
      severity: 1,
      primaryTarget: 1,
      targets: 1,
      account: 1,
      affected: 1,
      startedAt: 1,
      errors: 1,
      tried: 1,
      workaround: 1,
      customerAsks: 1,
      hypotheses: 1,
      unknowns: 1,
      mustNotSay: 1,
    });
    expect(result.crashed).toBeNull();
    expect(result.checks.schemaValid).toBe(true);
  });

  it('accepts a severity listed in severityAlso and rejects others', () => {
    const critical = makeEvalPacket({
      decision: { severity: { level: 'Critical', rationale: '', rules: [] } },
    });
    expect(score(makeExpected({ severityAlso: ['Critical'] }), critical).fields.severity?.score).toBe(1);
    expect(score(makeExpected(), critical).fields.severity?.score).toBe(0);
  });

  it('expects a null severity when not escalated', () => {
    const handled = makeEvalPacket({ decision: { escalate: false, severity: null, targets: [] } });
    const gold = makeExpected({ escalate: false, severity: null, targets: [] });
    const result = score(gold, handled);
    expect(result.fields.escalate?.score).toBe(1);
    expect(result.fields.severity?.score).toBe(1);
    expect(score(gold, makeEvalPacket()).fields.severity?.score).toBe(0);
    const { severity: _omitted, ...silent } = gold;
    expect(score(silent, makeEvalPacket()).fields.severity).toMatchObject({
      score: 0,
      expected: 'null',
      produced: 'High',
    });
    expect(score(silent, handled).fields.severity?.score).toBe(1);
  });

  it('does not score an empty gold list (neither 100% nor 0%)', () => {
    const result = score(makeExpected({ targets: [], errors: [], unknowns: [], mustNotSayToCustomer: [] }));
    for (const field of ['primaryTarget', 'targets', 'errors', 'unknowns', 'mustNotSay'] as const) {
      expect(result.fields[field]).toBeUndefined();
    }
  });

  it('does not score a field the gold leaves out', () => {
    const { account: _a, startedAt: _s, affected: _f, ...gold } = makeExpected();
    const result = score({ ...gold });
    expect(result.fields.account).toBeUndefined();
    expect(result.fields.startedAt).toBeUndefined();
    expect(result.fields.affected).toBeUndefined();
  });

  it('scores 0 for a field the packet lacks', () => {
    const bare = makeEvalPacket({
      facts: { account: null, startedAt: null, errors: [], tried: [], hypotheses: [], customerAsks: [] },
      packet: { unknowns: [] },
    });
    const result = score(makeExpected(), bare);
    for (const field of [
      'account',
      'startedAt',
      'errors',
      'tried',
      'hypotheses',
      'customerAsks',
      'unknowns',
    ] as const) {
      expect(result.fields[field]?.score, field).toBe(0);
    }
  });

  it('survives a packet with whole sections missing, scoring them 0', () => {
    const broken = { schemaVersion: '1', facts: null, decision: { escalate: true } } as PacketLike;
    const result = score(makeExpected(), broken);
    expect(result.fields.escalate?.score).toBe(1);
    expect(result.fields.primaryTarget?.score).toBe(0);
    expect(result.fields.tried?.score).toBe(0);
    expect(result.fields.mustNotSay?.score).toBe(0);
  });

  it('counts a crashed case as a failure in every field its gold has', () => {
    const result = scoreCase({
      name: NAME,
      expected: makeExpected(),
      packet: null,
      crashed: 'TypeError: boom',
      schemaErrors: null,
    });
    expect(result.crashed).toBe('TypeError: boom');
    expect(Object.keys(result.fields)).toHaveLength(14);
    expect(Object.values(result.fields).every((f) => f.score === 0)).toBe(true);
    expect(result.checks.schemaValid).toBe(false);
  });

  it('compares affected counts as integers and scores each count given', () => {
    const gold = makeExpected({ affected: { users: 12, accounts: 3 } });
    expect(score(gold).fields.affected?.score).toBe(0.5);
    const asText = makeEvalPacket({
      facts: {
        affected: {
          users: { value: '12', cites: ['S1:c1'] },
          accounts: { value: 3, cites: ['S1:c1'] },
          scope: null,
          summary: '',
        },
      },
    });
    expect(score(gold, asText).fields.affected?.score).toBe(1);
    expect(score(makeExpected({ affected: { users: 13 } })).fields.affected?.missed).toEqual(['users 13']);
  });

  it.each([
    ['2026-03-02', '2026-03-02T22:15:00Z', 1],
    ['2026-03-02', '2026-03-02T22:15:00-05:00', 0], // 03:15 UTC on the 3rd
    ['2026-03-02T09:00:00Z', '2026-03-02', 1],
    ['2026-03-02T23:30:00-02:00', '2026-03-03', 1],
    ['2026-03-02', '2026-03-01', 0],
    ['2026-03-02', 'Monday', 0],
  ] satisfies [string, string, number][])(
    'startedAt gold %s vs packet %s scores %d',
    (gold, produced, expected) => {
      const packet = makeEvalPacket({ facts: { startedAt: { value: produced, cites: ['S1:c1'] } } });
      expect(score(makeExpected({ startedAt: gold }), packet).fields.startedAt?.score).toBe(expected);
    },
  );

  it('finds error strings as exact, case-sensitive substrings', () => {
    expect(score(makeExpected({ errors: ['Batch rejected', 'SYNC-509'] })).fields.errors?.score).toBe(1);
    const lower = score(makeExpected({ errors: ['batch rejected', 'SYNC-509', 'SYNC-50 9'] })).fields.errors;
    expect(lower?.score).toBeCloseTo(1 / 3);
    expect(lower?.missed).toEqual(['batch rejected', 'SYNC-50 9']);
  });

  it('matches tried against action plus result', () => {
    const gold = makeExpected({ tried: ['rotated the token: no change', 'restarted the connector'] });
    const result = score(gold).fields.tried;
    expect(result?.score).toBe(0.5);
    expect(result?.missed).toEqual(['restarted the connector']);
  });

  it('requires the gold primary target first and every gold target present', () => {
    const both = makeEvalPacket({
      decision: {
        targets: [
          { team: 'Security', reason: '', cites: [] },
          { team: 'Engineering', reason: '', cites: [] },
        ],
      },
    });
    const gold = makeExpected({ targets: ['Engineering', 'Security'] });
    const result = score(gold, both);
    expect(result.fields.primaryTarget?.score).toBe(0);
    expect(result.fields.targets?.score).toBe(1);
    expect(score(gold).fields.targets?.missed).toEqual(['Security']);
  });

  it('finds the account case-insensitively inside the packet value', () => {
    expect(score(makeExpected({ account: 'BRIGHTWATER foods' })).fields.account?.score).toBe(1);
    expect(score(makeExpected({ account: 'Brightwater Farms' })).fields.account?.score).toBe(0);
  });

  it('fails mustNotSay when a forbidden string reaches the customer update, naming it', () => {
    const leaky = makeEvalPacket({
      packet: {
        drafts: {
          brief: '',
          handoff: '',
          internalPost: '',
          draftReview: null,
          customerUpdate: { text: 'Our engineer keiko found it on SYNC-WORKER-04.', placeholders: [] },
        },
      },
    });
    const result = score(makeExpected(), leaky).fields.mustNotSay;
    expect(result?.score).toBe(0);
    expect(result?.missed).toEqual(['sync-worker-04', 'Keiko']);
  });

  it('scores workaround flags separately', () => {
    const full = makeEvalPacket({
      facts: { workaround: { exists: true, partial: false, text: null, cites: [] } },
    });
    expect(score(makeExpected(), full).fields.workaround?.score).toBe(0.5);
    expect(score(makeExpected({ workaround: { exists: true } }), full).fields.workaround?.score).toBe(1);
  });
});
