/**
 * @module CI's quality guard: runs `spine eval` over the shared eval cases and fails when a summary
 * figure falls below eval/floors.json.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvalPrepare } from '../../src/app/eval-prepare.js';
import { readFloors } from '../../src/app/read-floors.js';
import { runEval } from '../../src/app/run-eval.js';
import { checkFloors } from '../../src/core/eval/floors.js';
import { formatReport } from '../../src/core/eval/format-report.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FLOORS = path.resolve(repoRoot, 'eval/floors.json');
const present = existsSync(CASES);

if (!present) console.warn(`floors.test: skipped, no eval cases at ${CASES}`);

describe.skipIf(!present)('eval floors over the shared cases', () => {
  const { prepare, close } = createEvalPrepare();
  afterAll(() => close());

  it('keeps every summary figure at or above its recorded floor', async () => {
    const run = await runEval({ casesDir: CASES, prepare });
    const breaches = checkFloors(run.figures, readFloors(FLOORS));
    // the whole report on failure shows which case and field moved, with gold and packet side by side
    expect(breaches, formatReport(run.results, run.summary, { breaches })).toEqual([]);
    expect(run.summary.cases).toBeGreaterThanOrEqual(12);
  });
});
