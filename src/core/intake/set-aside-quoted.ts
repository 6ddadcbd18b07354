/** @module Quoted history in a comment, chat message or note is set aside at intake, for every format. */

import type { SetAsideQuote } from '../evidence/unread-quotes.js';
import type { EvidenceDraft } from '../model/evidence.js';
import type { ParseResult } from '../model/intake.js';
import { splitQuotedHistory } from './text/strip-quoted.js';

// units a person typed into a help desk or chat, where a mail reply's history can ride along
const MAY_QUOTE = new Set(['comment', 'message', 'note']);

function quotesOf(result: ParseResult): SetAsideQuote[] {
  const quoted = result.data?.quoted;
  return Array.isArray(quoted) ? (quoted as SetAsideQuote[]) : [];
}

/**
 * The result with each comment's, message's and note's own words as its text; the history cut from
 * it goes to `data.quoted`, so the intake warns when that history is found in no other evidence.
 */
export function setAsideQuoted(result: ParseResult): ParseResult {
  const quotes: SetAsideQuote[] = [];
  let changed = false;
  const items = result.items.map((item: EvidenceDraft) => {
    if (!MAY_QUOTE.has(item.meta?.unit ?? '') || typeof item.text !== 'string') return item;
    const { text: own, quoted } = splitQuotedHistory(item.text);
    if (own === item.text) return item;
    changed = true;
    if (quoted !== '') quotes.push({ locator: item.locator, text: quoted });
    return { ...item, text: own };
  });
  if (!changed) return result;
  const data = quotes.length > 0 ? { ...result.data, quoted: [...quotesOf(result), ...quotes] } : result.data;
  return { ...result, items, ...(data ? { data } : {}) };
}
