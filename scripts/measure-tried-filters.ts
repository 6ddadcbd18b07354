/**
 * Scores the tried filters on the labelled attempt corpus (scripts/classifier/corpora/act-attempt,
 * no holdout): how often the not-done veto (tried-not-done.ts) removes a sentence labelled `other`
 * (its precision) and how many `attempt` sentences it would wrongly remove, over all sentences and
 * over those the ATTEMPT cue list flags. `npx tsx scripts/measure-tried-filters.ts`
 */
import { join } from 'node:path';
import { readsNotDone } from '../src/core/extract/tried-not-done.js';
import { ATTEMPT } from '../src/core/extract/tried-patterns.js';
import { analyze } from '../src/core/language/analyze.js';
import { readDevCaseCorpus } from './classifier/dev-case-sentences.js';
import { readActCorpus } from './classifier/read-act-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const examples = [
  ...readActCorpus('act-attempt'),
  ...(await readDevCaseCorpus(join(ROOT, 'scripts/classifier/corpora/act-attempt/dev-cases.tsv'))),
];

function score(name: string, rows: typeof examples): void {
  const vetoed = rows.filter((e) => readsNotDone(analyze(e.text).sentences[0]));
  const other = vetoed.filter((e) => e.label !== 'attempt').length;
  const attempts = rows.filter((e) => e.label === 'attempt').length;
  const lost = vetoed.length - other;
  console.log(
    `${name}: ${rows.length} sentences (${attempts} attempts); vetoed ${vetoed.length}, of them other ${other}` +
      ` (precision ${(other / Math.max(1, vetoed.length)).toFixed(3)}); attempts vetoed ${lost} of ${attempts}`,
  );
  for (const e of vetoed.filter((x) => x.label === 'attempt').slice(0, 8))
    console.log(`  attempt vetoed: ${e.text.slice(0, 120)}`);
}

for (const group of [...new Set(examples.map((e) => e.group))])
  score(
    group ?? '',
    examples.filter((e) => e.group === group),
  );
score('all', examples);
score(
  'all, ATTEMPT cue',
  examples.filter((e) => ATTEMPT.test(e.text)),
);
