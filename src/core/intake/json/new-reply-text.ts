/** @module Keeps only the new text of an e-mail reply body: quoted history is evidence elsewhere. */
import { splitSignature } from '../text/signature.js';
import { withoutQuotedHistory } from '../text/strip-quoted.js';

/** The new text of a reply without quoted history, and its signature/legal footer kept apart ('' when none). */
export function newReplyText(text: string): { text: string; signature: string } {
  const head = withoutQuotedHistory(text, { topPosted: true }).trim();
  const own = splitSignature(head);
  return own.body !== '' && own.signature !== ''
    ? { text: own.body, signature: own.signature }
    : { text: head, signature: '' };
}
