/** @module The labelled sentence-act corpora (scripts/classifier/corpora/act-*), with NLBSE text read back from its mirror. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nlbseDocuments, postmortemDocuments } from './act-corpus-sources.js';
import type { Example } from './read-datasets.js';
import { stableHash, textHash } from './stable-hash.js';

const CORPORA = join(import.meta.dirname, 'corpora');

const rows = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));

/**
 * Every labelled sentence of `corpus` (e.g. 'act-attempt') as an Example with id
 * `<source>:<doc>:<start>`. NLBSE and postmortem sentences are sliced from the mirror and checked against their
 * stored checksum, so a changed mirror fails loudly instead of training on other text.
 */
export function readActCorpus(corpus: string): Example[] {
  const dir = join(CORPORA, corpus);
  const out: Example[] = [];
  // sources whose licence does not let us store their text: sliced from the mirror, checked by checksum
  const mirrored: Array<[string, Map<string, string>]> = [
    ['nlbse', nlbseDocuments()],
    ['postmortems', postmortemDocuments()],
  ];
  for (const [source, docs] of mirrored) {
    for (const [doc = '', start = '', end = '', label = '', sum = ''] of rows(join(dir, `${source}.tsv`))) {
      const text = (docs.get(doc) ?? '').slice(Number(start), Number(end)).replace(/\s+/g, ' ');
      if (textHash(text) !== sum)
        throw new Error(
          `${corpus}/${source}.tsv: ${doc}@${start} does not match its checksum (mirror changed?)`,
        );
      out.push({ id: `${source}:${doc}:${start}`, text, label, group: source });
    }
  }
  for (const [doc = '', start = '', , label = '', text = ''] of rows(join(dir, 'farsec.tsv')))
    out.push({ id: `farsec:${doc}:${start}`, text, label, group: 'farsec' });
  return out;
}

/** The fixed validation split: 1 in 5 sentences by a hash of the id's high bits. */
export const isValidation = (e: Example): boolean => (stableHash(`val|${e.id}`) >>> 16) % 5 === 0;
