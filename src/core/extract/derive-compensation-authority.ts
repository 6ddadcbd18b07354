/**
 * @module Whether our side, as the thread stands, says support may settle the credit or refund
 * itself: the latest of our sentences that places it within or beyond support's authority wins.
 */
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';
import { exceedsAuthority, readsWithinAuthority } from './reads-compensation-authority.js';

/** Evidence ids of our sentences placing the compensation within support's authority; none when a later one places it beyond. */
export function compensationAuthorityCites(ctx: ExtractContext): string[] {
  let ids: string[] = [];
  for (const item of ctx.items) {
    if (!isOurs(item)) continue;
    for (const sentence of item.analyzed) {
      if (exceedsAuthority(sentence)) ids = [];
      else if (readsWithinAuthority(sentence) && !ids.includes(item.id)) ids.push(item.id);
    }
  }
  return ids.slice(-5);
}
