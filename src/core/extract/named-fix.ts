/** @module The fix our side names as a compound ("the batching fix", "the cache fix"), read from tokens. */
import type { Sentence, Token } from '../language/types.js';
import type { Item } from './context.js';

function nameBefore(tokens: readonly Token[], at: number): string | null {
  const prev = tokens[at - 1];
  if (!prev || prev.kind !== 'word') return null;
  // "the pagination fix", "batching fix"; an adjective ("a proper fix") or "to fix" names nothing
  const nounish =
    prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'VERB' && prev.normal.endsWith('ing'));
  if (!nounish) return null;
  // "fix it", "fix the parser": the verb, not the noun
  const next = tokens[at + 1];
  if (next && (next.pos === 'DET' || next.pos === 'PRON')) return null;
  return prev.text.toLowerCase();
}

/** The first compound naming a fix in our side's messages, e.g. "batching fix"; null when none. */
export function namedFix(items: readonly Item[]): { name: string; item: Item } | null {
  for (const item of items) {
    if (item.isCustomer || item.role === 'bot' || item.unit === 'log') continue;
    for (const s of item.analyzed as readonly Sentence[]) {
      const at = s.tokens.findIndex((t, i) => t.normal === 'fix' && nameBefore(s.tokens, i) !== null);
      if (at > 0) return { name: `${nameBefore(s.tokens, at)} fix`, item };
    }
  }
  return null;
}
