/** @module Workaround: whether one exists, whether it only covers some cases, in whose words. */
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';

const NONE =
  /\b(?:no (?:known )?work-?arounds?|there(?:'s| is) no (?:known )?(?:work-?around|way around)|without (?:a|any) work-?around|no way (?:around|to work around)|nothing (?:works|helps)|no temporary (?:fix|solution))\b/i;
const CUE =
  /\b(?:(?:they|you|customers?) can (?:also )?(?:poll|use|call|export|download|switch|run|schedule|re-?run|replay)\b|work-?arounds?|work around|in the meantime|meanwhile|for now|as a stop-?gap|stop-?gap|temporar(?:y|ily)|manually|by hand|hand-?key\w*|re-?key\w*|retry(?:ing)?|retries|smaller batches|alternative(?:ly)?|instead|interim)\b/i;
// "re-saving the widget fixes it": a gerund that makes it work is a workaround
const GERUND_FIX =
  /(?:^|\b(?:but|and|though)\s+)(?:[A-Z]?[a-z-]+ing)\b[^.]{0,80}?\b(?:fixes|works|helps|restores|brings (?:it|them) back|gets (?:it|them) working)\b/;
const PARTIAL =
  /,\s*not\b|\bbut only\b|\bonly \d+\b|\b\d+ at a time\b|\bworks (?:only )?for\b|\bif (?:they|you) can'?t wait\b|\b(?:except|only (?:for|works|some|covers|partly)|by hand|manually|hand-?key\w*|not for|but not|doesn't (?:work|help) for|does not (?:work|help) for|some of|partial\w*|fewer|most of|minutes (?:per|each|a|for)|hours (?:per|each|a)|laborious|tedious|slow|usually|sometimes|mostly|not all)\b/i;
const FULL =
  /\b(?:fully|completely|complete work-?around|works for all|covers (?:all|every)|all of (?:them|it)|no limit)\b/i;

/** The workaround as the evidence states it; exists is null when nothing is said. */
export function extractWorkaround(ctx: ExtractContext): Facts['workaround'] {
  const cites: string[] = [];
  let text: string | null = null;
  let none = false;
  let partial = false;
  let full = false;
  for (const item of ctx.items) {
    if (item.unit === 'field' || item.unit === 'account' || item.unit === 'log' || item.unit === 'request')
      continue;
    item.sentences.forEach((s, i) => {
      if (NONE.test(s)) {
        none = true;
        if (!cites.includes(item.id)) cites.push(item.id);
        return;
      }
      if ((!CUE.test(s) && !GERUND_FIX.test(s)) || s.endsWith('?')) return;
      if (!cites.includes(item.id)) cites.push(item.id);
      // the limits often follow in the next sentence: "works for line charts, NOT combo charts"
      const scope = `${s} ${item.sentences[i + 1] ?? ''}`;
      text ??= cleanSentence(s);
      if (PARTIAL.test(scope)) partial = true;
      if (FULL.test(scope)) full = true;
    });
  }
  if (text) return { exists: true, partial: partial && !full, text, cites: cites.slice(0, 6) };
  if (none) return { exists: false, partial: false, text: null, cites: cites.slice(0, 6) };
  return { exists: null, partial: null, text: null, cites: [] };
}
