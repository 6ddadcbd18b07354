/** @module Attempts that only show as an answer to a request: material the customer sent, a check a colleague ran. */
import type { Facts } from '../model/packet.js';
import type { ExtractContext, Item } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';
import { wordStems } from './text/word-stems.js';
import { triedBy, withActor } from './tried-by.js';

type Tried = Facts['tried'][number];

// support asks the customer for material: "could you send the last 4 digits of the card?"
const ASKS_FOR_MATERIAL =
  /\b(?:could|can|would) you (?:also )?(?:send|share|provide|attach|upload|forward|paste)(?: (?:us|me|over))?\s+(.{4,160}?)(?:\?|$|[.!]\s)/i;
// a colleague is asked to look: "can someone check their account?"
const ASKS_FOR_CHECK =
  /\b(?:can|could) (?:someone|somebody|anyone|you|eng\w*|@\w+) (?:please )?(?:check|look at|verify)\s+(.{3,100}?)(?:\?|$|[.!]\s)/i;
// "ack", "looking", "on it": an answer that holds no finding yet
const NO_FINDING = /^(?:ack|ok|okay|looking|on it|checking|sure|thanks|ty|yes|yep)\b/i;
const LOOKAHEAD = 4;

function statements(item: Item): string[] {
  return item.sentences.map(cleanSentence).filter((s) => s.length > 0 && !s.endsWith('?'));
}

function nextReply(ctx: ExtractContext, from: number, fits: (item: Item) => boolean): Item | null {
  const asker = ctx.items[from];
  let seen = 0;
  for (let j = from + 1; j < ctx.items.length && seen < LOOKAHEAD; j++) {
    const item = ctx.items[j];
    if (!item || !asker || item.ev.source !== asker.ev.source) continue;
    seen++;
    if (item.ev.author?.name === asker.ev.author?.name) continue;
    if (fits(item)) return item;
  }
  return null;
}

// the reply's sentence about the thing asked for, else its first one with substance
function findingAbout(reply: Item, subject: string): string | null {
  const wanted = new Set(wordStems(subject));
  const candidates = statements(reply).filter((s) => !NO_FINDING.test(s) && contentWords(s).length >= 3);
  return candidates.find((s) => wordStems(s).some((w) => wanted.has(w))) ?? candidates[0] ?? null;
}

/**
 * Attempts recorded only as an answer: the customer's reply to "could you send X?" (the customer
 * sent X), and a colleague's internal reply to "can someone check X?" (they checked X and found …).
 * Each cites the reply and the request.
 */
export function triedFromAnswers(ctx: ExtractContext): Tried[] {
  const out: Tried[] = [];
  ctx.items.forEach((item, index) => {
    if (!item.isStaff) return;
    for (const sentence of item.sentences) {
      const material = item.isPublic ? ASKS_FOR_MATERIAL.exec(sentence) : null;
      if (material?.[1]) {
        const reply = nextReply(ctx, index, (r) => r.isCustomer && r.isPublic && statements(r).length > 0);
        const [first] = reply ? statements(reply) : [];
        if (reply && first)
          out.push({
            action: `Customer: sent ${material[1].trim()}`,
            result: first,
            by: 'customer',
            cites: [reply.id, item.id],
          });
        return;
      }
      const check = item.isPublic ? null : ASKS_FOR_CHECK.exec(sentence);
      if (check?.[1]) {
        const subject = check[1].trim();
        const reply = nextReply(ctx, index, (r) => r.isStaff && !r.isPublic);
        const finding = reply ? findingAbout(reply, subject) : null;
        if (reply && finding) {
          const by = triedBy('', reply.role);
          const action = withActor(by, `checked ${subject}: ${finding}`);
          out.push({ action, result: null, by, cites: [reply.id, item.id] });
        }
        return;
      }
    }
  });
  return out;
}
