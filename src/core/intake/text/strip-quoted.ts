/** @module Separate a mail body's new text from the quoted history below (or above) it. */
import { findQuoteStart, isAttribution } from './quote-headers.js';

const QUOTED = /^\s*>/;

/**
 * A comment's or reply's own words, without the quoted history below an attribution (`On … wrote:`,
 * `Am … schrieb:`), an `Original Message` rule or an Outlook header block (`From:` with `Sent:`, in
 * the languages Outlook ships). With `topPosted` — a reply whose HTML quote lost its `>` marks — all
 * that follows the first such header, or the first block of `>` lines, is history; otherwise
 * bottom-posted and inline answers are kept. Text without history, or with nothing but history, is
 * returned unchanged.
 */
export function withoutQuotedHistory(text: string, options: { topPosted?: boolean } = {}): string {
  if (!options.topPosted) return splitQuotedHistory(text).text;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = findQuoteStart(lines)?.index ?? -1;
  const block = lines.findIndex((line, i) => QUOTED.test(line) && QUOTED.test(lines[i + 1] ?? ''));
  const cut = Math.min(...[header, block].filter((i) => i >= 0));
  if (!Number.isFinite(cut)) return text;
  const head = lines.slice(0, cut).join('\n').trim();
  return head === '' ? text : head;
}

/**
 * The cut `withoutQuotedHistory` makes without `topPosted`, with the history it removed (`quoted`
 * is '' when nothing was cut): only below an attribution, rule or header block, and never down to
 * nothing.
 */
export function splitQuotedHistory(text: string): { text: string; quoted: string } {
  if (!findQuoteStart(text.replace(/\r\n?/g, '\n').split('\n'))) return { text, quoted: '' };
  const split = splitQuoted(text);
  return split.text.trim() === '' ? { text, quoted: '' } : split;
}

/**
 * The new text of a mail body: quoted history (`On … wrote:` + `>` lines, Outlook and Yahoo
 * `Original Message` blocks, `____` rules) is removed. A reply written below a `>` quote
 * (bottom-posting) is kept, as are inline answers between quoted lines.
 */
export function stripQuoted(body: string): string {
  return splitQuoted(body).text;
}

/**
 * The new text of a mail body and the quoted history removed from it (`>` prefixes kept), so
 * callers can tell whether anything was set aside.
 */
export function splitQuoted(body: string): { text: string; quoted: string } {
  const text = stripQuotedText(body);
  const keptLines = new Map<string, number>();
  for (const line of text.split('\n')) keptLines.set(line.trim(), (keptLines.get(line.trim()) ?? 0) + 1);
  const quoted: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const key = line.trim();
    const left = keptLines.get(key) ?? 0;
    if (left > 0) keptLines.set(key, left - 1);
    else quoted.push(line);
  }
  return { text, quoted: quoted.join('\n').trim() };
}

function stripQuotedText(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const start = findQuoteStart(lines);
  let kept: string[];
  if (!start) {
    kept = lines;
  } else if (isAttribution(lines, start.index, start.length)) {
    // Skip the `>` block after the attribution; text after it is a bottom-posted reply.
    let end = start.index + start.length;
    while (end < lines.length && (QUOTED.test(lines[end] ?? '') || (lines[end] ?? '').trim() === '')) end++;
    const after = lines.slice(end);
    kept = [
      ...lines.slice(0, start.index),
      ...(after.length > 0 ? ['', ...stripQuotedText(after.join('\n')).split('\n')] : []),
    ];
  } else {
    kept = lines.slice(0, start.index);
  }
  // A rule the client drew above the quoted block is not part of the reply.
  while (kept.length > 0 && /^\s*(?:[-_=*]{5,})?\s*$/.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept
    .filter((line) => !QUOTED.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
