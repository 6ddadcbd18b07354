/** @module `spine policy test` output: each case's decision beside its gold, changed or not. */
import { DECISION_FIELDS } from './fields.js';
import type { CaseResult } from './score-case.js';

/** True when any decision field of the case differs from its gold (a crash counts). */
export function decisionChanged(result: CaseResult): boolean {
  return result.crashed !== null || DECISION_FIELDS.some((f) => (result.fields[f]?.score ?? 1) < 1);
}

/**
 * One block per case: `unchanged` or `CHANGED`, then for each decision field that differs the
 * gold and the produced value side by side.
 */
export function formatDecisions(results: readonly CaseResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length), 4);
  const lines: string[] = [];
  for (const r of results) {
    if (r.crashed) {
      lines.push(`${r.name.padEnd(width)}  CHANGED  prepare crashed: ${r.crashed}`);
      continue;
    }
    const changed = decisionChanged(r);
    const produced = DECISION_FIELDS.filter((f) => f !== 'primaryTarget')
      .map((f) => `${f}=${r.fields[f]?.produced ?? '·'}`)
      .join('  ');
    lines.push(`${r.name.padEnd(width)}  ${changed ? 'CHANGED  ' : 'unchanged'}  ${produced}`);
    for (const field of DECISION_FIELDS) {
      const score = r.fields[field];
      if (score && score.score < 1)
        lines.push(`${''.padEnd(width)}    ${field}: gold ${score.expected}, now ${score.produced}`);
    }
  }
  const changed = results.filter(decisionChanged).length;
  lines.push(
    '',
    `${results.length - changed} of ${results.length} cases keep the gold decision; ${changed} changed.`,
  );
  return `${lines.join('\n')}\n`;
}
