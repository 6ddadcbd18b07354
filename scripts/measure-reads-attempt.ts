/**
 * Precision and recall of the structural attempt reader (src/core/extract/reads-attempt.ts) on the
 * labelled attempt corpus (public sources and dev-case sentences; never eval/holdout), per source.
 * `npx tsx scripts/measure-reads-attempt.ts [--misses]`
 */
import { join } from 'node:path';
import { readsAttempt } from '../src/core/extract/reads-attempt.js';
import { analyze } from '../src/core/language/analyze.js';
import { readDevCaseCorpus } from './classifier/dev-case-sentences.js';
import { readActCorpus } from './classifier/read-act-corpus.js';
import type { Example } from './classifier/read-datasets.js';

const CORPUS = join(import.meta.dirname, 'classifier/corpora/act-attempt');
const show = process.argv.includes('--misses');

const examples: Example[] = [
  ...readActCorpus('act-attempt'),
  ...(await readDevCaseCorpus(join(CORPUS, 'dev-cases.tsv'))),
];
const tally = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
for (const e of examples) {
  const said = analyze(e.text).sentences.some((s) => readsAttempt(s));
  const gold = e.label === 'attempt';
  for (const g of [e.group, 'all']) {
    const t = tally.get(g) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
    t.n++;
    if (said && gold) t.tp++;
    else if (said) t.fp++;
    else if (gold) t.fn++;
    tally.set(g, t);
  }
  if (show && said !== gold) console.log(`${gold ? 'MISS' : 'FP  '} ${e.group}: ${e.text.slice(0, 160)}`);
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;
for (const [g, t] of tally)
  console.log(
    `${g}: n ${t.n}, P ${r3(t.tp / (t.tp + t.fp))}, R ${r3(t.tp / (t.tp + t.fn))} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
  );
