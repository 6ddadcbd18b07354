/**
 * @module Raises a floors file to the figures of an eval run (`spine eval … --json run.json`), and
 * records a new batch of cases as a subset. Floors only rise: a `min` takes the larger of the floor
 * and the measured figure (rounded down to three places), a `max` the smaller.
 *
 *   npx tsx scripts/raise-floors.ts eval/holdout/floors.json run.json
 *   npx tsx scripts/raise-floors.ts eval/holdout/floors.json run.json --whole-rebase \
 *     --add-subset "h01–h108" h01 h02 … h108 --add-subset "h109–h114" h109 … h114
 *
 * `--whole-rebase` sets the whole set's floors to the run's figures: only when a new batch is added,
 * and only together with `--add-subset` keeping the older cases' floors as a subset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Floors, inSubset } from '../src/core/eval/floors.js';
import type { CaseResult } from '../src/core/eval/score-case.js';
import { summarize, summaryFigures } from '../src/core/eval/summarize.js';

type Bounds = Pick<Floors, 'min' | 'max'>;

const down = (value: number): number => Math.floor(value * 1000 + 1e-9) / 1000;
const figuresOf = (results: readonly CaseResult[]) => summaryFigures(summarize(results));

function raise(bounds: Bounds, figures: Readonly<Record<string, number>>, rebase: boolean): void {
  for (const [key, floor] of Object.entries(bounds.min)) {
    const value = figures[key];
    if (value !== undefined) bounds.min[key] = rebase ? down(value) : Math.max(floor, down(value));
  }
  for (const [key, ceiling] of Object.entries(bounds.max)) {
    const value = figures[key];
    if (value !== undefined) bounds.max[key] = rebase ? value : Math.min(ceiling, value);
  }
}

function parseArgs(args: readonly string[]) {
  const subsets: { name: string; cases: string[] }[] = [];
  let wholeRebase = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--whole-rebase') wholeRebase = true;
    else if (args[i] === '--add-subset') {
      const name = args[++i] ?? '';
      const cases: string[] = [];
      while (i + 1 < args.length && !args[i + 1]?.startsWith('--')) cases.push(args[++i] ?? '');
      if (name === '' || cases.length === 0) throw new Error('--add-subset needs a name and case prefixes');
      subsets.push({ name, cases });
    } else throw new Error(`unknown argument: ${args[i]}`);
  }
  return { subsets, wholeRebase };
}

const [floorsPath, runPath, ...rest] = process.argv.slice(2);
if (floorsPath === undefined || runPath === undefined) {
  process.stderr.write('usage: npx tsx scripts/raise-floors.ts <floors.json> <run.json> [options]\n');
  process.exit(2);
}
const { subsets, wholeRebase } = parseArgs(rest);
const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Floors;
const results = (JSON.parse(readFileSync(runPath, 'utf8')) as { results: CaseResult[] }).results;

raise(floors, figuresOf(results), wholeRebase);
for (const subset of floors.subsets) {
  const part = results.filter((r) => inSubset(r.name, subset.cases));
  if (part.length === 0) throw new Error(`no case of subset ${subset.name} is in the run`);
  raise(subset, figuresOf(part), false);
}
for (const { name, cases } of subsets) {
  const part = results.filter((r) => inSubset(r.name, cases));
  if (part.length === 0) throw new Error(`no case of the new subset ${name} is in the run`);
  const figures = figuresOf(part);
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  for (const key of Object.keys(floors.min)) if (figures[key] !== undefined) min[key] = down(figures[key]);
  for (const key of Object.keys(floors.max)) if (figures[key] !== undefined) max[key] = figures[key];
  floors.subsets = [...floors.subsets.filter((s) => s.name !== name), { name, cases, min, max }];
  process.stderr.write(`subset ${name}: ${part.length} cases\n`);
}
writeFileSync(floorsPath, `${JSON.stringify(floors, null, 2)}\n`);
