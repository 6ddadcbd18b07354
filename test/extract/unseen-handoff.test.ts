import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askWords } from '../../src/core/extract/extract-asks.js';
import { extractFacts } from '../../src/core/extract/extract-facts.js';
import { factCiteProblems } from '../helpers/fact-cite-problems.js';
import { type ItemSpec, makeIntake } from '../helpers/make-evidence.js';

const fixture = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../fixtures/extract/push-notifications-handoff.json', import.meta.url)),
    'utf8',
  ),
) as { asOf: string; items: ItemSpec[] };
const intake = makeIntake(fixture.items);
const { facts, signals, unknowns, draftOffersCompensation } = extractFacts(intake, fixture.asOf);

describe('extractFacts on a handoff no extractor was written against', () => {
  it('reads account, tier, problem, scope and onset', () => {
    expect(facts.account?.value).toBe('Pinecrest Dental Group');
    expect(signals.tier).toBe('business');
    expect(facts.problem?.value).toBe('push notifications not arriving');
    expect(facts.affected.users?.value).toBe(45);
    expect(facts.startedAt?.value).toBe('2026-11-16');
  });

  it('keeps the exact error, the attempts with results, the asks and the public commitment', () => {
    expect(facts.errors.map((e) => e.value)).toContain('INVALID_ARGUMENT');
    const actions = facts.tried.map((t) => `${t.action} => ${t.result ?? ''}`);
    expect(actions.some((a) => /reinstalled the app.*still nothing/.test(a))).toBe(true);
    expect(actions.some((a) => /signing out and back in.*Did that on three phones/.test(a))).toBe(true);
    expect(facts.customerAsks.map((a) => askWords(String(a.value)))).toContain('When will this be fixed?');
    expect(facts.commitments.map((c) => String(c.value)).join(' ')).toMatch(
      /escalated this to our mobile team/,
    );
    expect(facts.commitments.map((c) => String(c.value)).join(' ')).not.toMatch(/month free/);
  });

  it('drops the ruled-out token theory and keeps the release defect', () => {
    const hypotheses = facts.hypotheses.map((h) => String(h.value));
    expect(hypotheses.some((h) => h.includes('FCM token refresh'))).toBe(false);
    expect(hypotheses.some((h) => h.includes('notification channel id'))).toBe(true);
  });

  it('derives signals and unknowns from what the evidence settles and leaves open', () => {
    expect(signals).toMatchObject({
      regression: true,
      bugConfirmed: true,
      blocked: true,
      workaround: 'partial',
      // only the draft offers a free month: that opens the gate, it is not the customer's request
      compensationRequested: false,
    });
    expect(draftOffersCompensation).toHaveLength(1);
    expect(signals.security).toBe(false);
    const questions = unknowns.map((u) => u.question);
    // the thread names no fix: a date question would only restate the customer's ask
    expect(questions).not.toContain('When can the fix be deployed?');
    // our side's "don't know yet whether other Android customers on 4.8.0 are hit", asked directly
    expect(questions).toContain('Are other Android customers on 4.8.0 hit?');
  });

  it('backs every claim with its cites and never cites the draft', () => {
    const draftIds = new Set(intake.evidence.filter((e) => e.meta?.unit === 'draft').map((e) => e.id));
    expect(factCiteProblems(facts, intake.evidence, draftIds)).toEqual([]);
  });
});
