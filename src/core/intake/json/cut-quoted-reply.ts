/** @module Keeps only the new text of an e-mail reply body: quoted history is evidence elsewhere. */
import { splitSignature } from '../text/signature.js';

// Quote headers mail clients put above the history: Gmail/Apple "On … wrote:", Outlook's
// "-----Original Message-----" or a From:/Sent: block, Freshdesk's "---- On … ----" and "> " lines.
const QUOTE_HEADERS: readonly RegExp[] = [
  /^\s*On\s[^\n]{0,300}?\bwrote:\s*$/im,
  /^\s*On\s[^\n]{0,200}\n[^\n]{0,200}\bwrote:\s*$/im,
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/im,
  /^\s*_{5,}\s*$\n^\s*From:/im,
  /^\s*From:\s[^\n]+\n\s*(Sent|Date):\s/im,
  /^\s*Le\s[^\n]{0,200}\ba écrit\s*:\s*$/im,
  /^\s*Am\s[^\n]{0,200}\bschrieb[^\n]{0,100}:\s*$/im,
  /^\s*>[^\n]*(\n\s*>[^\n]*)+\s*$/m,
];

/** Text before the first quote header; the whole text when none is found or nothing precedes it. */
export function cutQuotedReply(text: string): string {
  let end = text.length;
  for (const pattern of QUOTE_HEADERS) {
    const match = pattern.exec(text);
    if (match !== null && match.index < end) end = match.index;
  }
  const head = text.slice(0, end).trim();
  return head === '' ? text.trim() : head;
}

/** The new text of a reply without quoted history, and its signature/legal footer kept apart ('' when none). */
export function newReplyText(text: string): { text: string; signature: string } {
  const head = cutQuotedReply(text);
  const own = splitSignature(head);
  return own.body !== '' && own.signature !== ''
    ? { text: own.body, signature: own.signature }
    : { text: head, signature: '' };
}
