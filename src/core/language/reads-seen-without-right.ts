/**
 * @module Whether a sentence says that someone saw or got at something they have no right to — an
 * unauthorised view, worded without "permission bug" or "breach": "users can see passwords they're
 * not allowed to", "she opened notes on a claim that isn't hers", "members see messages in channels
 * they don't belong to", "he downloaded files he shouldn't have access to". Read from structure over
 * the tokens: a verb of looking or getting (see, view, open, access, read, download, get, receive)
 * that happened or can happen, and after it in the same clause what it reached said not to be the
 * viewer's: a negated entitlement ("they shouldn't", "aren't allowed to", "don't have access to",
 * "don't belong to", "without permission") or a denied owner ("isn't hers", "not meant for them").
 * Never a question, a condition, a denied or wished view ("make sure nobody sees records they
 * shouldn't"), nor a view that only may happen ("will see").
 */
import { isDenied } from './polarity.js';
import { isOthersWords } from './reported-speech.js';
import { holdsAny } from './sentence-words.js';
import type { Sentence, Token } from './types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const LOOKING = set(
  'see saw seen sees seeing view viewed views viewing open opened opens access accessed accesses read reads download downloaded downloads receive received receives',
);
// what makes a look a norm, a forecast or a wish, not something that happens
const NOT_REAL = set('should must would will shall might may ought to');
const WISH = set('allow let ensure sure prevent stop want need');
// the words after a negator that deny the viewer a right: "not allowed", "no access", "don't belong"
const RIGHT = set(
  'allowed permitted authorised authorized authorization authorisation supposed meant entitled access permission permissions rights belong own',
);
// the viewer's own: "isn't hers", "not mine"
const OWN = set('his hers theirs mine yours ours');
// a modal or auxiliary a negated entitlement hangs on: "they shouldn't", "aren't allowed", "don't have"
const HOLDER = set('should shall must are is was were be do does did have has had');
const NEGATORS = set('not no never');
const BE = set('is are was were be');
const FILLER = set('have be been to');
// what one has a right to, said with "have": "don't have access", "has no permission"
const HAVING = set('access permission permissions rights');
const VIEWER = set('they he she i we you');
const PEOPLE = set('user person people customer client member employee agent staff someone anyone');
const REPORTED = set('that how what why where when whether');
const STOP = set('. ; ! ? if unless because whether');
const REACH = 12;
const GLUE = set('PUNCT DET CCONJ NUM SYM PART ADP');

const normal = (tokens: readonly Token[], i: number): string => tokens[i]?.normal ?? '';

/** Token i looks, and the look happened or can happen: not denied, wished nor only foreseen. */
function looksAt(s: Sentence, i: number): boolean {
  const t = s.tokens[i] as Token;
  if (!LOOKING.has(t.normal) || t.pos === 'NOUN' || isDenied(s, i)) return false;
  // "Open the page …", "1. Download a file": an instruction, nobody's look
  const before = s.tokens[i - 1];
  if (!before || before.pos === 'PUNCT' || before.pos === 'NUM') return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = s.tokens[k] as Token;
    if (w.pos === 'PUNCT') break;
    if (NOT_REAL.has(w.normal) || WISH.has(w.lemma)) return false;
  }
  return true;
}

/** Token n ends a clause part: a stop word, a comma or a bracket, or the sentence's end. */
const endsAt = (tokens: readonly Token[], n: number): boolean => {
  const w = normal(tokens, n);
  return w === '' || STOP.has(w) || w === ',' || w === '(' || w === ')' || w === 'and';
};

/**
 * A negator at n that denies the viewer the thing: "(records) they shouldn't", "(passwords) they're
 * not allowed to", "(channels) they don't belong to", "(a claim) that isn't hers", "not meant for
 * me", "without permission".
 */
function deniesRight(tokens: readonly Token[], n: number): boolean {
  const after = [1, 2, 3, 4].map((k) => normal(tokens, n + k));
  if (normal(tokens, n) === 'without') return RIGHT.has(after[0] ?? '');
  if (OWN.has(after[0] ?? '')) return BE.has(normal(tokens, n - 1));
  if ((after[0] === 'meant' || after[0] === 'intended') && after[1] === 'for') return true;
  const holder = normal(tokens, n - 1);
  const who = tokens[n - 2];
  // the viewer as the subject of the denial: "they", "he", "users"
  if (!HOLDER.has(holder) || !who || !(VIEWER.has(who.normal) || PEOPLE.has(who.lemma))) return false;
  let k = n + 1;
  while (FILLER.has(normal(tokens, k))) k++;
  const next = normal(tokens, k);
  // "they shouldn't", "he shouldn't have": the looking verb left out
  if (endsAt(tokens, k)) return ['should', 'shall', 'must', 'ought'].includes(holder);
  // "don't have access", "has no permission"; "cannot access it" is an inability, not a right
  const had = holder === 'have' || holder === 'has' || holder === 'had' || normal(tokens, k - 1) === 'have';
  if (HAVING.has(next)) return had;
  if (RIGHT.has(next)) return rightToLook(tokens, k);
  return LOOKING.has(next) && endsAt(tokens, k + 1);
}

/** "allowed to", "access to", "rights to view": a right to look, not one to do ("rights to edit"). */
function rightToLook(tokens: readonly Token[], k: number): boolean {
  let to = k + 1;
  if (normal(tokens, to) !== 'to' && normal(tokens, to) !== 'for') return true;
  to++;
  const verb = tokens[to];
  return verb === undefined || verb.pos !== 'VERB' || LOOKING.has(verb.normal);
}

/** Inside brackets: "(you don't have rights to …)" glosses a message, nobody's claim. */
function bracketed(tokens: readonly Token[], n: number): boolean {
  for (let k = n - 1; k >= 0; k--) {
    const w = normal(tokens, k);
    if (w === ')') return false;
    if (w === '(') return true;
  }
  return false;
}

const SCAN = new Set([...NEGATORS, 'without']);

/** True when the sentence says someone saw or got at something that is not theirs to see. */
export function readsSeenWithoutRight(s: Sentence): boolean {
  if (s.question || s.conditional || !holdsAny(s, SCAN) || !holdsAny(s, LOOKING)) return false;
  const tokens = s.tokens;
  for (let v = 0; v < tokens.length; v++) {
    // "saw that the job was not allowed to run": what follows is a clause seen, not a thing reached
    if (!looksAt(s, v) || REPORTED.has(normal(tokens, v + 1))) continue;
    // what was reached may be a long list ("notes and a claimant's summary on a claim"): count its words
    let budget = REACH;
    for (let n = v + 2; n < tokens.length && budget > 0; n++) {
      const w = normal(tokens, n);
      if (STOP.has(w)) break;
      if (!GLUE.has((tokens[n] as Token).pos)) budget--;
      // the negated entitlement stands after what was seen, in its own relative clause
      // … in the writer's own words: a quoted or glossed message ("it says 'you don't have rights'") is not
      if (!(NEGATORS.has(w) || w === 'without') || isOthersWords(s, n) || bracketed(tokens, n)) continue;
      if (deniesRight(tokens, n)) return true;
    }
  }
  return false;
}
