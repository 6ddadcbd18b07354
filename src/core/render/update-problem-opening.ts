/**
 * @module The opening of a customer update when no sentence of theirs states the impact: the problem
 * from the packet's facts, as what they are facing, with the people it hits and their deadline.
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import { calmText, isCommonShout, isHeated } from './calm-text.js';
import { findGatedCommitment } from './gated-commitments.js';
import { toSecondPerson } from './to-second-person.js';

export interface OpeningMaterial {
  readonly publicIds: ReadonlySet<string>;
  readonly vocabulary: ReadonlySet<string>;
  /** capitalised words seen mid-sentence: names that keep their capital */
  readonly names: ReadonlySet<string>;
}

// a problem statement longer than a headline is a paragraph, not something to say back
const MAX_WORDS = 14;
const MIN_WORDS = 2;
// a deadline months away (or misread from a date in passing) is no pressure to name
const MAX_DEADLINE_DAYS = 45;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NOMINAL = new Set(['DET', 'PART', 'PRON', 'ADJ', 'NUM']);
// adverbs a headline puts between its subject and what it says of it ("token still active")
const STILL = new Set(['still', 'never', 'not']);
const WH = new Set(['when', 'where', 'while', 'how', 'why', 'whenever']);
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// words that open a noun phrase and already fix its article
const DETERMINED = new Set(['DET', 'PRON', 'NUM']);
// what a noun phrase after its head may hold: "with another child's details"
const NOUN_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART']);
// verbs that happen rather than are done to something: "invoices disappeared" stays in the past tense
const HAPPENING = new Set([
  'fail',
  'break',
  'crash',
  'freeze',
  'hang',
  'disappear',
  'vanish',
  'stop',
  'drop',
]);

/**
 * The headline of the problem with its bracketed ticket reference and any shouted verdict after a
 * dash ("Export BROKEN - unacceptable") left off; null when what remains vents or is no headline.
 */
function headline(text: string): string | null {
  const first = englishPart(text.replace(/\[[^\]]*\]|\([^)]*#[^)]*\)/g, ' '))
    // "URGENT …", "ASAP: …": a shouted flag before the headline marks it, it is not the problem
    .replace(/^\s*(?:\p{Lu}{3,}\b(?<=\p{Lu})[\s:!,-]*)+/u, (flag) =>
      flag
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .every((w) => isCommonShout(w))
        ? ''
        : flag,
    )
    // a label before a colon ("Bug: …", "[Area]: …") files the report, it is not the problem
    .replace(/^[\s:]*(?:[\p{L}-]+(?: [\p{L}-]+)?:\s+)?/u, '')
    .split(/\s+[-–—|]\s+|!|\?/)[0]
    ?.replace(/[.;:,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!first || isHeated(first) || /[.;:]\s/.test(first)) return null;
  const words = first.split(' ').length;
  return words >= MIN_WORDS && words <= MAX_WORDS ? first : null;
}

// a part of four words or more is long enough to tell its language by its function words
const MIN_LANGUAGE_WORDS = 3;

/**
 * "Erreur d'arrondi des notes / final grades not rounded": a subject written twice, in two languages
 * split by " / ", keeps the part with English function words when the other has none.
 */
function englishPart(text: string): string {
  const parts = text.split(/\s+\/\s+/);
  if (parts.length !== 2) return text;
  const share = parts.map((part) => {
    const words = analyze(part).sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'));
    return { words: words.length, stops: words.filter((t) => t.stop).length };
  });
  const foreign = share.findIndex((p) => p.words >= MIN_LANGUAGE_WORDS && p.stops === 0);
  const english = share.findIndex((p) => p.stops > 0);
  return foreign >= 0 && english >= 0 && foreign !== english ? (parts[english] ?? text) : text;
}

function isPlural(head: Token, before: readonly Token[]): boolean {
  if (before.some((t) => /^(?:some|all|many|several|these|those|both|multiple)$/.test(t.normal))) return true;
  // the tagger leaves a capitalised plural ("Listings") unlemmatised: its ending says it
  return /[^su]s$/.test(head.normal) && head.normal.length > 3;
}

const isNoun = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
const isParticiple = (t: Token | undefined) =>
  t?.pos === 'VERB' &&
  (t.normal.endsWith('ing') ||
    (t.normal !== t.lemma &&
      !t.normal.endsWith('s') &&
      (/(?:en|wn)$/.test(t.normal) || !HAPPENING.has(t.lemma))));

// after a noun an -ing form is the headline's verb ("export missing rows"), an -ed form may modify it
const isModifier = (t: Token | undefined) => t?.pos === 'ADJ' || isParticiple(t);

/** Where the noun phrase a headline opens on ends: after its first run of nouns ("Erased employees"). */
function nounPhraseEnd(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const modifier =
      (t?.pos === 'ADJ' || isParticiple(t)) && (isNoun(tokens[i + 1]) || tokens[i + 1]?.pos === 'ADJ');
    const part = t?.pos === 'PART' && t.normal === "'s";
    if (!(modifier || part || isNoun(t) || ['DET', 'NUM', 'PRON'].includes(t?.pos ?? ''))) break;
    const continues =
      isNoun(tokens[i + 1]) ||
      tokens[i + 1]?.normal === "'s" ||
      (isModifier(tokens[i + 1]) && !tokens[i + 1]?.normal.endsWith('ing') && isNoun(tokens[i + 2]));
    if (isNoun(t) && !continues) return i + 1;
    i++;
  }
  return 0;
}

/**
 * The problem as a clause about the customer's side ("erased employees are still in your monthly
 * export"), restoring the verb a headline drops; a bare noun phrase becomes the thing the trouble is
 * with ("the trouble with the weekly digest"). Null when the headline reads neither way.
 */
export function problemClause(
  text: string,
  vocabulary: ReadonlySet<string>,
  names: ReadonlySet<string> = new Set(),
): string | null {
  const head = headline(text);
  if (!head) return null;
  // the tagger reads a capitalised first word as a name ("Unable", "Use"): a headline's capital is no name
  const calm = lowerInitial(
    calmText(toSecondPerson(head, 'customer'), vocabulary).replace(/[.\s]+$/, ''),
    names,
  );
  const tokens = analyze(calm).sentences[0]?.tokens.filter((t) => t.kind !== 'punctuation') ?? [];
  let end = nounPhraseEnd(tokens);
  // "Bulk invite broken": a noun the tagger read as a verb, right before the headline's participle
  const misread = tokens[end];
  const participle = tokens[end + 1];
  if (
    misread?.pos === 'VERB' &&
    misread.normal === misread.lemma &&
    isParticiple(participle) &&
    !participle?.normal.endsWith('ing')
  )
    end++;
  // "API token still active": a word read as an adjective right before "still" is the noun it would modify
  if (tokens[end]?.pos === 'ADJ' && STILL.has(tokens[end + 1]?.normal ?? '')) end++;
  const last = tokens[end - 1];
  if (!last) return null;
  const np = tokens.slice(0, end);
  const plural = isPlural(last, np);
  const article = DETERMINED.has(tokens[0]?.pos ?? '') || plural ? '' : 'the ';
  const subject = `${article}${calm.slice(0, last.end)}`;
  const rest = calm.slice(last.end).trim();
  let next = end;
  // "still", "never"; not "when", which opens a clause of its own
  while (tokens[next]?.pos === 'ADV' && !WH.has(tokens[next]?.normal ?? '')) next++;
  const after = tokens[next];
  const be = plural ? 'are' : 'is';
  if (!after) return rest ? null : `I'm sorry about the trouble with ${subject}`;
  // "the sync is failing", "orders never arrive", "invoices disappeared": already a clause
  if (after.pos === 'AUX' || (after.pos === 'VERB' && !isParticiple(after)))
    return `I understand that ${subject} ${rest}`;
  // a headline drops its verb: "Listings hidden", "Prices wrong after the upload", "Seats still in use"
  // "Core compiled with gcc segfaults": a participle that modifies, before the headline's own verb
  // "since the bonus went live": a verb after a subordinating word is its own clause's, not the headline's
  const clauseAt = tokens.findIndex((t, i) => i > next && (t.pos === 'SCONJ' || WH.has(t.normal)));
  const laterVerb = tokens.slice(next + 1, clauseAt < 0 ? undefined : clauseAt).some(
    (t, i) =>
      t.pos === 'AUX' ||
      // "yesterday's upload": after a determiner or possessive a verb-shaped word is a noun
      (t.pos === 'VERB' && !isParticiple(t) && !NOMINAL.has(tokens[next + i]?.pos ?? '')),
  );
  if (!laterVerb && (isParticiple(after) || after.pos === 'ADJ' || (after.pos === 'ADP' && next > end)))
    return `I understand that ${subject} ${be} ${rest}`;
  // "Weekly digest with another child's details": a noun phrase with its modifier, and no verb
  const restTokens = tokens.slice(end);
  if (
    after.pos === 'ADP' &&
    restTokens.every(
      (t, i) =>
        NOUN_PHRASE.has(t.pos) ||
        t.pos === 'ADP' ||
        (t.pos === 'VERB' && NOMINAL.has(restTokens[i - 1]?.pos ?? '')),
    )
  )
    return `I'm sorry about the trouble with ${subject} ${rest}`;
  return null;
}

/** A name keeps its capital ("StockBridge app"); an ordinary word opening the headline does not. */
function lowerInitial(text: string, names: ReadonlySet<string>): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  return /^\p{Lu}[\p{Ll}'-]*$/u.test(first) && !names.has(first)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/**
 * "for your 140 drivers": the count of what it hits with the noun the customer counted, when a
 * public fact gives it; a count of no plural noun ("46 in total") names nothing, and is left out
 * rather than called "users".
 */
function scopeOf(facts: Facts, publicIds: ReadonlySet<string>): string {
  const users = facts.affected.users;
  if (!users || typeof users.value !== 'number' || users.value < 2) return '';
  if (!users.cites.every((c) => publicIds.has(c))) return '';
  const counted = countedNoun(users.trace?.sentence ?? '', users.value);
  return counted ? ` for your ${users.value} ${counted}` : '';
}

const PLURAL_NOUN = /(?:[^s]s|people|staff|personnel)$/;

/** "drivers" in "our 140 delivery drivers can't …": the modifiers and nouns the count opens, ending on a plural. */
function countedNoun(sentence: string, n: number): string | null {
  const tokens = analyze(sentence).sentences.flatMap((s) => s.tokens);
  const at = tokens.findIndex((t) => t.text.replace(/,/g, '') === String(n));
  if (at < 0) return null;
  const run: Token[] = [];
  for (const t of tokens.slice(at + 1, at + 4)) {
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
    run.push(t);
  }
  const last = run.at(-1);
  if (!last || last.pos !== 'NOUN' || !PLURAL_NOUN.test(last.normal)) return null;
  return run.map((t) => t.normal).join(' ');
}

/** "Friday 4 December": the nearest deadline they stated that is still ahead, as a date (no promise of ours). */
function deadlineOf(facts: Facts, publicIds: ReadonlySet<string>, asOf: string): string {
  const now = Date.parse(asOf);
  const ahead = facts.deadlines
    .filter((d) => d.at && d.cites.every((c) => publicIds.has(c)))
    .map((d) => Date.parse(d.at ?? ''))
    .filter((t) => t > now && t - now <= MAX_DEADLINE_DAYS * 86_400_000)
    .sort((a, b) => a - b)[0];
  if (ahead === undefined) return '';
  const d = new Date(ahead);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** The opening line from the facts, or null when the problem is not public or reads as no headline. */
export function openingFromFacts(facts: Facts, material: OpeningMaterial, asOf: string): string | null {
  const problem = facts.problem;
  if (!problem || typeof problem.value !== 'string') return null;
  if (!problem.cites.every((c) => material.publicIds.has(c))) return null;
  const clause = problemClause(problem.value, material.vocabulary, material.names);
  if (!clause) return null;
  const deadline = deadlineOf(facts, material.publicIds, asOf);
  // after "since the bonus went live", "for 140 of your users" would read as said of that clause
  const subordinate = analyze(clause).sentences.some((a) =>
    a.tokens.some((t) => t.pos === 'SCONJ' && t.normal !== 'that'),
  );
  const line = `${clause}${subordinate ? '' : scopeOf(facts, material.publicIds)}${deadline ? `, and I know you are working to a deadline of ${deadline}` : ''}.`;
  // the customer's own dates or amounts in the headline would read as our promise
  return findGatedCommitment(line) === null ? line : null;
}

/** Where the thread stands, for an opening that no sentence or headline of theirs gives. */
export type OpeningState = 'incident' | 'decision' | 'answer';

/** "Tuesday 1 December": a public start date, when the facts give one (no time: a date is what they know). */
function sinceOf(facts: Facts, publicIds: ReadonlySet<string>, asOf: string): string {
  const started = facts.startedAt;
  if (!started || typeof started.value !== 'string' || !started.cites.every((c) => publicIds.has(c)))
    return '';
  const at = Date.parse(started.value);
  if (Number.isNaN(at) || at > Date.parse(asOf)) return '';
  const d = new Date(at);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/**
 * The opening when neither a sentence of theirs nor the ticket headline states the problem (the
 * subject is a shout, a request or a question): from the facts, what it hits (the counted people,
 * when public), since when, and where the thread stands. An incident still going on is a disruption;
 * a matter a deciding team holds needs a decision; an answer support gives opens only when the
 * facts have something of theirs to name. Never their words said back, so never a claim of theirs.
 */
export function openingFromState(
  state: OpeningState,
  facts: Facts,
  material: OpeningMaterial,
  asOf: string,
): string | null {
  const scope = scopeOf(facts, material.publicIds).replace(/^ for /, '');
  const since = sinceOf(facts, material.publicIds, asOf);
  const deadline = deadlineOf(facts, material.publicIds, asOf);
  const sinceClause = since ? ` since ${since}` : '';
  const settled = deadline ? ` I know you are working to a deadline of ${deadline}.` : '';
  switch (state) {
    case 'incident':
      return `I'm sorry for the disruption this is causing ${scope || 'you'}${sinceClause}.${settled}`;
    case 'decision':
      return `I understand this needs a decision from our side${scope ? ` for ${scope}` : ''}, and I want you to know where it stands.${settled}`;
    case 'answer':
      if (scope || since)
        return `I understand this has affected ${scope || 'you'}${sinceClause}, and here is what we found.${settled}`;
      return deadline
        ? `I know you are working to a deadline of ${deadline}, and here is where it stands.`
        : null;
  }
}
