/** @module Deadlines the customer stated ("before 3 PM today", "by Friday", "renewal on Dec 31"). */
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { resolveDates } from './resolve-date.js';
import { cleanSentence } from './text/clean-sentence.js';

const CUE =
  /\b(?:before|by|until|no later than|deadline|due|cut-?off|latest|end of (?:day|week|month)|eod|eow|renew(?:al|s)?(?: date)?(?: is)? on|renews|go-?live|launch|promo(?:tion)?|audit)\b/i;
const MAX_DEADLINES = 6;

/** Future dates in deadline sentences by customers (and account renewals), resolved per item. */
export function extractDeadlines(ctx: ExtractContext): Facts['deadlines'] {
  const out: Facts['deadlines'] = [];
  const seen = new Set<string>();
  for (const item of ctx.items) {
    if (!item.at) continue;
    const renewal = item.unit === 'account' && item.ev.meta?.field === 'renewal';
    if (!renewal && !item.isCustomer) continue;
    const at = new Date(item.at).getTime();
    for (const s of item.sentences) {
      if (!renewal && !CUE.test(s)) continue;
      const date = resolveDates(s, item.at, false).find((d) => d.date.getTime() >= at - 3_600_000);
      if (!date) continue;
      const iso = date.hasTime ? date.iso : `${date.iso}T23:59:00Z`;
      const text = renewal ? `Renewal ${item.ev.text.trim()}` : cleanSentence(s);
      if (seen.has(iso + text)) continue;
      seen.add(iso + text);
      out.push({ at: iso, text, cites: [item.id] });
    }
  }
  return out.slice(0, MAX_DEADLINES);
}
