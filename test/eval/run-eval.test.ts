import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type PrepareCase, runEval } from '../../src/app/run-eval.js';
import { makeEvalPacket } from '../helpers/make-eval-packet.js';

const CASES = fileURLToPath(new URL('../fixtures/eval/cases', import.meta.url));

/** Prepares the first fixture case like a good pipeline would and crashes on the second. */
function stubPrepare(seen: Array<{ dir: string; asOf: string }>): PrepareCase {
  return async (dir, { asOf }) => {
    seen.push({ dir: path.relative(CASES, dir), asOf });
    if (dir.includes('02-broken')) throw new TypeError('cannot read properties of undefined');
    return { packet: makeEvalPacket(), warnings: ['ticket.txt: read as plain text'] };
  };
}

describe('runEval', () => {
  it('prepares each case handoff with the gold asOf, in name order', async () => {
    const seen: Array<{ dir: string; asOf: string }> = [];
    await runEval({ casesDir: CASES, prepare: stubPrepare(seen) });
    expect(seen).toEqual([
      { dir: path.join('01-invoice-sync', 'handoff'), asOf: '2026-03-04T17:00:00Z' },
      { dir: path.join('02-broken-prepare', 'handoff'), asOf: '2026-03-05T09:00:00Z' },
    ]);
  });

  it('scores a good packet fully and validates it against the shared schema', async () => {
    const run = await runEval({ casesDir: CASES, prepare: stubPrepare([]), caseName: '01' });
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(Object.values(result!.fields).every((f) => f.score === 1)).toBe(true);
    expect(result!.checks.schemaValid).toBe(true);
    expect(run.prepareWarnings['01-invoice-sync']).toEqual(['ticket.txt: read as plain text']);
  });

  it('counts a crashed prepare as a failure in every gold field, not a skip', async () => {
    const run = await runEval({ casesDir: CASES, prepare: stubPrepare([]) });
    const broken = run.results.find((r) => r.name === '02-broken-prepare');
    expect(broken?.crashed).toBe('TypeError: cannot read properties of undefined');
    expect(Object.keys(broken?.fields ?? {}).sort()).toEqual([
      'account',
      'customerAsks',
      'escalate',
      'severity',
    ]);
    expect(run.summary.fields.escalate.mean).toBe(0.5);
    expect(run.figures.crashed).toBe(1);
  });

  it('says so when the schema is missing instead of passing silently', async () => {
    const run = await runEval({
      casesDir: CASES,
      prepare: stubPrepare([]),
      caseName: '01',
      schemaPath: '/no/such/schema.json',
    });
    expect(run.warnings).toEqual(['packet schema not found at /no/such/schema.json (pass --schema FILE)']);
    expect(run.summary.schemaValid).toBeNull();
  });

  it('reports an unknown case name or folder clearly', async () => {
    await expect(runEval({ casesDir: CASES, prepare: stubPrepare([]), caseName: '99' })).rejects.toThrow(
      /no case named 99/,
    );
    await expect(runEval({ casesDir: path.join(CASES, 'nope'), prepare: stubPrepare([]) })).rejects.toThrow(
      /no cases folder/,
    );
  });
});
