/**
 * @module Whether our side, as the thread stands, settles the credit or refund within its own remit:
 * support may give it itself ("up to $200 without approval", "within my limit") or our side declines
 * it ("No waiver and no compensation."): no exception is needed either way. The latest of our
 * sentences that places it within or beyond support's authority wins.
 */
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';
import {
  declinesCompensation,
  exceedsAuthority,
  readsWithinAuthority,
} from './reads-compensation-authority.js';

/** Evidence ids of our sentences granting or declining the compensation within support's authority; none when a later one places it beyond. */
export function compensationAuthorityCites(ctx: ExtractContext): string[] {
  let ids: string[] = [];
  for (const item of ctx.items) {
    if (!isOurs(item)) continue;
    for (const sentence of item.analyzed) {
      if (exceedsAuthority(sentence)) ids = [];
      else if ((readsWithinAuthority(sentence) || declinesCompensation(sentence)) && !ids.includes(item.id))
        ids.push(item.id);
    }
  }
  return ids.slice(-5);
}
