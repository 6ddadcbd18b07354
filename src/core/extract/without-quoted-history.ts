/** @module Ticket and chat comments that carry a mail's quoted history below the new text. */
import { findQuoteStart } from '../intake/text/quote-headers.js';
import { stripQuoted } from '../intake/text/strip-quoted.js';

/**
 * A comment's own words: when a reply came in by e-mail with its quoted history below an
 * attribution (`On … wrote:`) or an Outlook header block (`From:`/`Von:`/`De :` with
 * `Sent:`/`Gesendet:`/`Envoyé :`), the history is our own earlier text, not the author's.
 * Text without such a marker is returned unchanged.
 */
export function withoutQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!findQuoteStart(lines)) return text;
  const own = stripQuoted(text);
  return own.trim() === '' ? text : own;
}
