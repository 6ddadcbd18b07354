/**
 * @module When the fix our side named will reach the customer: "fix = batch the lookups", "can go out
 * as 4.8.1 if review is fine" → "When will the fix (batch the lookups) in 4.8.1 pass review and ship?"
 */
import type { ExtractContext, Item } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { fromSentence, type Unknown } from './unknown.js';

// what the fix is, after "fix =", "fix:", "fix is small:", "the fix is to", "fix is a one-liner …"
const FIX_IS = /\b(?:hot)?fix\s*(?:=|:|is\s+(?:\w+\s*:|to\s+|(?=an?\s)))\s*((?:[^.;]|\.(?=\d))+)/i;
// a release still to come: "go out as 4.8.1", "ship 6.3.1", "4.18.1 in review", "hotfix 2.1.4"
const COMING_VERSION =
  /\b(?:(?:go|goes|going) out as|ship(?:ping)?(?: it as| as| in)?|release(?: it)? as|hotfix|in|as)\s+(?:an?\s+)?v?(\d+\.\d+(?:\.\d+)+(?:-\w+)?)\b(?=[^.]*\b(?:review|tonight|tomorrow|today|release|ship|out|hotfix|store)\b)|\bv?(\d+\.\d+(?:\.\d+)+)\s+(?:in|into|through|to)\s+(?:\w+\s+)?review\b/i;
// "the batching fix", "a config fix": the word before names it
const NAMED_FIX = /\b([a-z][\w-]{2,})\s+fix\b(?!\s+(?:it|this|that|them)\b)/i;
const NOT_A_NAME =
  /^(?:the|a|an|any|no|our|their|this|that|proper|real|permanent|actual|quick|small|tiny|simple|easy|possible|potential|need|needs|will|can|could|would|should|to|and|or|for|with|a)$/i;
const REVIEW = /\b((?:[A-Z][\w-]+\s+)?review)\b/;
const FIX_WORD = /\b(?:fix|hotfix|patch|PR\s*#?\d+)\b/i;
// a question, even without its mark: "can we ship it as 2.1.4", not "can go out as 2.1.4"
const ASKS = /\?\s*$|^(?:can|could|should|shall|will|would|do|does|is|are)\s+(?:we|you|i|they|someone|it)\b/i;
const DONE = /\b(?:shipped|released|deployed|rolled out|is live|went out|merged)\b/i;

function ours(item: Item): boolean {
  return (
    item.isStaff || (!item.isCustomer && item.role !== 'bot' && item.unit !== 'field' && item.unit !== 'log')
  );
}

// the description up to the first new clause, at most ten words
function describe(text: string): string {
  const first = text.split(/,\s|\s[—–-]\s|\s(?:but|and then|then|so|if|which)\s|\(/)[0] ?? '';
  return first
    .trim()
    .split(/\s+/)
    .slice(0, 10)
    .join(' ')
    .replace(/[\s,.:;!]+$/, '');
}

/** The fix our side described or the version it will ship in, asked as one "when will it ship" question. */
export function askFixShip(ctx: ExtractContext): Unknown | null {
  let detail: { text: string; id: string; sentence: string; compound?: boolean } | null = null;
  let version: { text: string; id: string; sentence: string } | null = null;
  let review: string | null = null;
  for (const item of ctx.items) {
    if (!ours(item)) continue;
    item.sentences.forEach((raw) => {
      const s = cleanSentence(raw);
      if (ASKS.test(s) || DONE.test(s)) return;
      const fix = FIX_IS.exec(s);
      const what = fix?.[1] ? describe(fix[1]) : '';
      if (what.split(/\s+/).length >= 2 && !/^(?:not|no|in|on|live|out|done|small|ready)\b/i.test(what))
        detail = { text: what, id: item.id, sentence: raw };
      const named0 = NAMED_FIX.exec(s)?.[1];
      if (!detail && named0 && !NOT_A_NAME.test(named0))
        detail = { text: named0.toLowerCase(), id: item.id, sentence: raw, compound: true };
      const v = COMING_VERSION.exec(s);
      const named = v?.[1] ?? v?.[2];
      if (named && (FIX_WORD.test(s) || /\breview\b|\bout as\b/i.test(s)))
        version = { text: named, id: item.id, sentence: raw };
      if ((FIX_WORD.test(s) || named) && REVIEW.test(s)) review = REVIEW.exec(s)?.[1] ?? review;
    });
  }
  const d = detail as { text: string; id: string; sentence: string; compound?: boolean } | null;
  const v = version as { text: string; id: string; sentence: string } | null;
  if (!d && !v) return null;
  const fix = d ? (d.compound ? `the ${d.text} fix` : `the fix (${d.text})`) : 'the fix';
  const subject = v ? `${fix} in ${v.text}` : fix;
  const step = review ? `pass ${review} and ship` : 'ship';
  const cite = (d ?? v) as { id: string; sentence: string };
  return fromSentence(
    `When will ${subject} ${step}?`,
    'The customer is waiting for the fix; no date can be given until it has a release.',
    'ask-fix-ship',
    cite.id,
    cite.sentence,
  );
}
