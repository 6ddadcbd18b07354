/** @module Warn about quoted mail history that was set aside but appears in no other evidence. */
import type { Evidence } from '../model/evidence.js';
import { normaliseForCopy } from './collapse-copies.js';

/** One block of quoted history a parser removed from an item's text. */
export interface SetAsideQuote {
  readonly locator: string;
  readonly text: string;
}

const MIN_LINE = 20;
// Header-like lines of a quoted block (Outlook From:/Sent:, attributions) are never evidence text.
const HEADER_LINE =
  /^(?:\*?(?:from|sent|date|to|cc|subject|von|de|gesendet|envoyé)\s*:|on\s.*wrote:?$|-{2,}.*-{2,}$|_{5,}$)/i;

function contentLines(quoted: string): string[] {
  return quoted
    .split('\n')
    .map((line) => normaliseForCopy(line))
    .filter((line) => line.length >= MIN_LINE && !HEADER_LINE.test(line));
}

/**
 * For each set-aside quote, whether most of its lines can be found in the other evidence; a quote
 * that cannot is returned with a warning that names the file, so no history vanishes silently.
 */
export function unreadQuoteWarnings(
  fileName: string,
  quotes: readonly SetAsideQuote[],
  evidence: readonly Evidence[],
): string[] {
  if (quotes.length === 0) return [];
  const corpus = evidence.map((item) => normaliseForCopy(item.text)).join('\n');
  const warnings: string[] = [];
  for (const quote of quotes) {
    const lines = contentLines(quote.text);
    if (lines.length === 0) continue;
    const found = lines.filter((line) => corpus.includes(line)).length;
    if (found * 2 >= lines.length) continue;
    const first = (lines[0] ?? '').slice(0, 80);
    warnings.push(
      `${fileName}: quoted history in ${quote.locator} (${lines.length} line(s), starting "${first}") matches no other evidence in the handoff; it was set aside and not read as evidence`,
    );
  }
  return warnings;
}
