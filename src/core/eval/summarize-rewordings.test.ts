import { describe, expect, it } from 'vitest';
import { makeEvalPacket } from '../../../test/helpers/make-eval-packet.js';
import type { Expected } from './expected.js';
import { scoreAgreement } from './score-agreement.js';
import {
  formatRewordings,
  rewordingFigures,
  summarizeRewordings,
  type VariantResult,
} from './summarize-rewordings.js';

const GOLD: Expected = {
  asOf: '2026-03-04T17:00:00Z',
  escalate: true,
  severity: 'High',
  severityAlso: ['Critical'],
  targets: ['Engineering'],
};
const agreeing = makeEvalPacket();
const lowered = makeEvalPacket({
  decision: { severity: { level: 'Medium', cites: [], reasons: [] } as never },
});

describe('scoreAgreement', () => {
  it('agrees when escalate, severity (or severityAlso) and the primary target match the gold', () => {
    const a = scoreAgreement(GOLD, agreeing);
    expect(a).toMatchObject({ escalate: true, severity: true, primaryTarget: true, agrees: true });
    expect(a.decision).toBe('true/High/Engineering');
  });

  it('disagrees when only the severity moved, and when there is no packet at all', () => {
    expect(scoreAgreement(GOLD, lowered)).toMatchObject({ severity: false, agrees: false });
    expect(scoreAgreement(GOLD, null)).toMatchObject({
      escalate: false,
      agrees: false,
      decision: '(no packet)',
    });
  });

  it('does not score a target for a case that stays in support', () => {
    const keep: Expected = { asOf: GOLD.asOf, escalate: false };
    const handled = makeEvalPacket({ decision: { escalate: false, severity: null, targets: [] } as never });
    expect(scoreAgreement(keep, handled)).toMatchObject({ primaryTarget: null, agrees: true });
  });
});

describe('summarizeRewordings', () => {
  const variant = (name: string, packet: typeof agreeing | null): VariantResult => ({
    case: '01-x',
    variant: name,
    style: 'terse',
    crashed: packet ? null : 'TypeError: boom',
    agreement: scoreAgreement(GOLD, packet),
  });
  const variants = [variant('plain', agreeing), variant('terse', lowered), variant('broken', null)];
  const originals = [{ case: '01-x', crashed: null, agreement: scoreAgreement(GOLD, agreeing) }];

  it('counts agreement over every variant, a crashed one as a disagreement, and flips against the original', () => {
    const s = summarizeRewordings(variants, originals);
    expect(s).toMatchObject({ variants: 3, flips: 2, crashed: 1, originalsAgreeing: 1 });
    expect(s.agreement).toBeCloseTo(1 / 3);
    expect(s.severity).toBeCloseTo(1 / 3);
    expect(rewordingFigures(s).rewordingAgreement).toBeCloseTo(1 / 3);
  });

  it('marks a changed decision as a flip in the report', () => {
    const text = formatRewordings(variants, originals, summarizeRewordings(variants, originals));
    expect(text).toContain('true/High/Engineering → true/Medium/Engineering  FLIP');
    expect(text).toContain('crashed: TypeError: boom');
    expect(text).toContain('33.3% of 3 variants');
  });
});
