/**
 * @module "Could we at least waive the fee?", "we should credit them a month", "let's refund it":
 * our side weighing a step of its own. Read from structure: a modal with "we" as its subject (in a
 * question or a statement), or "let's" opening the sentence, in a clause of its own: never inside a
 * condition, a purpose or a reason ("if we can run your code", "so we can match it", "because we
 * could test it", language/clause.ts), nor a denied modal ("we could not use it"). Another's words
 * relayed ("she asked if we could refund it", "the customer wants to know whether we can") are not
 * our proposal (language/reported-speech.ts).
 */
import { type Clause, clausesOf, openingClause } from '../language/clause.js';
import { isDenied } from '../language/polarity.js';
import { isReportingVerb, reportedBy } from '../language/reported-speech.js';
import type { Sentence, Token } from '../language/types.js';

const MODALS = new Set(['could', 'can', 'should', 'shall', 'might', 'may']);
// clause openers that join two clauses as equals; any other opener subordinates its clause, and "so"
// does when it follows a clause ("send it so we can match it"), not when it opens the sentence
const COORDINATE = new Set(['and', 'but', 'or', 'yet', 'nor']);

/**
 * The clause opens subordinate: a condition, a purpose or reason, an indirect question, a relative
 * clause. An opener before a comma with no verb of its own opened a phrase ("As a first step, we
 * could …"), not the clause.
 */
function opensSubordinate(c: Clause | undefined): boolean {
  const opener = c?.opener;
  if (!c || opener === null || opener === undefined || COORDINATE.has(opener)) return false;
  if (opener === 'so' && c.joint === 'start') return false;
  const comma = c.tokens.findIndex((t) => t.text === ',');
  return comma < 0 || c.tokens.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

// a word that joins a clause to the one before: a subordinator ("that", "like"), or a pronoun right
// after a noun, which opens a relative clause ("the voucher that we can offer")
const joinsClause = (t: Token | undefined, before: Token | undefined): boolean =>
  t?.pos === 'SCONJ' || (t?.pos === 'PRON' && (before?.pos === 'NOUN' || before?.pos === 'PROPN'));

const isWord = (s: Sentence, i: number): boolean => s.tokens[i]?.kind === 'word';

/** True when the sentence proposes a step our side might take ("could we …", "we should …", "let's …"). */
export function readsOurProposal(s: Sentence): boolean {
  const tokens = s.tokens;
  const words = tokens.flatMap((_, i) => (isWord(s, i) ? [i] : []));
  const at = (k: number): string => tokens[words[k] ?? -1]?.normal ?? '';
  const reported = reportedBy(s);
  // where someone else's words start: nothing from there on is ours
  const own = (i: number): boolean => reported === null || i < reported.from;
  if (at(0) === "let's" || (at(0) === 'let' && ['us', "'s", 's'].includes(at(1)))) {
    // "let's say the queue holds three jobs" supposes
    const verb = tokens[words[at(0) === "let's" ? 1 : 2] ?? -1];
    return own(words[0] ?? 0) && !(verb !== undefined && isReportingVerb(verb.lemma));
  }
  const clauses = clausesOf(s);
  return words.some((i, k) => {
    if (!MODALS.has(tokens[i]?.normal ?? '') || isDenied(s, i) || s.negators.includes(words[k + 1] ?? -1))
      return false;
    if (!own(i)) return false;
    // "could we …?", "how can we …?": a modal before its subject asks directly, in a clause of its own
    if (s.question && at(k + 1) === 'we') return true;
    // "we could …" / "we should …" proposes, unless subordinate ("if we can", "the fix that we can
    // ship") or an adjective's complement ("make sure we can"); a complement of the writer's own verb
    // stays a proposal ("it looks like we could …")
    if (at(k - 1) !== 'we') return false;
    const we = words[k - 1] ?? 0;
    const link = joinsClause(tokens[we - 1], tokens[we - 2]) ? 1 : 0;
    const head = tokens[we - 1 - link];
    if (head?.pos === 'ADJ' || (link === 1 && head?.pos !== 'VERB')) return false;
    return openingClause(clauses, i, (cs, c) => opensSubordinate(cs[c])) < 0;
  });
}
