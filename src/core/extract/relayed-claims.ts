/**
 * @module Claims our staff only pass on: "the customer calls it an outage", "she says 40 orders are
 * missing". The words after the reporting verb are the customer's, so the item repeats their claim
 * rather than stating one of ours (language/reported-speech.ts).
 */
import { ownWords } from '../language/reported-speech.js';
import type { Item } from './context.js';

/**
 * The ids among `ids` of our side's items in which every sentence matching one of `cues` matches
 * only in words reported from someone else.
 */
export function relayedClaims(
  items: readonly Item[],
  ids: readonly string[],
  cues: readonly RegExp[],
): Set<string> {
  const relayed = new Set<string>();
  const wanted = new Set(ids);
  for (const item of items) {
    if (item.isCustomer || !wanted.has(item.id)) continue;
    let reported = 0;
    let own = 0;
    item.sentences.forEach((sentence, index) => {
      if (!cues.some((cue) => cue.test(sentence))) return;
      const analyzed = item.analyzed[index];
      const words = analyzed ? ownWords(analyzed) : sentence;
      if (cues.some((cue) => cue.test(words))) own++;
      else reported++;
    });
    if (reported > 0 && own === 0) relayed.add(item.id);
  }
  return relayed;
}
