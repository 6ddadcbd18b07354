/**
 * @module The labelled sentence-act corpus (`corpora/act-hypothesis.tsv`: where each sentence is and
 * its label) joined with the sentences' text, read back from the pinned source commits. A sentence
 * whose text no longer hashes to the committed value fails loudly rather than training on drift.
 */
import { readFileSync } from 'node:fs';
import {
  readFarsecReports,
  readIssueComments,
  readNlbseBodies,
  readPostmortems,
  type SourceDoc,
} from './act-corpus-sources.js';
import type { Example } from './read-datasets.js';
import { textHash } from './stable-hash.js';

export const ACT_HYPOTHESIS_CORPUS = new URL('./corpora/act-hypothesis.tsv', import.meta.url);

/** Every labelled sentence as an example (id `source:doc@start`, group = source). */
export function readHypothesisCorpus(file: URL = ACT_HYPOTHESIS_CORPUS): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const docs = new Map<string, SourceDoc>();
  for (const d of [
    ...readNlbseBodies(),
    ...readPostmortems(),
    ...readFarsecReports(),
    ...readIssueComments(),
  ])
    docs.set(`${d.source}:${d.doc}`, d);
  return lines.slice(1).map((line) => {
    const [source, doc, start, end, hash, label] = line.split('\t');
    const text = docs.get(`${source}:${doc}`)?.text.slice(Number(start), Number(end)) ?? '';
    if (textHash(text) !== hash)
      throw new Error(`corpus row ${source}:${doc}@${start} does not match its source text`);
    return { id: `${source}:${doc}@${start}`, text, label: label ?? '', group: source ?? '' };
  });
}
