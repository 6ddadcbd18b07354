import { describe, expect, it } from 'vitest';
import { factCiteProblems } from '../../../test/helpers/fact-cite-problems.js';
import { makeIntake } from '../../../test/helpers/make-evidence.js';
import { askWords } from './extract-asks.js';
import { extractFacts } from './extract-facts.js';

const HANDOFF = makeIntake([
  {
    text: 'Invoices not generating for annual plans!!',
    role: 'customer',
    meta: { unit: 'field', field: 'subject' },
    at: '2026-11-19T09:00:00Z',
  },
  {
    text: 'Enterprise',
    kind: 'account',
    role: 'unknown',
    meta: { unit: 'account', field: 'tier' },
    at: null,
  },
  {
    text: 'Bluefin Labs',
    kind: 'account',
    role: 'unknown',
    meta: { unit: 'account', field: 'account' },
    at: null,
  },
  { text: '$310k', kind: 'account', role: 'unknown', meta: { unit: 'account', field: 'arr' }, at: null },
  {
    text: '2026-12-15',
    kind: 'account',
    role: 'unknown',
    meta: { unit: 'account', field: 'renewal' },
    at: null,
  },
  {
    text: "Hi team,\n\nSince Monday the invoice run fails with error BILL-2231 for our annual customers. About 40 of our finance users can't close the month. We already re-ran the invoice job twice, still failing.\n\nWhen will this be fixed? We need invoices out before Friday.\n\nDana Wolfe\nController, Bluefin Labs",
    role: 'customer',
    at: '2026-11-19T09:00:00Z',
  },
  {
    text: "Thanks Dana, I've escalated this to engineering and we'll update you by 3 PM.",
    role: 'support',
    at: '2026-11-19T09:30:00Z',
  },
  {
    text: 'I think the tax service is timing out. ',
    role: 'engineering',
    visibility: 'internal',
    kind: 'chat',
    at: '2026-11-19T10:00:00Z',
  },
  {
    text: "It's not the tax service, latency there is flat. Looks like the 11.3 release changed the proration rounding so annual invoices fail validation.",
    role: 'engineering',
    visibility: 'internal',
    kind: 'chat',
    at: '2026-11-19T11:00:00Z',
  },
  {
    text: 'Engineering reproduced it on staging. In the meantime they can issue invoices by hand, except for multi-currency accounts.',
    role: 'support',
    visibility: 'internal',
    kind: 'chat',
    at: '2026-11-19T11:30:00Z',
  },
  {
    text: 'We will credit you three free months and have it fixed tomorrow.',
    role: 'support',
    kind: 'draft',
    meta: { unit: 'draft' },
    at: null,
  },
]);

describe('extractFacts', () => {
  const out = extractFacts(HANDOFF, '2026-11-19T12:00:00Z');
  const { facts, signals } = out;

  it('reads account, tier, problem and numbers from their sources', () => {
    expect(facts.account?.value).toBe('Bluefin Labs');
    expect(facts.tier?.value).toBe('Enterprise');
    expect(facts.problem?.value).toBe('Invoices not generating for annual plans');
    expect(facts.affected.users?.value).toBe(40);
    expect(signals.arr).toBe(310_000);
    expect(signals.renewalDays).toBe(26);
  });

  it('resolves "since Monday" against the message time', () => {
    expect(facts.startedAt?.value).toBe('2026-11-16');
  });

  it('keeps the error code, the attempt with its result, the asks and the deadline', () => {
    expect(facts.errors.map((e) => e.value)).toContain('BILL-2231');
    const rerun = facts.tried.find((t) => /re-ran/.test(t.action));
    expect(rerun?.by).toBe('customer');
    expect(rerun?.result).toMatch(/still failing/);
    expect(facts.customerAsks.map((a) => askWords(String(a.value)))).toContain('When will this be fixed?');
    expect(facts.deadlines[0]?.at?.startsWith('2026-11-20')).toBe(true);
    expect(signals.deadlineHours).toBeGreaterThan(0);
  });

  it('drops the contradicted hypothesis and keeps the surviving one', () => {
    const values = facts.hypotheses.map((h) => String(h.value));
    expect(values.some((v) => v.includes('proration rounding'))).toBe(true);
    expect(values.some((v) => v.startsWith('I think the tax service'))).toBe(false);
  });

  it('sees the partial workaround, the public commitment and engineering reproduction', () => {
    expect(facts.workaround).toMatchObject({ exists: true, partial: true });
    expect(facts.commitments.map((c) => c.value).join(' ')).toMatch(/escalated this to engineering/);
    expect(signals.bugConfirmed).toBe(true);
    expect(signals.regression).toBe(true);
    expect(signals.workaround).toBe('partial');
  });

  it('never uses the draft as a fact or a signal; its compensation offer is listed apart', () => {
    expect(facts.commitments.map((c) => c.value).join(' ')).not.toMatch(/free months/);
    expect(signals.compensationRequested).toBe(false);
    expect(out.draftOffersCompensation.length).toBeGreaterThan(0);
    const draftIds = new Set(HANDOFF.evidence.filter((e) => e.meta?.unit === 'draft').map((e) => e.id));
    expect(factCiteProblems(facts, HANDOFF.evidence, draftIds)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractFacts(HANDOFF, '2026-11-19T12:00:00Z'))).toBe(JSON.stringify(out));
  });
});
