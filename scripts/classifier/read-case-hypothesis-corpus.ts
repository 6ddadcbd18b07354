/**
 * @module The hand-labelled dev-case sentences of the hypothesis corpus (`corpora/act-hypothesis-cases.tsv`:
 * case, item id, the sentence's offset in the item, text hash, label) joined with their text, read
 * back from `../shared/eval/cases` through Spine's intake and language layer. A row whose text no
 * longer hashes to the committed value fails loudly rather than training on drift.
 */
import { readFileSync } from 'node:fs';
import { readCaseSentences } from './dev-case-sentences.js';
import type { Example } from './read-datasets.js';
import { textHash } from './stable-hash.js';

export const ACT_HYPOTHESIS_CASES = new URL('./corpora/act-hypothesis-cases.tsv', import.meta.url);

/** Every labelled case sentence as an example (id `case:<case>/<item>@<start>`, group `case`). */
export async function readCaseHypothesisCorpus(file: URL = ACT_HYPOTHESIS_CASES): Promise<Example[]> {
  const text = new Map((await readCaseSentences()).map((s) => [`${s.caseId}/${s.item}@${s.start}`, s.text]));
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return lines.slice(1).map((line) => {
    const [caseId, item, start, hash, label] = line.split('\t');
    const key = `${caseId}/${item}@${start}`;
    const sentence = text.get(key) ?? '';
    if (textHash(sentence) !== hash)
      throw new Error(`case corpus row ${key} does not match its handoff text`);
    return { id: `case:${key}`, text: sentence, label: label ?? '', group: 'case' };
  });
}
