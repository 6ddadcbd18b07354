/** @module The fix our side names as a compound ("the batching fix", "the cache fix"), read from tokens. */
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';
import type { Item } from './context.js';

const FIX = new Set(['fix']);

function nameBefore(tokens: readonly Token[], at: number): string | null {
  const prev = tokens[at - 1];
  // "a bug fix" names no fix (seen in issue headers: "### Bug Fix")
  if (!prev || prev.kind !== 'word' || prev.normal === 'bug') return null;
  // "the pagination fix", "batching fix"; an adjective ("a proper fix") or "to fix" names nothing
  const nounish =
    prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'VERB' && prev.normal.endsWith('ing'));
  if (!nounish) return null;
  // "fix it", "fix the parser": the verb, not the noun
  const next = tokens[at + 1];
  if (next && (next.pos === 'DET' || next.pos === 'PRON')) return null;
  return prev.text.toLowerCase();
}

// the most words a definition keeps: "fix = batch the availability lookup into one query"
const MAX_DEFINITION = 8;

/** "fix = batch the lookup", "proper fix: an idempotency key": the words that define the fix. */
function definitionAfter(s: Sentence, at: number): string | null {
  const mark = s.tokens[at + 1];
  if (!mark || (mark.text !== '=' && mark.text !== ':')) return null;
  const words: Token[] = [];
  for (const t of s.tokens.slice(at + 2)) {
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || words.length >= MAX_DEFINITION) break;
    words.push(t);
  }
  const first = words[0];
  const last = words.at(-1);
  return first && last && words.length >= 2 ? s.text.slice(first.start - s.start, last.end - s.start) : null;
}

/**
 * How our side names the fix: its definition ("fix = batch the lookup" → "fix (batch the lookup)"),
 * else the first compound ("batching fix"); null when none.
 */
export function namedFix(items: readonly Item[]): { name: string; item: Item } | null {
  let compound: { name: string; item: Item } | null = null;
  for (const item of items) {
    if (item.isCustomer || item.role === 'bot' || item.unit === 'log') continue;
    for (const s of item.analyzed as readonly Sentence[]) {
      if (!holdsAny(s, FIX)) continue;
      for (const [i, t] of s.tokens.entries()) {
        // "2.9 doesn't have the recurring-event fix" speaks of a fix that is not this one
        if (t.normal !== 'fix' || t.negated) continue;
        const defined = definitionAfter(s, i);
        if (defined) return { name: `fix (${defined})`, item };
        const name = nameBefore(s.tokens, i);
        if (name && !compound) compound = { name: `${name} fix`, item };
      }
    }
  }
  return compound;
}
