/**
 * @module The lost things a thread names, read from parts of speech: a loss word before a noun
 * ("failed orders", "missed reminders", "discarded job sheets"). Duplicates and delays are not
 * lost: there is nothing to recover.
 */
import { holdsAny } from '../language/sentence-words.js';
import type { Item } from './context.js';

const LOSS = new Set([
  'failed',
  'missing',
  'missed',
  'lost',
  'dropped',
  'stuck',
  'discarded',
  'deleted',
  'skipped',
  'wiped',
]);
// nouns that count time or stand in for another noun, not records
const VAGUE = new Set(['ones', 'things', 'days', 'weeks', 'hours', 'minutes', 'times', 'months', 'years']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

// a count of none: "0 failed jobs", "no missing invoices", "zero dropped events"
const NONE = new Set(['0', 'zero', 'no', 'none']);

interface Loss {
  readonly what: string;
  readonly item: Item;
  readonly sentence: string;
  /** the thread says there are none of them: "0 failed jobs" */
  readonly none: boolean;
}

/** Every "<loss word> <noun phrase>" in the items' sentences, oldest first. */
function losses(items: readonly Item[]): Loss[] {
  const out: Loss[] = [];
  for (const item of items) {
    if (item.unit === 'log' || item.role === 'bot') continue;
    for (const [index, read] of item.analyzed.entries()) {
      if (!holdsAny(read, LOSS)) continue;
      const tokens = read.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t || !LOSS.has(t.normal)) continue;
        // up to three noun-phrase words after it, ending in a plural noun or "data"
        let end = -1;
        for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
          const w = tokens[j];
          if (!w || !NOUNISH.has(w.pos) || w.kind !== 'word') break;
          if (
            w.pos === 'NOUN' &&
            !VAGUE.has(w.normal) &&
            (w.normal === 'data' || (/[^s]s$/.test(w.normal) && w.lemma !== w.normal))
          )
            end = j;
        }
        if (end < 0) continue;
        const what = tokens
          .slice(i, end + 1)
          .map((w) => w.normal)
          .join(' ');
        // …as a count, not as the subject of a denied verb ("no dropped uploads were restored yet")
        const none = NONE.has(tokens[i - 1]?.normal ?? '') && tokens[end + 1]?.pos !== 'AUX';
        out.push({ what, item, sentence: item.sentences[index] ?? read.text, none });
      }
    }
  }
  return out;
}

/**
 * The first "<loss word> <noun phrase>" in the items' sentences, with where it was read; none when
 * the thread counts none of them, then or later ("all processed, 0 failed jobs"): the check found
 * nothing to recover.
 */
export function lostThings(items: readonly Item[]): { what: string; item: Item; sentence: string } | null {
  const all = losses(items);
  const found = all.find(
    (l, n) => !l.none && !all.slice(n + 1).some((later) => later.none && later.what === l.what),
  );
  return found ? { what: found.what, item: found.item, sentence: found.sentence } : null;
}
