/** @module Scan prepared items sentence by sentence for a cue pattern (one pass, precompiled). */
import { isInsideQuestionClause, readSentence } from '../language/clause.js';
import type { Sentence } from '../language/types.js';
import type { Item } from './context.js';

/** A sentence that matched, with its item and position. */
export interface Hit {
  readonly item: Item;
  readonly index: number;
  readonly sentence: string;
  readonly match: RegExpExecArray;
}

/** Every sentence of the given items matching `cue` (a non-global regex), in item order. */
export function findSentences(
  items: readonly Item[],
  cue: RegExp,
  keep: (item: Item) => boolean = () => true,
): Hit[] {
  return [...sentenceHits(items, cue, keep)];
}

/** The hits of findSentences one at a time, so a caller that stops early reads no further. */
export function* sentenceHits(
  items: readonly Item[],
  cue: RegExp,
  keep: (item: Item) => boolean = () => true,
): Generator<Hit> {
  for (const item of items) {
    if (!keep(item)) continue;
    const sentences = item.sentences;
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index] ?? '';
      const match = cue.exec(sentence);
      if (match) yield { item, index, sentence, match };
    }
  }
}

/** A statement says the matched thing happened; a question, direct or put indirectly, only asks. */
export function isStatement(hit: Hit): boolean {
  if (hit.sentence.trimEnd().endsWith('?')) return false;
  const s = hit.item.analyzed[hit.index] ?? readSentence(hit.sentence);
  return s === undefined || !isInsideQuestionClause(s, hit.match.index, hit.sentence);
}

/** True when any fact-bearing sentence of the items matches `cue`; returns the citing ids. */
export function citesFor(
  items: readonly Item[],
  cue: RegExp,
  keep?: (item: Item) => boolean,
  limit = 5,
  statementsOnly = false,
  veto?: RegExp,
): string[] {
  const ids: string[] = [];
  for (const hit of sentenceHits(items, cue, keep)) {
    if (statementsOnly && !isStatement(hit)) continue;
    if (veto?.test(hit.sentence)) continue;
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
    if (ids.length >= limit) break;
  }
  return ids;
}

/** Like citesFor, for a reading of the sentence's structure instead of a cue pattern. */
export function citesWhere(
  items: readonly Item[],
  reads: (sentence: Sentence) => boolean,
  keep: (item: Item) => boolean = () => true,
  limit = 5,
  veto?: RegExp,
): string[] {
  const ids: string[] = [];
  for (const item of items) {
    if (!keep(item) || ids.includes(item.id)) continue;
    const hit = item.analyzed.some((s, i) => reads(s) && !veto?.test(item.sentences[i] ?? ''));
    if (hit) ids.push(item.id);
    if (ids.length >= limit) break;
  }
  return ids;
}
