import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/extract/extract-facts.js';
import { factCiteProblems } from '../helpers/fact-cite-problems.js';
import { type ItemSpec, makeIntake } from '../helpers/make-evidence.js';

const fixture = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../fixtures/extract/payouts-timeout-handoff.json', import.meta.url)),
    'utf8',
  ),
) as { asOf: string; items: ItemSpec[] };
const intake = makeIntake(fixture.items);
const { facts, signals, unknowns } = extractFacts(intake, fixture.asOf);

describe('extractFacts on a chat-first handoff no extractor was written against', () => {
  it('reads the problem, the count, an ordinal onset and the errno', () => {
    expect(facts.problem?.value).toBe('our payout batch has been timing out since the 3rd.');
    expect(facts.affected.accounts?.value).toBe(1200);
    expect(facts.startedAt?.value).toBe('2026-11-03');
    expect(facts.errors.map((e) => e.value)).toEqual(expect.arrayContaining(['ETIMEDOUT']));
  });

  it('reads the end-of-day deadline, the partial stopgap and the other platforms', () => {
    expect(facts.deadlines.map((d) => d.at)).toEqual(['2026-11-05T23:59:00Z']);
    expect(facts.workaround).toMatchObject({ exists: true, partial: true });
    expect(signals.otherCustomersAffected).toBe(true);
    expect(facts.pattern.map((p) => p.value)).toEqual([
      'Two other payment platforms reported the same timeouts this week.',
    ]);
  });

  it('records the ruled-out firewall theory as a check and keeps the root cause', () => {
    expect(facts.tried.some((t) => t.by === 'engineering' && /firewall/.test(t.action))).toBe(true);
    expect(facts.hypotheses.map((h) => String(h.value))).toEqual([
      expect.stringContaining('root cause is the cert rotation'),
    ]);
    expect(signals.bugConfirmed).toBe(true);
    // the cause is stated and nobody has named a fix yet: no root-cause question, and no date
    // asked for a fix that does not exist (derive-unknowns asks it once our side names the fix)
    expect(unknowns.map((u) => u.question)).not.toContain('What is the root cause?');
    expect(unknowns.map((u) => u.question)).not.toContain('When can the fix be deployed?');
  });

  it('backs every claim with its cites', () => {
    expect(factCiteProblems(facts, intake.evidence, new Set())).toEqual([]);
  });
});
