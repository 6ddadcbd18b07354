/**
 * @module CI's quality guard: runs `spine eval` over the shared eval cases and over our held-out
 * cases, and fails when a summary figure falls below that set's recorded floors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvalPrepare } from '../../src/app/eval-prepare.js';
import { readFloors } from '../../src/app/read-floors.js';
import { runEval } from '../../src/app/run-eval.js';
import { checkSetFloors } from '../../src/core/eval/check-set-floors.js';
import { formatReport } from '../../src/core/eval/format-report.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// the shared cases, and our held-out cases written by leads who never saw the extractors
const SETS = [
  { name: 'the shared cases', cases: '../shared/eval/cases', floors: 'eval/floors.json', minCases: 12 },
  { name: 'the held-out cases', cases: 'eval/holdout', floors: 'eval/holdout/floors.json', minCases: 126 },
].map((set) => ({
  ...set,
  cases: path.resolve(repoRoot, set.cases),
  floors: path.resolve(repoRoot, set.floors),
}));

for (const set of SETS) {
  // a quality gate whose cases are missing fails: skipping would report a green build that checked nothing
  describe(`eval floors over ${set.name}`, () => {
    const { prepare, close } = createEvalPrepare();
    afterAll(() => close());

    it('keeps every summary figure at or above its recorded floor', async () => {
      expect(existsSync(set.cases), `no eval cases at ${set.cases}`).toBe(true);
      expect(existsSync(set.floors), `no floors file at ${set.floors}`).toBe(true);
      const run = await runEval({ casesDir: set.cases, prepare });
      const breaches = checkSetFloors(run.results, run.figures, readFloors(set.floors));
      // the whole report on failure shows which case and field moved, with gold and packet side by side
      expect(breaches, formatReport(run.results, run.summary, { breaches })).toEqual([]);
      expect(run.summary.cases).toBeGreaterThanOrEqual(set.minCases);
    }, 300_000); // a whole set grows with every batch: ~0.25 s per case when quiet, several times that when shared
  });
}
