/**
 * @module CI's rewording guard: prepares every reworded variant of the shared dev cases and fails when
 * decision agreement with the gold falls below its recorded floor, or when the overlays or cases are missing.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvalPrepare } from '../../src/app/eval-prepare.js';
import { readFloors } from '../../src/app/read-floors.js';
import { runRewordings } from '../../src/app/run-rewordings.js';
import { checkFloors } from '../../src/core/eval/floors.js';
import { formatRewordings } from '../../src/core/eval/summarize-rewordings.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const REWORDINGS = path.resolve(repoRoot, 'eval/rewordings');
const FLOORS = path.join(REWORDINGS, 'floors.json');
const MIN_VARIANTS_PER_CASE = 2;

describe('rewording agreement over the shared dev cases', () => {
  const { prepare, close } = createEvalPrepare();
  afterAll(() => close());

  it('has the cases, and at least two overlays for every one of them', () => {
    expect(existsSync(CASES), `no eval cases at ${CASES}`).toBe(true);
    expect(existsSync(REWORDINGS), `no rewordings at ${REWORDINGS}`).toBe(true);
    const cases = readdirSync(CASES).filter((n) => existsSync(path.join(CASES, n, 'expected.json')));
    expect(cases.length).toBeGreaterThanOrEqual(13);
    const short = cases.filter((id) => {
      const dir = path.join(REWORDINGS, id);
      const n = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).length : 0;
      return n < MIN_VARIANTS_PER_CASE;
    });
    expect(short, 'cases with fewer than two rewordings').toEqual([]);
  });

  it('keeps escalate, severity and primary target of every variant at or above the recorded floor', async () => {
    const run = await runRewordings({ casesDir: CASES, rewordingsDir: REWORDINGS, prepare });
    const breaches = checkFloors(run.figures, readFloors(FLOORS));
    expect(breaches, formatRewordings(run.variants, run.originals, run.summary)).toEqual([]);
    expect(run.casesWithoutRewordings).toEqual([]);
  }, 120_000);
});
