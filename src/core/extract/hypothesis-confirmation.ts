/**
 * @module Our side confirming the nearest open guess: one reading of what a later message of ours
 * does to a theory still open — an affirmative reply ("yep. …"), a short confirming line ("repro'd
 * on staging"), our side owning the fault ("It's ours.") — and what the confirmation adds (the
 * mechanism after "yep"). Every confirmation is kept with the cites of the guess and of the
 * confirmation, so the hypothesis list reads the guess as confirmed and the signals can ask whose
 * side the confirmed cause is on.
 */
import { analyze } from '../language/analyze.js';
import { asksIndirectly, clausesOf, openingClause, supposes } from '../language/clause.js';
import type { Sentence, Token } from '../language/types.js';
import type { Item } from './context.js';
import { affirms, hypothesisSupport } from './hypothesis-state.js';
import { readAssessment, speaksForItself } from './read-assessment.js';
import { readsCauseOwner, readsOwnership } from './reads-cause-owner.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';

/** How our side confirmed a guess. */
export type ConfirmationKind = 'affirmative' | 'brief' | 'ownership';

/** A guess our side confirmed: what it reads as now, and the cites of the guess and the confirmation. */
export interface Confirmation {
  readonly kind: ConfirmationKind;
  /** the guess's words, then what the confirmation adds */
  readonly value: string;
  readonly guessId: string;
  readonly byId: string;
  /** the confirming words, as said */
  readonly said: string;
}

/** The guess still open in a channel: its words, where and by whom it was said, and how many messages came after it. */
export interface OpenGuess<T> {
  /** the guess as a kept theory, or null when it was read only as a guess */
  readonly theory: T | null;
  readonly text: string;
  readonly id: string;
  readonly author: string | undefined;
  since: number;
}

// an affirmative reply confirms a guess made at most this many messages before it
export const REPLY_REACH = 5;
// a confirmation that names no cause of its own is short
const MAX_BRIEF = 8;

/** The channel a message was said in: its chat channel, else its source. */
export const channelOf = (item: Item): string => String(item.ev.meta?.channel ?? item.id.split(':')[0]);

/** `guess` and then `adds`, as one text. */
export const joined = (guess: string, adds: string): string =>
  `${guess}${ENDS.has(guess.charAt(guess.length - 1)) ? '' : '.'} ${adds}`;
const ENDS = new Set(['.', '!', '?']);

/** The message opens with an affirmative that is neither hedged nor negated ("yep. the v3 …"). */
export function opensAffirmative(item: Item): boolean {
  return affirms(item.sentences.slice(0, 2).map(cleanSentence).join(' '));
}

/**
 * `s` reads as a confirmation (support 'confirmed', nothing negated) that names no cause of its own
 * (fewer than `maxWords` content words), is no question, and `rejects` nothing; the theory it
 * would confirm is not confirmed already.
 */
export function confirmsBriefly(
  theory: string,
  s: string,
  rejects: (s: string) => boolean,
  maxWords = MAX_BRIEF,
): boolean {
  return (
    !s.endsWith('?') &&
    !rejects(s) &&
    contentWords(s).length < maxWords &&
    hypothesisSupport(s) === 'confirmed' &&
    // "haven't verified yet", "not confirmed": a negated confirmation confirms nothing
    analyze(s).sentences.every((x) => x.negators.length === 0) &&
    hypothesisSupport(theory) !== 'confirmed'
  );
}

/**
 * The next message after a theory, in the same source: its opening line when it confirms the
 * theory and names no cause of its own — said by the theory's author (the next line of the same
 * note), or by a colleague when it is short ("yep, repro'd on staging"). Null otherwise.
 */
export function briefConfirmation(
  theory: string,
  from: Item,
  item: Item,
  rejects: (s: string) => boolean,
): string | null {
  const first = cleanSentence(item.sentences[0] ?? '');
  const sameSource = from.id.split(':')[0] === item.id.split(':')[0];
  const sameAuthor = from.ev.author?.name === item.ev.author?.name;
  if (!sameSource || !(sameAuthor || contentWords(first).length < MAX_BRIEF)) return null;
  return confirmsBriefly(theory, first, rejects, Number.POSITIVE_INFINITY) ? first : null;
}

/**
 * How a later message of ours confirms the guess open in its channel: it opens with an affirmative
 * ("yep. …"), or a colleague opens it with a short check that names no cause of its own ("repro'd
 * on staging", "confirmed in the logs"; not "found it.", a finding of its own); null when neither. The caller keeps the
 * guess open only while no other theory or question came between, within REPLY_REACH messages.
 */
export function confirmsOpenGuess<T>(
  open: OpenGuess<T>,
  item: Item,
  rejects: (s: string) => boolean,
): ConfirmationKind | null {
  if (open.since >= REPLY_REACH) return null;
  if (opensAffirmative(item)) return 'affirmative';
  const first = cleanSentence(item.sentences[0] ?? '');
  const colleague = item.ev.author?.name !== open.author;
  // a check reported ("repro'd", "verified"); "found it." announces a finding of its own
  const checked =
    item.analyzed[0]?.tokens.some((t) => (CHECKED.has(t.lemma) || t.normal === "repro'd") && !t.negated) ??
    false;
  return colleague && checked && confirmsBriefly(open.text, first, rejects) ? 'brief' : null;
}
const CHECKED = new Set(['confirm', 'verify', 'reproduce', 'repro']);

/**
 * What an affirmative reply adds to the guess it confirms: its opening up to the end of the first
 * theory it states (`firstTheory`, when it states one), else its opening sentence.
 */
export function affirmedReply(item: Item, firstTheory: string | undefined): string {
  const upTo = firstTheory
    ? item.sentences.findIndex((x, k) => k > 0 && firstTheory.endsWith(cleanSentence(x)))
    : 0;
  return item.sentences
    .slice(0, Math.max(upTo, 0) + 1)
    .map(cleanSentence)
    .join(' ');
}

/** The first sentence of `item` in which our side owns the fault ("It's ours."), with its index; null when none. */
export function ownershipIn(item: Item): { readonly at: number; readonly said: string } | null {
  const at = item.analyzed.findIndex(readsOwnership);
  const said = item.sentences[at];
  return said === undefined ? null : { at, said };
}

export type CauseSide = 'ours' | 'theirs';

// what we ship or run: a change of ours dates or makes the fault ("the serializer change", "4.18")
const CHANGE = new Set(
  'release update deploy deployment upgrade migration change rollout patch build version hotfix'.split(' '),
);
// who owns a change that is not ours: "their update", "the customer's firmware push"
const OTHERS = new Set(['their', 'your', 'his', 'her', 'customer', 'client', 'vendor', 'partner']);
const OWNED_BY_US = new Set(['our', 'the', 'this', 'that', 'a', 'an']);

/** A dotted release number: "4.18", "v2026.11.20", not a decimal amount ("0.68"). */
function isRelease(t: Token): boolean {
  const parts = (t.normal.startsWith('v') ? t.normal.slice(1) : t.normal).split('.');
  const digits = (p: string): boolean => [...p].every((c) => c >= '0' && c <= '9');
  return (
    parts.length >= 2 && parts[0] !== '0' && parts.every((p) => p.length > 0 && p.length <= 4 && digits(p))
  );
}

// verbs by which a change of ours goes out: "tmpl-v3 shipped 16/11", "4.18 was released Monday"
const SHIPPING = new Set(['ship', 'release', 'deploy', 'roll']);

/** Token `i` sits in a question put indirectly ("whether 2027.1 changed …") or a condition: not said to have happened. */
function onlySupposed(s: Sentence, i: number): boolean {
  const clauses = clausesOf(s);
  return openingClause(clauses, i, asksIndirectly) >= 0 || openingClause(clauses, i, supposes) >= 0;
}

/** No other party owns what the words before token `i` name: "their update", "the customer's firmware", "Entra's change". */
function unowned(t: readonly Token[], i: number): boolean | null {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = t[j] as Token;
    if (OTHERS.has(w.normal) || w.normal === "'s" || w.text === '’s') return false;
    if (OWNED_BY_US.has(w.normal) || (w.pos === 'NUM' && isRelease(w))) return true;
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT'].includes(w.pos)) break;
  }
  return null;
}

/**
 * "the serializer change", "our 4.18 release", "since 2026.12.3", "tmpl-v3 shipped 16/11": a change
 * of ours named — a change word in a noun phrase that opens with "our", an article or a release
 * number, a release number, or something shipped — never one another party owns ("their update",
 * "the customer's firmware", "Entra's change"), nor one only asked about or supposed.
 */
function namesOurChange(s: Sentence): boolean {
  const t = s.tokens;
  return t.some((k, i) => {
    if (k.negated || onlySupposed(s, i)) return false;
    if (k.pos === 'VERB' && SHIPPING.has(k.lemma)) return unowned(t, i) !== false;
    if (k.pos === 'NUM' && isRelease(k)) return unowned(t, i) !== false;
    return k.pos === 'NOUN' && CHANGE.has(k.lemma) && unowned(t, i) === true;
  });
}

/**
 * Whose side a confirmed cause lies on, read sentence by sentence, the guess first and then its
 * confirmation, the latest reading standing ("my first guess was their network … Eng confirmed it
 * was ours"): theirs when a sentence places it with the customer (their config, their side, done by
 * their admin: the cause-owner and assessment readers); ours when one owns it ("It's ours", "our
 * bug", "our deploy broke …") or the guess names a change of ours ("smells like the serializer
 * change"); null when the words place it nowhere. A change the confirmation only reports (a
 * release that changed something else) does not make the guess ours.
 */
export function causeSideOf(guess: string, said: string): CauseSide | null {
  const theirs = (s: Sentence): boolean => {
    const owner = speaksForItself(s) ? readsCauseOwner(s) : null;
    return owner?.owner === 'theirs' || readAssessment(s)?.value === 'customer_side';
  };
  const owns = (s: Sentence): boolean =>
    readsOwnership(s) || (speaksForItself(s) && readsCauseOwner(s)?.owner === 'ours');
  // a guess once confirmed is no longer doubted: "probably their proxy" reads as "their proxy"
  const guessed = analyze(guess).sentences.map((s) => ({ ...s, hedged: false }));
  let side: CauseSide | null = null;
  for (const s of guessed) side = theirs(s) ? 'theirs' : owns(s) || namesOurChange(s) ? 'ours' : side;
  for (const s of analyze(said).sentences) side = theirs(s) ? 'theirs' : owns(s) ? 'ours' : side;
  return side;
}
