/**
 * @module Whether a sentence says that several other named parties came to us with the same
 * failure ("Lakeside and The Foundry just opened tickets with the same code", "Acme and Brill
 * reported the same error"), read from structure over the language layer's tokens: names joined by
 * "and" as the subject, a verb of reaching us, then "same". Never a question, a doubt or a
 * condition ("if Acme and Brill report the same …"), nor a single name (often the customer's own
 * person), nor a denied report ("Acme and Brill have not reported the same").
 */
import { isDenied } from '../language/polarity.js';
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';

// reaching us about a problem (lemmas)
const REPORTING = new Set(['report', 'write', 'call', 'contact', 'complain']);
// reaching us with a ticket: "opened tickets", "raised a case"; not "opened the same file"
const FILING = new Set(['open', 'raise', 'file', 'log', 'submit']);
const TICKET = new Set(['ticket', 'case', 'issue', 'request', 'incident']);
const CLAUSE = new Set(['PUNCT', 'SCONJ']);
const SAME = new Set(['same']);

/** The subject before the verb at `verb`: names joined by "and", adverbs aside ("just", "also"). */
function severalNames(tokens: readonly Token[], verb: number): boolean {
  let start = verb;
  while (start > 0 && !CLAUSE.has(tokens[start - 1]?.pos ?? '')) start--;
  const subject = tokens.slice(start, verb).filter((t) => t.pos !== 'ADV');
  const names = subject.filter((t) => t.pos === 'PROPN').length;
  const joined = subject.some((t) => t.normal === 'and');
  const onlyNames = subject.every((t) => ['PROPN', 'DET', 'CCONJ', 'PUNCT'].includes(t.pos));
  return names >= 2 && joined && onlyNames;
}

/** True when the sentence says several other named parties reported the same failure. */
export function readsOthersReportSame(s: Sentence): boolean {
  // every reading needs "same" after its verb
  if (s.question || s.conditional || s.hedged || !holdsAny(s, SAME)) return false;
  const tokens = s.tokens;
  return tokens.some((t, i) => {
    if (t.pos !== 'VERB' || isDenied(s, i)) return false;
    const files = FILING.has(t.lemma) && tokens.slice(i + 1, i + 4).some((k) => TICKET.has(k.lemma));
    if (!files && !REPORTING.has(t.lemma)) return false;
    const same = tokens.slice(i + 1, i + 8).some((k) => k.normal === 'same');
    return same && severalNames(tokens, i);
  });
}
