/**
 * @module The hand-labelled signal-sentence corpus (scripts/classifier/corpora/signal-sentences.jsonl):
 * ids and labels, with the text re-read from the `fetch` mirrors where the source's licence does not
 * allow committing it, and a fixed train/validation split by a stable hash of the id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from './read-datasets.js';
import { readSourceDocuments, type SourceSentence, textOf } from './read-signal-sources.js';
import { stableHash } from './stable-hash.js';

export const SIGNAL_LABELS = ['outage', 'data_loss', 'other'] as const;
const CORPUS = join(import.meta.dirname, 'corpora/signal-sentences.jsonl');

interface Row {
  readonly id: string;
  readonly label: string;
  readonly text?: string;
}

/** One in five ids (by a salted hash, so CV folds over the rest stay balanced) is held out for validation. */
export const isValidation = (id: string): boolean => stableHash(`validation:${id}`) % 5 === 0;

/** Every labelled sentence with its text; a sentence whose text repeats an earlier one is dropped. */
export function readSignalCorpus(): { train: Example[]; validation: Example[] } {
  const rows = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
  const docs = new Map<string, ReadonlyMap<string, string>>();
  const seen = new Set<string>();
  const train: Example[] = [];
  const validation: Example[] = [];
  for (const row of rows) {
    const source = row.id.slice(0, row.id.indexOf(':')) as SourceSentence['source'];
    let text = row.text;
    if (text === undefined) {
      if (!docs.has(source)) docs.set(source, readSourceDocuments(source));
      text = textOf(row.id, docs.get(source) ?? new Map());
    }
    if (text === undefined) throw new Error(`${row.id}: no such text in the ${source} mirror`);
    if (source === 'danluu') text = text.replace(/^\[[^\]]*\]\([^)]*\)\.?\s*/, '');
    const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const example = { id: row.id, text, label: row.label, group: source };
    (isValidation(row.id) ? validation : train).push(example);
  }
  return { train, validation };
}
