/** @module Floors of a whole eval run: the set's own, and each recorded subset's over its cases only. */
import { checkFloors, type FloorBreach, type Floors, inSubset } from './floors.js';
import type { CaseResult } from './score-case.js';
import { summarize, summaryFigures } from './summarize.js';

/**
 * Checks the run's figures against `floors.min`/`max`, then each subset's floors against figures
 * summarised over the subset's cases alone; a subset breach names the subset (`h01–h18: escalate`).
 * A subset none of whose cases ran is a breach too: its floors would otherwise guard nothing.
 */
export function checkSetFloors(
  results: readonly CaseResult[],
  figures: Readonly<Record<string, number>>,
  floors: Floors,
): FloorBreach[] {
  const breaches = checkFloors(figures, floors);
  for (const subset of floors.subsets) {
    const part = results.filter((r) => inSubset(r.name, subset.cases));
    if (part.length === 0) {
      breaches.push({ figure: `${subset.name}: cases`, value: 0, bound: subset.cases.length, kind: 'min' });
      continue;
    }
    for (const b of checkFloors(summaryFigures(summarize(part)), subset))
      breaches.push({ ...b, figure: `${subset.name}: ${b.figure}` });
  }
  return breaches;
}
