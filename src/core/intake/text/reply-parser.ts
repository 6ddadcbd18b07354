/** @module What the maintained `email-reply-parser` recognises: quote headers and signature lines. */
import EmailReplyParser from 'email-reply-parser';

const parser = new EmailReplyParser();
// Every quote header the parser knows ends in a colon, starts with a `From:`-like label or is a
// dashed `Original Message` rule (its `On … wrote` without a colon is Spine's extra too); only
// such text is worth a parse, at about 50 µs each.
const MAY_BE_HEADER = /[:：]\s*$|^\s*\p{L}+\s?:|^\s*-/u;

/**
 * True when the parser reads `text` — one line, or an attribution wrapped over two or three — as
 * the header above quoted history (`On … wrote:`, `Le … a écrit :`, `-----Original Message-----`,
 * `From: Name <address>` …). It is asked one candidate at a time, never the whole body: several of
 * its patterns span lines (`[\s\S]+`) and cost time quadratic in a long body.
 */
export function isParserQuoteHeader(text: string): boolean {
  if (!MAY_BE_HEADER.test(text) || /^\s*>/m.test(text)) return false;
  // The parser hides a header only below a blank line.
  return parser
    .read(`\n${text}`)
    .getFragments()
    .some((fragment) => fragment.isQuoted());
}

/** True when the parser reads `line` as the first line of a signature (`Sent from …`, `Regards,`, `-- `). */
export function isParserSignatureLine(line: string): boolean {
  if (line.includes('\n')) return false;
  // The parser marks a signature below some text.
  return parser
    .read(`.\n${line}`)
    .getFragments()
    .some((fragment) => fragment.isSignature());
}
