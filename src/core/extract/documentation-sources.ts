/** @module Which sources are documentation: author-less text that speaks to its reader as "you". */
import type { ExtractContext } from './context.js';

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);

/**
 * The sources whose items have no author and, somewhere, address the reader in the second person
 * (a help-centre article, a KB page pasted into the handoff). What such text says was done ("orders
 * already placed", "a key sent to the sandbox is rejected") describes the product, nobody's attempt;
 * a team's own working notes speak of the customer in the third person.
 */
export function documentationSources(ctx: ExtractContext): Set<string> {
  const out = new Set<string>();
  for (const item of ctx.items) {
    if (item.ev.author !== null || item.kind !== 'note') continue;
    if (item.analyzed.some((s) => s.tokens.some((t) => SECOND_PERSON.has(t.normal)))) out.add(item.ev.source);
  }
  return out;
}
