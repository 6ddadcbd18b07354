/**
 * @module A claim our side refuted sets no signal: when our staff later say no to the same thing
 * ("No duplicate charge", "this is not an outage"), the earlier sentences that claimed it no
 * longer count. A claim made after the refutation still does: the thread as it stands decides.
 */

import { looksPast } from '../language/tense.js';
import type { Item } from './context.js';
import { deniesWord, isMatchDenied } from './denied-match.js';
import { isOurs } from './derive-assessment.js';
import { findSentences, isStatement } from './find-sentences.js';

// "we haven't lost any since the fix", "nothing is deleted any more": the loss stopped, it happened
const STOPPED = new Set(['since', 'anymore', 'longer', 'again']);
// a loss as a state ("not lost", "nothing was deleted", "none of it is gone"); "do not delete this"
// instructs
const isState = looksPast;

/**
 * `ids` (cites of `cue`) without those whose every claim came before our last refutation of it. Our
 * statement that denies one of `denied` (lemmas: "your records are not lost", "nothing was deleted")
 * refutes too, whatever words the claim used.
 */
export function withoutRefuted(
  items: readonly Item[],
  cue: RegExp,
  ids: readonly string[],
  denied?: ReadonlySet<string>,
): string[] {
  const order = (item: Item, index: number): number => items.indexOf(item) * 10_000 + index;
  let refuted = -1;
  if (denied)
    for (const item of items.filter(isOurs))
      item.analyzed.forEach((read, index) => {
        if (read.question || read.conditional || read.tokens.some((t) => STOPPED.has(t.normal))) return;
        if (deniesWord(item, index, denied, isState)) refuted = Math.max(refuted, order(item, index));
      });
  const claims = new Map<string, number>();
  for (const hit of findSentences(items, cue)) {
    const at = order(hit.item, hit.index);
    if (isMatchDenied(hit.item, hit.index, hit.match)) {
      if (isOurs(hit.item) && isStatement(hit)) refuted = Math.max(refuted, at);
      continue;
    }
    claims.set(hit.item.id, Math.max(claims.get(hit.item.id) ?? -1, at));
  }
  if (refuted < 0) return [...ids];
  // an id with no matching sentence of its own (a log, a status) is kept as it was
  return ids.filter((id) => (claims.get(id) ?? Number.POSITIVE_INFINITY) > refuted);
}
