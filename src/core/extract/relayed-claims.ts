/**
 * @module Claims our staff only pass on: "the customer calls it an outage", "she says 40 orders are
 * missing", "the seller says payouts are "broken for everyone"". The words after the reporting verb,
 * and words in quotation marks, are the customer's, so the item repeats their claim rather than
 * stating one of ours (language/reported-speech.ts).
 */
import { isOthersWords, ownWords } from '../language/reported-speech.js';
import type { Sentence } from '../language/types.js';
import type { Item } from './context.js';

/** A structural reading of a claim: the token where the sentence makes it, or -1. */
export type ClaimAt = (sentence: Sentence) => number;

/**
 * The ids among `ids` of our side's items in which every sentence matching one of `cues`, or read
 * as the claim by one of `readers`, makes it only in words reported from someone else or quoted.
 */
export function relayedClaims(
  items: readonly Item[],
  ids: readonly string[],
  cues: readonly RegExp[],
  readers: readonly ClaimAt[] = [],
): Set<string> {
  const relayed = new Set<string>();
  const wanted = new Set(ids);
  for (const item of items) {
    if (item.isCustomer || !wanted.has(item.id)) continue;
    let reported = 0;
    let own = 0;
    item.sentences.forEach((sentence, index) => {
      const analyzed = item.analyzed[index];
      if (cues.some((cue) => cue.test(sentence))) {
        const words = analyzed ? ownWords(analyzed) : sentence;
        if (cues.some((cue) => cue.test(words))) own++;
        else reported++;
      }
      if (!analyzed) return;
      for (const read of readers) {
        const at = read(analyzed);
        if (at < 0) continue;
        if (isOthersWords(analyzed, at)) reported++;
        else own++;
      }
    });
    if (reported > 0 && own === 0) relayed.add(item.id);
  }
  return relayed;
}
