/** @module Deadlines the customer stated ("before 3 PM today", "by Friday", "renewal on Dec 31"). */
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { THREAT } from './extract-asks.js';
import { type ResolvedDate, resolveDates } from './resolve-date.js';
import { cleanSentence } from './text/clean-sentence.js';
import { caseZone, statedZone } from './time-zone.js';

const CUE =
  /\b(?:before|by|until|deadline|due|cut-?off|latest|eod|eow|renew(?:al|s)?(?: date)?(?: is)? on|renews|go-?live|launch|promo(?:tion)?|audit)\b/i;
const MAX_DEADLINES = 6;
// cue words that name no time: "before to confirm" (before confirming), "one by one", "by hand",
// and "until now" / "by now" / "until recently" (so far, not a date to meet)
const NOT_A_TIME_CUE =
  /\b(?:until|till|til|up (?:to|until)|by) (?:now|recently|today so far|this point|the moment)\b|\bbefore (?:to \w+|\w+ing)\b|\b(?:one|step|side|day|bit|case|line|page|row|piece|hand) by (?:one|step|side|day|bit|case|line|page|row|piece)\b|\bby (?:hand|email|e-mail|mail|phone|post|default|mistake|accident|design|far|the way|bank transfer|card|cheque|check)\b/gi;

/** Future dates in deadline sentences by customers (and account renewals), resolved per item. */
export function extractDeadlines(ctx: ExtractContext): Facts['deadlines'] {
  const out: Facts['deadlines'] = [];
  const seen = new Set<string>();
  let local: string | null | undefined;
  const localZone = (): string | null => {
    if (local === undefined) local = caseZone(ctx.items.map((i) => i.ev.text));
    return local;
  };
  for (const item of ctx.items) {
    if (!item.at) continue;
    const renewal = item.unit === 'account' && item.ev.meta?.field === 'renewal';
    if (!renewal && !item.isCustomer) continue;
    const at = new Date(item.at).getTime();
    let zone: string | null | undefined;
    for (const s of item.sentences) {
      // "if the board is not working when the shift starts at 6pm, we will …": a threat sets the deadline
      const cue =
        CUE.exec(s.replace(NOT_A_TIME_CUE, (m) => ' '.repeat(m.length))) ??
        (THREAT.test(s) ? { index: 0 } : null);
      if (!renewal && !cue) continue;
      // "for now" is not a date to meet
      const future = (d: ResolvedDate): boolean =>
        d.date.getTime() >= at - 3_600_000 && !/^(?:right )?now$/i.test(d.text.trim());
      // the customer's clock for "our time": a zone the item names, else one named in the case
      if (zone === undefined) zone = statedZone(item.ev.text) ?? localZone();
      const z = zone;
      // the date the cue governs comes first: "next week's rota is due by Friday 17:00" is Friday
      const governed = cue ? resolveDates(s.slice(cue.index), item.at, false, z).filter(future) : [];
      // a threat's condition names a clock time ("when the night shift starts at 6pm")
      const timed = cue && cue.index === 0 && !CUE.test(s) ? governed.find((d) => d.hasTime) : undefined;
      const date = timed ?? governed[0] ?? resolveDates(s, item.at, false, z).find(future);
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
