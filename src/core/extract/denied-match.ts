/**
 * @module Whether a cue that matched a sentence is said no to there: "Not a how-to", "don't offer
 * credits", "ruled out the deploy". Read from the language layer's tokens, not from more patterns.
 */
import { findWord, isDenied } from '../language/polarity.js';
import type { Token } from '../language/types.js';
import type { Item } from './context.js';
import { findSentences, isStatement } from './find-sentences.js';

/** True when the first word of the cue's match is denied in the sentence (item, index). */
export function isMatchDenied(item: Item, index: number, match: RegExpExecArray): boolean {
  const sentence = item.analyzed[index];
  const first = match[0].toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0];
  if (!sentence || !first) return false;
  const at = sentence.tokens.findIndex((t) => t.normal === first || t.text.toLowerCase() === first);
  return at >= 0 && isDenied(sentence, at);
}

/**
 * True when sentence (item, index) denies one of `words` (lemmas): "we ruled out the upgrade";
 * only in the forms `form` accepts, when given.
 */
export function deniesWord(
  item: Item,
  index: number,
  words: ReadonlySet<string>,
  form: (token: Token) => boolean = () => true,
): boolean {
  const sentence = item.analyzed[index];
  if (!sentence) return false;
  for (let i = findWord(sentence, words); i >= 0; i = findWord(sentence, words, i + 1))
    if (form(sentence.tokens[i] as Token) && isDenied(sentence, i)) return true;
  return false;
}

/**
 * Like citesFor: ids of the items whose sentences match `cue` — except where the sentence denies
 * the match. For cues that assert ("documented", "refund", "since the deploy"), never for cues whose
 * negation is the symptom ("cannot log in").
 */
export function affirmedCites(
  items: readonly Item[],
  cue: RegExp,
  keep: (item: Item) => boolean,
  limit = 5,
  // a pattern over the sentence, or a reading of it (item, sentence index)
  veto?: RegExp | ((item: Item, index: number) => boolean),
  statementsOnly = false,
): string[] {
  const ids: string[] = [];
  const vetoes = (hit: { item: Item; index: number; sentence: string }): boolean =>
    veto === undefined
      ? false
      : typeof veto === 'function'
        ? veto(hit.item, hit.index)
        : veto.test(hit.sentence);
  for (const hit of findSentences(items, cue, keep)) {
    if (statementsOnly && !isStatement(hit)) continue;
    if (vetoes(hit) || isMatchDenied(hit.item, hit.index, hit.match)) continue;
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
    if (ids.length >= limit) break;
  }
  return ids;
}
