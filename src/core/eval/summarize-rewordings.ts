/** @module The rewording check summarised: agreement of each reworded variant with its case's gold. */
import type { Agreement } from './score-agreement.js';

/** One reworded variant of one case, prepared and compared with the case's gold decision. */
export interface VariantResult {
  readonly case: string;
  readonly variant: string;
  readonly style: string;
  /** why prepare failed, when it did; the variant then disagrees */
  readonly crashed: string | null;
  readonly agreement: Agreement;
}

/** The unreworded case, prepared the same way, for reference. */
export interface OriginalResult {
  readonly case: string;
  readonly crashed: string | null;
  readonly agreement: Agreement;
}

export interface RewordingSummary {
  readonly variants: number;
  /** share of variants whose escalate, severity and primary target all agree with the gold */
  readonly agreement: number;
  readonly escalate: number;
  readonly severity: number;
  /** over the variants whose gold names a target; null when none does */
  readonly primaryTarget: number | null;
  /** variants whose decision differs from the one made on the unreworded case */
  readonly flips: number;
  /** unreworded cases that agree with their gold (the baseline the variants are read against) */
  readonly originalsAgreeing: number;
  readonly crashed: number;
}

/** Summarises variant results; every variant counts, a crashed one as a disagreement. */
export function summarizeRewordings(
  variants: readonly VariantResult[],
  originals: readonly OriginalResult[],
): RewordingSummary {
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const withTarget = variants.filter((v) => v.agreement.primaryTarget !== null);
  const baseline = new Map(originals.map((o) => [o.case, o.agreement.decision]));
  return {
    variants: variants.length,
    agreement: share(variants.filter((v) => v.agreement.agrees).length, variants.length),
    escalate: share(variants.filter((v) => v.agreement.escalate).length, variants.length),
    severity: share(variants.filter((v) => v.agreement.severity).length, variants.length),
    primaryTarget:
      withTarget.length === 0
        ? null
        : share(withTarget.filter((v) => v.agreement.primaryTarget).length, withTarget.length),
    flips: variants.filter((v) => baseline.has(v.case) && baseline.get(v.case) !== v.agreement.decision)
      .length,
    originalsAgreeing: originals.filter((o) => o.agreement.agrees).length,
    crashed: variants.filter((v) => v.crashed !== null).length,
  };
}

/** The summary as named figures for a floors file (`rewordingAgreement` …). */
export function rewordingFigures(summary: RewordingSummary): Record<string, number> {
  const figures: Record<string, number> = {
    rewordingAgreement: summary.agreement,
    rewordingEscalate: summary.escalate,
    rewordingSeverity: summary.severity,
    rewordingFlips: summary.flips,
    rewordingCrashed: summary.crashed,
  };
  if (summary.primaryTarget !== null) figures.rewordingPrimaryTarget = summary.primaryTarget;
  return figures;
}

/** The variants as a table with the summary below; deterministic for the same results. */
export function formatRewordings(
  variants: readonly VariantResult[],
  originals: readonly OriginalResult[],
  summary: RewordingSummary,
): string {
  const mark = (ok: boolean | null) => (ok === null ? '·' : ok ? '✓' : '✗');
  const base = new Map(originals.map((o) => [o.case, o.agreement.decision]));
  const width = Math.max(12, ...variants.map((v) => v.case.length + v.variant.length + 1));
  const header = `${'case/variant'.padEnd(width)}  style       esc  sev  prim  decision (original → variant)`;
  const lines = [header, '-'.repeat(header.length)];
  for (const v of variants) {
    const a = v.agreement;
    const was = base.get(v.case) ?? '?';
    const decision = v.crashed
      ? `crashed: ${v.crashed}`
      : `${was} → ${a.decision}${was === a.decision ? '' : '  FLIP'}`;
    lines.push(
      `${`${v.case}/${v.variant}`.padEnd(width)}  ${v.style.padEnd(10)}  ${mark(a.escalate).padStart(3)}  ${mark(a.severity).padStart(3)}  ${mark(a.primaryTarget).padStart(4)}  ${decision}`,
    );
  }
  const pct = (x: number | null) => (x === null ? 'not scored' : `${(x * 100).toFixed(1)}%`);
  lines.push(
    '',
    `Rewording agreement with the gold decision: ${pct(summary.agreement)} of ${summary.variants} variants`,
    `  escalate ${pct(summary.escalate)}, severity ${pct(summary.severity)}, primary target ${pct(summary.primaryTarget)}`,
    `  decisions that changed against the unreworded case: ${summary.flips}; crashed: ${summary.crashed}`,
    `  unreworded cases agreeing with their gold: ${summary.originalsAgreeing} of ${originals.length}`,
    '',
  );
  return lines.join('\n');
}
