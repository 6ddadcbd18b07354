/** @module The summary over all cases: a mean per field, who missed and why, and check totals. */
import { EVAL_FIELDS, type EvalField, LIST_FIELDS } from './fields.js';
import type { CaseResult } from './score-case.js';

/** One case that did not score 1 on a field, with gold and packet side by side. */
export interface FieldMiss {
  readonly case: string;
  readonly score: number;
  readonly expected: string;
  readonly produced: string;
  readonly missed: readonly string[];
}

/** Mean over the cases whose gold has the field (null when none has it). */
export interface FieldSummary {
  readonly mean: number | null;
  readonly scored: number;
  readonly misses: readonly FieldMiss[];
  /** list fields: mean number of items the packets offered per scored case */
  readonly meanProduced: number | null;
  /** list fields: mean precision over the scored cases whose packet offered at least one item */
  readonly precision: number | null;
  /** list fields: how many cases the precision is a mean over */
  readonly precisionScored: number;
}

export interface EvalSummary {
  readonly cases: number;
  readonly crashed: readonly string[];
  readonly fields: Record<EvalField, FieldSummary>;
  /** share of packets valid against the schema; null when the schema was not checked */
  readonly schemaValid: number | null;
  readonly unresolvedCites: number;
  readonly unsupportedClaims: number;
  readonly updateLeaks: number;
  readonly draftProblems: number;
  /** forbidden strings (mustNotSayToCustomer) found in customer updates, over all cases */
  readonly mustNotSayFound: number;
}

/** Summarizes case results; pure and order-preserving. */
export function summarize(results: readonly CaseResult[]): EvalSummary {
  const fields = {} as Record<EvalField, FieldSummary>;
  for (const field of EVAL_FIELDS) {
    const scored = results.flatMap((r) => {
      const score = r.fields[field];
      return score ? [{ name: r.name, score }] : [];
    });
    const mean = scored.length > 0 ? scored.reduce((sum, s) => sum + s.score.score, 0) / scored.length : null;
    const misses = scored
      .filter((s) => s.score.score < 1)
      .map(({ name, score }) => ({ case: name, ...score }));
    const counts = scored.flatMap((s) =>
      s.score.producedCount === undefined ? [] : [s.score.producedCount],
    );
    const meanProduced = counts.length > 0 ? counts.reduce((a, b) => a + b, 0) / counts.length : null;
    const precisions = scored.flatMap((s) => (s.score.precision === undefined ? [] : [s.score.precision]));
    const precision =
      precisions.length > 0 ? precisions.reduce((a, b) => a + b, 0) / precisions.length : null;
    fields[field] = {
      mean,
      scored: scored.length,
      misses,
      meanProduced,
      precision,
      precisionScored: precisions.length,
    };
  }
  const checked = results.filter((r) => r.checks.schemaValid !== null);
  return {
    cases: results.length,
    crashed: results.filter((r) => r.crashed !== null).map((r) => r.name),
    fields,
    schemaValid:
      checked.length > 0 ? checked.filter((r) => r.checks.schemaValid).length / checked.length : null,
    unresolvedCites: total(results, (r) => r.checks.unresolvedCites.length),
    unsupportedClaims: total(results, (r) => r.checks.unsupportedClaims.length),
    updateLeaks: total(results, (r) => r.checks.updateLeaks.length),
    draftProblems: total(results, (r) => r.checks.draftProblems?.length ?? 0),
    mustNotSayFound: total(results, (r) => r.fields.mustNotSay?.missed.length ?? 0),
  };
}

function total(results: readonly CaseResult[], count: (r: CaseResult) => number): number {
  return results.reduce((sum, r) => sum + count(r), 0);
}

/** The summary as flat named figures (what floors are recorded against). Unscored fields are absent. */
export function summaryFigures(summary: EvalSummary): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const field of EVAL_FIELDS) {
    const mean = summary.fields[field].mean;
    if (mean !== null) figures[field] = mean;
  }
  for (const field of LIST_FIELDS) {
    const precision = summary.fields[field].precision;
    if (precision !== null) figures[`${field}Precision`] = precision;
  }
  if (summary.schemaValid !== null) figures.schemaValid = summary.schemaValid;
  figures.crashed = summary.crashed.length;
  figures.unresolvedCites = summary.unresolvedCites;
  figures.unsupportedClaims = summary.unsupportedClaims;
  figures.updateLeaks = summary.updateLeaks;
  figures.draftProblems = summary.draftProblems;
  figures.mustNotSayFound = summary.mustNotSayFound;
  return figures;
}
