/**
 * @module The leading hypothesis as an engineer writes it: one causal account assembled from our
 * side's messages — the change that started it, the mechanism, the effect — instead of a single
 * thread sentence.
 */
import { analyze } from '../language/analyze.js';
import { clausesOf } from '../language/clause.js';
import type { Sentence, Token } from '../language/types.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import { confirmations } from './extract-hypotheses.js';
import type { Confirmation } from './hypothesis-confirmation.js';
import { type HypothesisSupport, hypothesisSupport } from './hypothesis-state.js';
import { happened, nonCauseAct } from './reads-non-cause-act.js';
import { readsRequest } from './reads-request.js';
import { cleanSentence } from './text/clean-sentence.js';
import { wordStems } from './text/word-stems.js';

type Role = 'change' | 'mechanism' | 'effect';

// nouns that name a change shipped or made: the "since <change>" of an account
const CHANGE_NOUNS = new Set([
  'release',
  'deploy',
  'deployment',
  'rollout',
  'upgrade',
  'update',
  'migration',
  'version',
  'build',
  'patch',
  'firmware',
]);
// words that date a fault by a change: "since 5.31", "after the deploy"; "started with 5.31"
const DATING = new Set(['since', 'after']);
const STARTING = new Set(['start', 'begin']);
// what stands between a change and its verb when the change is not the verb's subject
const BREAKS_SUBJECT = new Set(['PRON', 'CCONJ', 'SCONJ', 'VERB', 'AUX']);
// the clause openers that join a cause to what it brings about: "…, so the retry resends it",
// "because the cap is per account" (the clause reader's openers, language/clause.ts)
const CAUSAL_OPENERS = new Set(['because', 'so']);
// verbs and words that say how a thing works: "treats X as Y", "instead of", "causes"
const MECHANISM_LEMMAS = new Set(['instead', 'treat', 'cause']);
// what a fault does to those it reaches
const FAILING = new Set([
  'fail',
  'break',
  'reject',
  'refuse',
  'drop',
  'lose',
  'skip',
  'crash',
  'block',
  'stop',
  'miss',
  'loop',
  'exhaust',
  'duplicate',
  'leak',
  'expose',
  'bounce',
  'return',
]);
// words that open a clause with a capital only because they open its sentence
const LOWERED = new Set([
  'The',
  'A',
  'An',
  'It',
  'This',
  'That',
  'These',
  'Those',
  'We',
  'They',
  'Our',
  'Their',
  'Every',
  'All',
  'Each',
  'So',
]);
// the auxiliaries of what is still to come
const FUTURE = new Set(['will', "'ll", 'shall']);
// a clause of the account adds at least this many words of its own
const NEW_WORDS = 3;
// the words before "means" that point back at a stated fact
const REFERRING = new Set(['which', 'that', 'this', 'it']);
// modals of a proposal
const PROPOSING = new Set(['could', 'should', 'would', 'might', 'may']);
// a line with this many colons is a record of fields
const RECORD_COLONS = 3;
// a sentence needs this much substance to carry a clause of the account
const MIN_WORDS = 4;
// an account longer than this is a paragraph, not a working theory
const MAX_WORDS = 80;
// the share of a hypothesis's words the account must hold to make it redundant
const SUBSUMED = 0.8;

interface Candidate {
  readonly item: Item;
  readonly s: Sentence;
  readonly words: readonly string[];
  readonly order: number;
}

interface Found {
  readonly item: Item;
  readonly s: Sentence;
  readonly text: string;
  readonly score: number;
}

/**
 * The clause a sentence of ours gives the account, or null when it is no clause of it: a request,
 * a plan, a schedule, what a reply tells its reader, what is still to come, too little, or only
 * what the account already holds.
 */
function admit(c: Candidate, score: number, lead: string, known: ReadonlySet<string>): Found | null {
  const { s } = c;
  if (readsRequest(s) || nonCauseAct(s) || tellsReader(s) || foretells(s)) return null;
  const text = trimClause(s);
  const words = wordStems(text);
  if (words.length < MIN_WORDS || lead.includes(text) || restates(words, known)) return null;
  return { item: c.item, s, text, score };
}

/** A release by shape: "2026.10", "v5.31", "4.8.1" — short numeric parts, not a decimal such as "0.9988". */
function isReleaseNumber(t: Token): boolean {
  if (!t.normal.includes('.')) return false;
  const parts = (t.normal.startsWith('v') ? t.normal.slice(1) : t.normal).split('.');
  return (
    parts.length >= 2 && parts[0] !== '0' && parts.every((p) => p.length > 0 && p.length <= 4 && allDigits(p))
  );
}

/** "since 5.31 went out", "2026.10 swapped …", "the Tuesday deploy changed …": a change said to have happened. */
export function readsChange(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const tokens = s.tokens;
  const anchor = tokens.findIndex((t) => isReleaseNumber(t) || CHANGE_NOUNS.has(t.lemma));
  if (anchor < 0) return false;
  // "since 5.31 …", "after the Tuesday deploy", "started with 5.31": the change dates the fault
  const before = tokens.slice(Math.max(0, anchor - 3), anchor);
  if (
    before.some((t) => DATING.has(t.normal)) ||
    (before.some((t) => t.normal === 'with') && tokens.slice(0, anchor).some((t) => STARTING.has(t.lemma)))
  )
    return true;
  // "2026.10 swapped X for Y", "the deploy on Monday made creates async": the change as the subject
  // of what it did (no other subject or clause between), with something after the verb
  for (let i = anchor + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.negated && happened(tokens, i))
      return tokens[i + 1] !== undefined && tokens[i + 1]?.pos !== 'PUNCT';
    if (BREAKS_SUBJECT.has(t.pos) || (t.pos === 'PUNCT' && t.text !== '(' && t.text !== ')')) return false;
  }
  return false;
}

/**
 * A clause that draws a cause or its consequence: opened by "because" or "so" with a verb of its own
 * (not "so far", "so much"), or "which means", "this means" (a pointing subject of "mean") — the clause
 * reader's openers, not a list of our own.
 */
function joinsCause(s: Sentence): boolean {
  return clausesOf(s).some((c) => {
    // "so far", "so much": the opener modifies the word after it, it joins no clause
    if (c.opener !== null && CAUSAL_OPENERS.has(c.opener))
      return c.verb !== null && c.tokens[1]?.pos !== 'ADV' && c.tokens[1]?.pos !== 'ADJ';
    return c.verb?.lemma === 'mean' && REFERRING.has(c.subject?.normal ?? '');
  });
}

/** "…, so the retry resends it", "because the cap is per account", "treats the 202 as a failure", "instead of …". */
export function readsMechanism(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  if (joinsCause(s)) return true;
  return s.tokens.some((t, i) => {
    if (!MECHANISM_LEMMAS.has(t.lemma) && !MECHANISM_LEMMAS.has(t.normal)) return false;
    // "reads the replica instead of the primary" says what a thing does; "we could use X instead"
    // proposes
    if (t.normal === 'instead') return s.tokens[i + 1]?.normal === 'of' && !proposes(s);
    return t.normal !== 'cause' || t.pos === 'VERB';
  });
}

/** A modal of what someone could or should do: "we could …", "should use …". */
function proposes(s: Sentence): boolean {
  return s.tokens.some((t) => t.pos === 'AUX' && PROPOSING.has(t.lemma));
}

/** "the keyboard can't select them", "uploads fail with 422", "the logger drops its backlog": what goes wrong. */
export function readsEffect(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  return s.tokens.some(
    (t) =>
      ((t.pos === 'VERB' || t.pos === 'AUX') && t.negated && t.lemma !== 'be' && t.lemma !== 'know') ||
      (t.pos === 'VERB' && FAILING.has(t.lemma)),
  );
}

/** The role a sentence of ours can take in an account, most telling first; null for none. */
function roleOf(s: Sentence): Role | null {
  // "account_id: 4; action: zip; status: 200" is a record, not a clause
  if (s.tokens.filter((t) => t.text === ':').length >= RECORD_COLONS) return null;
  if (readsChange(s)) return 'change';
  if (readsMechanism(s)) return 'mechanism';
  if (readsEffect(s)) return 'effect';
  return null;
}

/** True for a ticket key in brackets: "(ZD 77310)", "(HS #21877)", "(ENG-4471)". */
function isTicketAside(inner: string): boolean {
  const parts = [...inner]
    .map((c) => (c === '#' || c === '-' ? ' ' : c))
    .join('')
    .split(' ')
    .filter((p) => p.length > 0);
  if (parts.length !== 2) return false;
  const [key, num] = parts as [string, string];
  return (
    key.length >= 2 &&
    key === key.toUpperCase() &&
    key !== key.toLowerCase() &&
    num.length >= 3 &&
    allDigits(num)
  );
}

/** The sentence without @mentions and bracketed ticket keys, greetings and spacing tidied. */
export function trimClause(s: Sentence): string {
  let text = s.text;
  const cuts: Array<[number, number]> = s.entities
    .filter((e) => e.type === 'mention')
    .map((e) => [e.start - s.start, e.end - s.start]);
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close > open && isTicketAside(text.slice(open + 1, close))) cuts.push([open, close + 1]);
  }
  for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) {
    const after = text.slice(to).trimStart();
    // no space is left before the punctuation that followed the cut
    const joint = ',.;:'.includes(after.charAt(0)) ? '' : ' ';
    text = `${text.slice(0, from).trimEnd()}${joint}${after}`;
  }
  let clean = cleanSentence(text);
  while (',;: '.includes(clean.charAt(0)) && clean.length > 0) clean = clean.slice(1);
  return clean;
}

/** "you can resend them", "you don't need to change anything": what a reply tells its reader to do, not the cause. */
function tellsReader(s: Sentence): boolean {
  return s.tokens.some((t, i) => t.normal === 'you' && ['AUX', 'VERB'].includes(s.tokens[i + 1]?.pos ?? ''));
}

/** "the fix goes out tonight" is a plan; "the next run will move them again" foretells: the account says what happened. */
function foretells(s: Sentence): boolean {
  return s.tokens.some((t) => t.pos === 'AUX' && FUTURE.has(t.normal));
}

/** A clause that brings fewer than NEW_WORDS words the account does not already hold (a colleague's restatement). */
function restates(words: readonly string[], known: ReadonlySet<string>): boolean {
  return new Set(words.filter((w) => !known.has(w))).size < NEW_WORDS;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function allDigits(text: string): boolean {
  return [...text].every(isDigit);
}

function isOurs(item: Item, ctx: ExtractContext): boolean {
  if (ctx.articleIds.has(item.id) || item.unit === 'field' || item.unit === 'account') return false;
  // a note in the handoff is the lead's own; a log line shows the mechanism but reads as no clause
  return item.isStaff || (item.kind === 'note' && !item.isCustomer);
}

/** How strongly a sentence's words tie it to the lead: shared words, a shared release number twice. */
function tie(words: readonly string[], lead: ReadonlySet<string>): number {
  let score = 0;
  for (const w of new Set(words)) if (lead.has(w)) score += w.includes('.') && [...w].some(isDigit) ? 2 : 1;
  return score;
}

/**
 * Puts one causal account of the fault first among the hypotheses: the lead hypothesis (the cause
 * the thread's state supports best) with the sentences of ours that explain it — the change that
 * started it, the mechanism, the effect — each the sentence of its kind that shares the most words
 * with the lead, joined in that order and cited to every item used. Hypotheses the account holds
 * almost entirely are dropped; the others follow. One pass over the thread's sentences.
 *
 * @example withCauseAccount(ctx, hypotheses)[0].value
 * // "Since 5.2 the importer reads dates as US format; so 03/04 is stored as 4 March; imports of EU files fail"
 */
export function withCauseAccount(ctx: ExtractContext, hypotheses: readonly Claim<string>[]): Claim<string>[] {
  const lead = seedOf(hypotheses, confirmations(ctx));
  if (!lead) return [...hypotheses];
  const leadWords = new Set(wordStems(lead.value));
  const best = new Map<Role, Found>();
  // effects are tied to the change and mechanism as well as to the lead: held until those are chosen
  const effects: Candidate[] = [];
  let order = 0;
  for (const item of ctx.items) {
    if (!isOurs(item, ctx)) continue;
    for (const s of item.analyzed) {
      order++;
      if (s.question || s.conditional || s.hedged) continue;
      const role = roleOf(s);
      if (!role) continue;
      // the cheap tie first: the costlier readings run only for a sentence that would win
      const words = wordStems(s.text);
      const candidate = { item, s, words, order };
      if (role === 'effect') effects.push(candidate);
      const score = tie(words, leadWords);
      const held = best.get(role);
      // at least two words in common with the lead; the closest wins, the earliest on a tie
      if (score < 2 || (held && score <= held.score)) continue;
      const found = admit(candidate, score, lead.value, leadWords);
      if (found) best.set(role, found);
    }
  }
  // the effect is the one the account explains: tied to the change and the mechanism chosen as well
  const mechanism = best.get('mechanism');
  const before = [best.get('change'), mechanism].filter((f): f is Found => f !== undefined);
  if (before.length > 0) {
    const known = new Set([...leadWords, ...before.flatMap((f) => wordStems(f.text))]);
    const held = best.get('effect')?.score ?? 1;
    const ranked = effects
      .map((e) => ({ e, score: tie(e.words, known) }))
      .filter((r) => r.score > held && !before.some((f) => f.s === r.e.s))
      .sort((a, b) => b.score - a.score || a.e.order - b.e.order);
    for (const { e, score } of ranked) {
      const found = admit(e, score, lead.value, known);
      if (found) {
        best.set('effect', found);
        break;
      }
    }
  }
  // the account keeps the lead's standing in the thread: a clause that would confirm a guess (or
  // hedge a finding) is evidence about it, not part of it
  const support = hypothesisSupport(lead.value);
  const parts = (['change', 'mechanism', 'effect'] as const)
    .map((r) => best.get(r))
    .filter((f): f is Found => f !== undefined && keeps(support, hypothesisSupport(f.text)));
  if (parts.length === 0) return [...hypotheses];
  const change = parts.find((p) => p === best.get('change'));
  const leadText = leadClauses(lead.value);
  // the lead's own words open the account (what is verified, or still to be, is the lead); then the
  // change that started it, the mechanism and the effect
  const clauses = [
    leadText,
    ...(change ? [change.text] : []),
    ...parts.filter((p) => p !== change).map((p) => p.text),
  ];
  let value = '';
  for (const c of clauses) {
    const next = value ? `${value}; ${lowerFirst(stripEnd(c))}` : stripEnd(c);
    if (value && next.split(' ').length > MAX_WORDS) break;
    value = next;
  }
  const cites = [
    ...lead.cites,
    ...parts.filter((p) => value.includes(stripEnd(p.text).slice(1))).map((p) => p.item.id),
  ];
  const account = claim(value, cites);
  const have = new Set(wordStems(value));
  const rest = hypotheses.filter((h) => {
    if (h === lead) return false;
    const words = wordStems(h.value);
    return words.length === 0 || words.filter((w) => have.has(w)).length < SUBSUMED * words.length;
  });
  return [account, ...rest];
}

/** True when a clause of `clause` support leaves an account of `lead` support where it was. */
function keeps(lead: HypothesisSupport, clause: HypothesisSupport): boolean {
  return clause === lead || clause === 'stated';
}

/**
 * The hypothesis to build on: the guess our side confirmed (hypothesis-confirmation.ts), cited to the
 * guess and the confirmation, when there is one; else the first (the thread state's ranking puts the
 * best supported first) unless a later one of the same support reads a change or a mechanism and the
 * first reads neither (a reproduction note or a status line states the fault, not its cause).
 */
function seedOf(
  hypotheses: readonly Claim<string>[],
  confirmed: readonly Confirmation[],
): Claim<string> | undefined {
  const settled = hypotheses.find((h) =>
    confirmed.some((c) => h.cites.includes(c.guessId) && h.cites.includes(c.byId)),
  );
  if (settled) return settled;
  const first = hypotheses[0];
  if (!first) return undefined;
  const explains = (h: Claim<string>): boolean =>
    analyze(h.value).sentences.some((s) => readsChange(s) || readsMechanism(s));
  if (explains(first)) return first;
  const support = hypothesisSupport(first.value);
  return hypotheses.find((h) => hypothesisSupport(h.value) === support && explains(h)) ?? first;
}

/** The lead's own sentences that carry substance (a bare "Found it." or "Regression, ours." is chatter). */
function leadClauses(value: string): string {
  const kept = analyze(value)
    .sentences.filter((s) => wordStems(s.text).length >= 2)
    .map((s) => stripEnd(trimClause(s)));
  return kept.length > 0 ? kept.join('; ') : stripEnd(value);
}

function stripEnd(text: string): string {
  let end = text.trimEnd();
  while (end.length > 0 && '.!;, '.includes(end.charAt(end.length - 1))) end = end.slice(0, -1);
  return end.trimStart();
}

function lowerFirst(text: string): string {
  const first = text.split(' ')[0] ?? '';
  // "The export …" → "the export …"; names ("ChoiceTile", "API", "Harrier") keep their capitals
  return LOWERED.has(first) ? first.toLowerCase() + text.slice(first.length) : text;
}
