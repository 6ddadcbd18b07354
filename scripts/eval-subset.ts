/**
 * @module Summarises an eval run (`spine eval … --json run.json`) over some of its cases, and lists
 * the decision misses: how a batch scored, without running it again.
 *
 *   npx tsx scripts/eval-subset.ts run.json h103 h104 h105   # no prefixes: every case
 */
import { readFileSync } from 'node:fs';
import { inSubset } from '../src/core/eval/floors.js';
import type { CaseResult } from '../src/core/eval/score-case.js';
import { summarize, summaryFigures } from '../src/core/eval/summarize.js';

const [runPath, ...prefixes] = process.argv.slice(2);
if (runPath === undefined) {
  process.stderr.write('usage: npx tsx scripts/eval-subset.ts <run.json> [case prefixes …]\n');
  process.exit(2);
}
const results = (JSON.parse(readFileSync(runPath, 'utf8')) as { results: CaseResult[] }).results;
const part = results.filter((r) => prefixes.length === 0 || inSubset(r.name, prefixes));
const figures = summaryFigures(summarize(part));
const lines = [`${part.length} cases`];
lines.push(
  Object.entries(figures)
    .map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`)
    .join(', '),
);
for (const r of part)
  for (const field of ['escalate', 'severity', 'primaryTarget'] as const) {
    const score = r.fields[field];
    if (score && score.score < 1)
      lines.push(`miss ${r.name} ${field}: expected ${score.expected}, produced ${score.produced}`);
  }
process.stdout.write(`${lines.join('\n')}\n`);
