import { describe, expect, it } from 'vitest';
import { makeIntake } from '../../../test/helpers/make-evidence.js';
import { formatExplain } from '../explain/format-explain.js';
import type { Packet } from '../model/packet.js';
import { extractFacts } from './extract-facts.js';

const intake = makeIntake([
  {
    text: 'Hi team. Since Monday 3 March every invoice export fails with ERR_EXPORT_504. Our 12 accountants cannot close the month.',
    at: '2026-03-04T09:00:00Z',
  },
  { text: 'We cleared the cache and tried again, same error.', at: '2026-03-04T09:30:00Z' },
  {
    text: 'Not a bug on the export side: their proxy times out after 30 s, it is on their side.',
    role: 'engineering',
    visibility: 'internal',
    at: '2026-03-04T11:00:00Z',
  },
]);
const out = extractFacts(intake, '2026-03-04T12:00:00Z');

function everyFact(): Array<{ cites: readonly string[]; trace?: unknown }> {
  const f = out.facts;
  return [
    f.problem,
    f.startedAt,
    f.affected.users,
    ...f.symptoms,
    ...f.errors,
    ...f.tried,
    ...f.customerAsks,
    ...f.hypotheses,
  ].filter((x) => x !== null);
}

describe('traces', () => {
  it('gives every fact a trace whose evidence is its first cite and whose sentence is in it', () => {
    const facts = everyFact();
    expect(facts.length).toBeGreaterThan(3);
    const texts = new Map(intake.evidence.map((e) => [e.id, e.text.replace(/\s+/g, ' ')]));
    for (const fact of facts) {
      const trace = fact.trace as { evidence: string; sentence: string; mechanism: string; rule: string };
      expect(trace.evidence).toBe(fact.cites[0]);
      expect(texts.get(trace.evidence)).toContain(trace.sentence);
      expect(trace.rule).toMatch(/^extract-/);
    }
  });

  it('traces a set signal to the cue or the structure that fired and the sentence it fired on', () => {
    const billing = out.signalTraces.billing ?? [];
    expect(billing[0]).toMatchObject({ mechanism: 'pattern', evidence: 'S1:m1' });
    expect(billing[0]?.rule).toMatch(/^cue\./);
    expect(billing[0]?.sentence).toContain('invoice');
    // "cannot close the month", which our side then put down to their proxy: explained, traced apart
    expect(out.signals.blocked).toBe(false);
    expect(out.explainedClaims.blocked?.claims[0]).toMatchObject({
      mechanism: 'structure',
      rule: 'reads-blocked',
      evidence: 'S1:m1',
    });
    expect(out.explainedClaims.blocked?.by).toMatchObject({
      rule: 'explained-not-a-defect',
      evidence: 'S1:m3',
    });
    expect(out.signalTraces.assessment?.[0]).toMatchObject({
      mechanism: 'structure',
      rule: 'assess-not-a-defect',
      evidence: 'S1:m3',
    });
  });

  it('is the same, byte for byte, on a second run', () => {
    expect(JSON.stringify(extractFacts(intake, '2026-03-04T12:00:00Z'))).toBe(JSON.stringify(out));
  });

  it('prints each fact and set signal with its mechanism, rule, evidence and sentence', () => {
    const packet = {
      facts: out.facts,
      decision: { escalate: false, criteria: [], severity: null, targets: [] },
    } as unknown as Packet;
    const text = formatExplain(packet, { signals: out.signals, signalTraces: out.signalTraces });
    expect(text).toContain('- assessment = not_a_defect');
    expect(text).toContain(
      'structure assess-not-a-defect · S1:m3 · "Not a bug on the export side: their proxy times out after 30 s, it is on their side."',
    );
    expect(text).toMatch(/- error: ERR_EXPORT_504 {2}\[S1:m1\]\n {4}pattern extract-errors · S1:m1 · "/);
  });
});
