/**
 * @module The opening of a customer update: the impact in the customer's own terms, said back in the
 * second person ("I understand that your 3 coordinators can't release freight shipments").
 */
import { readsBlocked } from '../extract/reads-blocked.js';
import { readsFailedTry } from '../extract/reads-failed-try.js';
import { readsRequest } from '../extract/reads-request.js';
import { readsWrongShown } from '../extract/reads-wrong-shown.js';
import { contentWords } from '../extract/text/content-words.js';
import { analyze } from '../language/analyze.js';
import { clausesOf, readSentence } from '../language/clause.js';
import { isPastForm } from '../language/tense.js';
import type { Entity, Sentence, Token } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import { calmText, isHeated, shoutedWords } from './calm-text.js';
import { findGatedCommitment, withoutQuotes } from './gated-commitments.js';
import { readsCorrection } from './reads-correction.js';
import { endedSince } from './reads-ended-by-customer.js';
import { readsOwnActsOnly } from './reads-own-acts.js';
import { toSecondPerson } from './to-second-person.js';
import type { Said, UpdateMaterial } from './update-material.js';
import { openingFromFacts } from './update-problem-opening.js';
import { isPastTense, type Restored } from './update-thread-state.js';

const IMPACT =
  /\b(?:none of|nobody|no one|can'?t|cannot|can not|unable|no longer|not (?:\w+ing|able)|locked out|blocked|fail\w*|stuck|missing|lost|broken|down|errors?|late|delayed|stops?|stopped|duplicate\w*|twice|charged|bounced|missed|cost|losing|overdue|wrong|isn'?t ours|doesn'?t|don'?t|won'?t|never|short|bounces?|loops?)\b/i;
const MIN_CHARS = 25;
const MIN_SCORE = 3;
const MAX_CHARS = 220;
// "the people it hits": a count with its noun, as the customer wrote it
const COUNTED = (n: number) =>
  new RegExp(
    `\\b(?:(?:our|my)\\s+)?(?:all\\s+)?${n}\\s+(?:of\\s+(?:our|the|my)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:[a-z-]+s|staff|people|personnel)\\b`,
    'i',
  );

/**
 * Whether a customer sentence states a consequence for them, read from structure: not a question, a
 * request, a guess, a try that failed, a norm or a prospect ("nobody should be using it", "if we
 * don't hear back we will …"), a complaint about our replies, nor background that names no failure,
 * negation or count ("our adjusters share a pool of tablets"). The weight: work that cannot go on or
 * something shown wrong, and a count of affected things.
 */
export function statesConsequence(said: Said): number {
  // what they quote ("amount must be a number") and a hedge before the point are not their claim
  const sentences = analyze(withoutQuotes(pointOf(said.text))).sentences;
  if (sentences.length === 0) return 0;
  let weight = 0;
  let states = false;
  for (const a of sentences) {
    const words = a.tokens.filter((t) => t.kind === 'word');
    if (a.question || a.hedged || readsRequest(a) || readsFailedTry(a)) return 0;
    // "I am writing on behalf of …", "I can confirm that …": the sentence is about the message itself
    if (speaksOfMessage(words)) return 0;
    // "whether full notes were reachable, or only …": an ask put without a question mark
    if (ASKING_OPENER.has(words[0]?.normal ?? '')) return 0;
    if (words.some((t) => NOT_HAPPENED.has(t.normal))) return 0;
    // "clause 14.3 obliges you to …", "the contract entitles us to …": a norm, as a verb
    if (words.some((t) => t.pos === 'VERB' && NORM.has(t.lemma))) return 0;
    // "we never agreed to a 7-day hold", "we do not accept the fee": their position, not what happened to them
    if (takesStance(words)) return 0;
    if (a.conditional && words.some((t) => t.normal === 'will')) return 0;
    // "I have not heard from anyone": a complaint about our replies is no impact on their work
    if (a.negators.some((n) => repliesDenied(a.tokens, n))) return 0;
    // "we cannot have this tonight": a short sentence about "this" points back at what it does not say
    // and so does one that opens on "it" ("it still says …")
    if (words.length <= SHORT && words.some((t) => t.pos === 'PRON' && POINTING.has(t.normal))) return 0;
    if (POINTING.has(words[0]?.normal ?? '') && words[0]?.pos === 'PRON') return 0;
    // "we paused the promotion to stop it": what they did about it, not what it did to them
    // … unless it goes on to what went wrong ("I restarted it but it crashed again")
    // a negation inside brackets ("(role: Employee, no HR permissions)") describes, it tells nothing went wrong
    const bracketed = inBrackets(a.tokens);
    const goesWrong =
      a.negators.some((n) => !bracketed.has(n)) ||
      words.some((t) => FAILING.has(t.lemma) || t.normal === 'but');
    if (ownAction(words) && !goesWrong) return 0;
    // "no worries for now, we have taken them down and will print them again": only their own acts
    if (readsOwnActsOnly(a, OWN_ACT_EXCEPTIONS)) return 0;
    // "the export is wrong, not the tax rate": a correction of someone's guess
    if (readsCorrection(a)) return 0;
    // "Visit the page above", "Be sure to …": an instruction opens on a bare verb
    const first = words[0];
    if (first && (first.pos === 'VERB' || first.normal === 'be') && first.normal === first.lemma) return 0;
    const verbs = words.filter((t) => t.pos === 'VERB');
    const structural = readsBlocked(a) || readsWrongShown(a);
    const counted = a.entities.some((e) => QUANTITIES.has(e.type) && countsThings(a, e));
    // "all three say they never changed anything": what others deny having done is their account, not the impact
    if (reportsDenial(words)) return 0;
    // "the tab disappeared", "the app crashes": an event, where "adjusters share tablets" is a standing fact
    const event = verbs.some((t) => (t.normal !== t.lemma && !META.has(t.lemma)) || FAILING.has(t.lemma));
    states ||= structural || event || a.negators.length > 0 || IMPACT.test(said.text);
    weight += (structural ? 1 : 0) + (counted ? 1 : 0);
  }
  return states ? 1 + Math.min(2, weight) : 0;
}

/** Indexes of the tokens inside round brackets. */
function inBrackets(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) inside.add(i);
  });
  return inside;
}

// verbs (lemmas) of a stance on something: agreeing, accepting, expecting, believing
const STANCE = new Set(['agree', 'accept', 'expect', 'believe', 'think', 'consent', 'approve', 'want']);

/** "We never agreed to …", "I do not accept …", "we expect a refund": the writer's stance is the main verb. */
function takesStance(words: readonly Token[]): boolean {
  if (!FIRST_PERSON.has(words[0]?.normal ?? '')) return false;
  const verb = words.slice(1, 5).find((t) => t.pos === 'VERB');
  // "we expected it to finish, but it failed": what went wrong follows
  return verb !== undefined && STANCE.has(verb.lemma) && !words.some((t) => t.normal === 'but');
}

// verbs (lemmas) of reporting what someone else said
const SAYING = new Set(['say', 'claim', 'insist', 'swear', 'tell']);
// the people a reported clause is about when they are the ones who say it
const REPORTERS = new Set(['they', 'he', 'she']);
const NEGATOR = new Set(['not', "n't", 'never']);

/**
 * "The three residents say they never changed anything", "he insists he did not click the link":
 * someone else's denial of their own act. "Staff say they cannot sign in" (no act denied, only
 * "can") and "they never got the email" (what befell them) still tell the impact.
 */
function reportsDenial(words: readonly Token[]): boolean {
  if (FIRST_PERSON.has(words[0]?.normal ?? '')) return false;
  // the tagger may read "say" after a number ("all three say") as a noun; the pronoun after it says it is a verb
  const at = words.slice(0, 6).findIndex((t) => SAYING.has(t.lemma));
  if (at < 0) return false;
  let i = at + 1;
  if (words[i]?.normal === 'that') i++;
  if (!REPORTERS.has(words[i]?.normal ?? '')) return false;
  const rest = words.slice(i + 1, i + 5);
  const neg = rest.findIndex((t) => NEGATOR.has(t.normal));
  if (neg < 0 || rest.slice(0, neg).some((t) => t.pos === 'AUX' && t.lemma !== 'do')) return false;
  const verb = rest.slice(neg + 1).find((t) => t.pos === 'VERB');
  const modal = rest.slice(0, neg).some((t) => /^(?:can|could|wo|will)$/.test(t.normal));
  return verb !== undefined && !modal && !SUFFERED.has(verb.lemma) && !FAILING.has(verb.lemma);
}

/** "I am writing …", "We can confirm that …": a first-person speech act about the message opens the sentence. */
function speaksOfMessage(words: readonly Token[]): boolean {
  if (!FIRST_PERSON.has(words[0]?.normal ?? '')) return false;
  const verb = words.slice(1, 4).find((t) => t.pos === 'VERB');
  // "I am writing because none of our drivers can sign in" gives its reason: the impact
  return verb !== undefined && SPEECH_ACT.has(verb.lemma) && !words.some((t) => REASON.has(t.normal));
}

// verbs (lemmas) a customer's own past action may still report a loss or a finding with
const SUFFERED = new Set([
  'stumble',
  'encounter',
  'lose',
  'miss',
  'get',
  'notice',
  'see',
  'find',
  'discover',
  'realise',
  'realize',
  'have',
  'receive',
]);

/**
 * "We paused the promotion at 09:05", "I revoked the key by hand": the customer is the subject of a
 * deliberate past action, not negated, so the sentence tells what they did, not the impact on them.
 */
function ownAction(words: readonly Token[]): boolean {
  if (!FIRST_PERSON.has(words[0]?.normal ?? '')) return false;
  const next = words.slice(1, 4);
  if (next.some((t) => t.negated || t.normal === 'not' || t.normal === 'never')) return false;
  const verb = next.find((t) => t.pos === 'VERB');
  return verb !== undefined && isPastForm(verb) && !SUFFERED.has(verb.lemma) && !FAILING.has(verb.lemma);
}

/** "38 pickers", "NZ$24,000", "40%": an amount, or a number that counts the noun after it (not a date or a clause). */
function countsThings(a: Sentence, e: Entity): boolean {
  if (e.type !== 'number') return true;
  return a.tokens.find((t) => t.start >= e.end)?.pos === 'NOUN';
}

/** "not heard from", "never replied": the negated verb is one of our replies. */
function repliesDenied(tokens: readonly Token[], negator: number): boolean {
  const verb = tokens.slice(negator + 1, negator + 4).find((t) => t.pos === 'VERB');
  return verb !== undefined && REPLYING.has(verb.lemma);
}

// verbs of going wrong (lemmas), in any tense: "the scanners reject every ticket"
const FAILING = new Set([
  'fail',
  'break',
  'reject',
  'decline',
  'crash',
  'freeze',
  'hang',
  'disappear',
  'vanish',
  'drop',
  'bounce',
]);

// verbs that report what befell the writer, or went wrong, though they are its subject
const OWN_ACT_EXCEPTIONS: ReadonlySet<string> = new Set([...SUFFERED, ...FAILING]);

// verbs about the message itself: "I am writing on behalf of …", "I wanted to flag …"
const META = new Set(['write', 'flag', 'raise', 'reach', 'follow', 'attach', 'forward', 'want']);
// said by the writer about their own message ("I can confirm that …", "we note that …")
const SPEECH_ACT = new Set([...META, 'confirm', 'note', 'mention', 'repeat', 'understand']);
const FIRST_PERSON = new Set(['i', 'we']);
const REASON = new Set(['because', 'since', 'as']);
// words that open an indirect question ("when" opens a time clause too: "when we open it, it crashes")
const ASKING_OPENER = new Set(['whether', 'which', 'what', 'how', 'why', 'who', 'where']);

function score(said: Said, first: boolean, problemWords: ReadonlySet<string>, count: RegExp | null): number {
  let s = IMPACT.test(said.text) ? 3 : 0;
  if (count?.test(said.text)) s += 4;
  s += Math.min(2, contentWords(said.text).filter((w) => problemWords.has(w)).length);
  // the first report usually says the impact most plainly; an aside ("also", "tried") does not
  if (first) s += 2;
  if (/\b(?:also|tried|retried|cleared|anyway)\b/i.test(said.text)) s -= 2;
  // said back on its own, a pointer to something earlier ("that address", "them") or a rebuttal of a
  // guess ("it is not a browser problem") does not show the impact
  if (POINTS_BACK.test(said.text) || REBUTS.test(said.text)) s -= 2;
  return s;
}

// verbs (lemmas) that state what is owed, not what happened
const NORM = new Set(['oblige', 'obligate', 'entitle', 'require', 'guarantee']);
// modal verbs of what ought to or would happen (normal forms)
const NOT_HAPPENED = new Set(['should', 'would', "'d", 'must']);
// verbs of our replies (lemmas): "nobody came back to us", "I have not heard from Priya"
const REPLYING = new Set([
  'hear',
  'reply',
  'respond',
  'answer',
  'contact',
  'call',
  'email',
  'write',
  'come',
  'tell',
]);
const POINTING = new Set(['it', 'this', 'that']);
const SHORT = 8;
const QUANTITIES: ReadonlySet<string> = new Set(['number', 'money', 'percent']);

const POINTS_BACK =
  /^the other\b|\b(?:them|those|that (?!is\b|was\b|the\b|a\b|an\b|we\b|i\b|it\b|they\b|you\b|our\b|my\b)[a-z]+)\b/i;
const REBUTS = /\b(?:it|this|that)(?: is|'s) not an? \w+(?: \w+)? (?:problem|issue)\b/i;
// a reply to our last message ("No, that doesn't help") answers us, it does not describe the impact
// and an apology for their own message ("sorry if this is a silly question, …") speaks of the message
const REPLY =
  /^(?:no|yes|ok(?:ay)?|sure|right|well|sorry)\b\s*[,.!-]|^(?:sorry|apologies)\s+(?:if|for|about|to)\b/i;

// What the customer says about us ("your API is broken", "broken on your end"), said back, becomes
// "our …": an admission of a fault, or a cause, nobody approved. Only their own side is said back.
const ABOUT_US = /\b(?:we|our|ours|us)\b/i;
// a demand ("Fix this now, …") is not the impact
const DEMAND = /^(?:please\s+)?(?:fix|get|call|send|give|tell|make|escalate|sort|stop|refund)\b/i;

const MIN_PART_WORDS = 4;
// English prose has one function word in three or four; a part with under one in seven is no English
const MIN_FUNCTION_SHARE = 0.15;

/**
 * "vorremmo anche un gesto commerciale per il disturbo - a goodwill gesture …": a part of four words
 * or more with almost no English function word in it (the tagger's stop words: the, a, for, to, is …)
 * is in another language (or a log line); said back, it reads as a quote nobody translated.
 */
function hasForeignPart(text: string): boolean {
  return text.split(/\s+[-–—]\s+|[;:]\s+/).some((part) => {
    const words = analyze(part).sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'));
    const share = words.filter((t) => t.stop).length / Math.max(1, words.length);
    return words.length >= MIN_PART_WORDS && share < MIN_FUNCTION_SHARE;
  });
}

// an error code or identifier ("ERR-PAY-02", "E1142", "token_expired"): letters joined to digits or
// by "_" / "-" in capitals; said back, the opening reads as a log line, not what it does to them
const IDENTIFIER =
  /\b(?:(?=[A-Za-z_-]*\d)[A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*\d[A-Za-z0-9]*|[A-Z]{2,}(?:[-_][A-Z0-9]+)+|[a-z]+_[a-z0-9_]+)\b/;

/**
 * Whether some main clause of the text (not opened by "if", "which", "whether" …) has a subject and
 * a finite verb: "you've had a look and can't see one" has; "an updated report for the new player"
 * and "All dispatchers, 14 people" have none.
 */
// a clause opened by none of these is a main clause; "since Monday none of …" opens on a time
const MAIN_OPENER = new Set([
  '',
  'and',
  'but',
  'or',
  'so',
  'yet',
  'since',
  'after',
  'before',
  'until',
  'once',
]);

export function hasFiniteMainClause(text: string): boolean {
  const sentence = readSentence(withoutQuotes(text));
  if (!sentence) return false;
  // no verb read at all is the tagger's miss ("the export stops" read as nouns), not a fragment
  if (!sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  return clausesOf(sentence).some(
    (c) => c.verb !== null && c.subject !== null && MAIN_OPENER.has(c.opener ?? ''),
  );
}

function usable(said: Said): boolean {
  const t = said.text;
  return (
    !IDENTIFIER.test(t) &&
    hasFiniteMainClause(pointOf(t)) &&
    // a fragment ("All dispatchers, 14 people.") is no clause to say back
    t.split(/\s+/).length >= 5 &&
    !ABOUT_US.test(toSecondPerson(t, 'customer')) &&
    !DEMAND.test(t) &&
    t.length >= MIN_CHARS &&
    t.length <= MAX_CHARS &&
    !t.endsWith('?') &&
    !isHeated(t) &&
    !/^(?:also|btw|p\.?s\.?|fwiw)\b/i.test(t) &&
    // "BUG: approval flow is broken": a label in capitals files the report, the line is its title
    !/^\p{Lu}{2,}\s*:/u.test(t) &&
    // "More we can not do, …", "That we cannot accept": a fronted object reads wrong said back
    !FRONTED.test(t) &&
    !REPLY.test(t) &&
    // "(a) the date by which …": an item of their list of asks, not a statement
    !/^\(?[a-z0-9]{1,2}\)\s/i.test(t) &&
    !/\b(?:screenshot|attached|attachment)\b/i.test(t) &&
    // a pasted response (`X-Request-Id: … {"error":{…`) is no sentence of theirs
    !/^[^{]{0,40}\{/.test(t) &&
    // the customer's own dates said back read as our promise ("before February 1")
    findGatedCommitment(withoutQuotes(t)) === null &&
    !hasForeignPart(t) &&
    // "SET IT TO … AND IT SPINS": a shouted sentence, lowered, still reads as their anger said back
    shoutedWords(t).length < 2 &&
    isWholeClause(pointOf(t))
  );
}

// words that open a clause inside the sentence (a relative clause, an indirect question, a time clause)
const CLAUSE_OPENER = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'how',
  'what',
  'whether',
  'why',
  'while',
  'when',
]);
// a sentence that ends on one of these breaks off ("46 in total across", "the export of the")
const DANGLING = new Set(['ADP', 'CCONJ', 'SCONJ']);
// "at all" ends well; "the export of the" does not
const ARTICLE = new Set(['a', 'an', 'the', 'your', 'our', 'my', 'their']);
// people named only by a pronoun: said back alone, "she had created …" points at someone it never names
const GENDERED = new Set(['she', 'he', 'her', 'him', 'his', 'hers']);
// "they", "it" may stand for any noun before them; with none before, for something said earlier
const POINTING_BACK = new Set(['they', 'it']);

/**
 * Whether the text reads as a whole clause to say back: its verbs are not all inside "who were
 * credited twice" or "how many points that is" or an -ing form with no auxiliary ("dashboard showing
 * zero"), it does not break off on a preposition, conjunction or article, and it names no one only by
 * a pronoun ("she had created", "you revoked it") before any noun or name could stand for them.
 */
export function isWholeClause(text: string): boolean {
  const words = analyze(withoutQuotes(text)).sentences.flatMap((s) =>
    s.tokens.filter((t) => t.kind === 'word'),
  );
  const last = words.at(-1);
  if (!last || DANGLING.has(last.pos) || (last.pos === 'DET' && ARTICLE.has(last.normal))) return false;
  const firstNoun = words.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  // a name is written as one ("Priya"), where an acronym tagged as a name (API) is not
  const firstName = words.findIndex((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text));
  // "she", "him" stand for a person, whom only a name names
  const unnamed = words.some((t, i) => {
    // "our IT manager": a pronoun in capitals is an acronym
    if (t.pos !== 'PRON' || t.text === t.text.toUpperCase()) return false;
    const before = GENDERED.has(t.normal) ? firstName : POINTING_BACK.has(t.normal) ? firstNoun : i;
    return before < 0 || i < before;
  });
  if (unnamed) return false;
  // "missing are the invoices": a fronted participle before its verb reads wrong said back after "that"
  if (words[0]?.pos === 'VERB' && words[1]?.pos === 'AUX') return false;
  if (hasVerblessPart(text)) return false;
  let inner = false;
  let main = false;
  let verbs = 0;
  words.forEach((t, i) => {
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    if (CLAUSE_OPENER.has(t.normal)) inner = true;
    const verb =
      t.pos === 'AUX' || (t.pos === 'VERB' && !(t.normal.endsWith('ing') && words[i - 1]?.pos !== 'AUX'));
    if (!verb) return;
    // the first verb after an opener belongs to the inner clause; the clause ends with it
    if (inner) {
      if (words[i + 1]?.pos !== 'VERB' && words[i + 1]?.pos !== 'AUX') inner = false;
      return;
    }
    main = true;
  });
  // no verb read at all is the tagger's miss ("export stops" read as two nouns), not a fragment
  return main || verbs === 0;
}

const OWNER = new Set(['our', 'my', 'your', 'their', 'the', 'all']);
const FRONTED =
  /^(?:more|less|nothing(?: else)?|everything|this|that|all that)\s+(?:we|i)\s+(?:can|could|cannot|can't|will|won't|do|did|don't)\b/i;

/**
 * "…, our clients (two retailers) calling every 10 minutes where is the truck": after a comma, a part
 * that opens a new subject ("our clients") and has no finite verb of its own before a wh-word is a
 * fragment spliced on, not a clause.
 */
function hasVerblessPart(text: string): boolean {
  const parts = withoutQuotes(text)
    .replace(/\s*\([^)]*\)/g, '')
    .split(/,\s+/)
    .slice(1);
  return parts.some((part) => {
    const words = analyze(part).sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'));
    if (!OWNER.has(words[0]?.normal ?? '') || !words.slice(1, 3).some((t) => t.pos === 'NOUN')) return false;
    const end = words.findIndex((t) => CLAUSE_OPENER.has(t.normal) || t.normal === 'where');
    const own = end < 0 ? words : words.slice(0, end);
    // "the node, the gui, the cli are …": a short noun phrase is an item of a list
    if (own.length < MIN_PART_WORDS) return false;
    return !own.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
  });
}

// a word that opens a name mid-sentence ("at The Gate Arena") is still no name of its own
const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|our|my|your|their|its|some|all|every|each|no)$/i;

function lowerFirst(text: string, material: UpdateMaterial): string {
  const first = /^[A-Z][a-z']*(?=\s|$|,)/.exec(text)?.[0] ?? '';
  // a name stays capitalised ("Okta", "NetSuite"); an ordinary first word does not
  return first && (!material.names.has(first) || FUNCTION_WORD.test(first))
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** The customer's words as a clause said back to them, or '' when nothing usable. */
// a hedge before the point ("small thing, probably nothing, but …") is not the impact
function pointOf(text: string): string {
  return (
    text
      .replace(/^[^,.]{0,40}(?:,[^,.]{0,40})?,\s*but\s+/i, '')
      // "In the meantime, your auditor asked …": a link back to what came before is no part of the impact
      .replace(/^(?:but|and|so|also|anyway|ok(?:ay)?|in the meantime|meanwhile|since then|by now),?\s+/i, '')
  );
}

function said(text: string, material: UpdateMaterial): string {
  const point = pointOf(text);
  const calm = calmText(toSecondPerson(point, 'customer'), material.vocabulary)
    .replace(/[.!?;:,\s]+$/, '')
    .replace(/\s+/g, ' ');
  return lowerFirst(calm, material);
}

/** "your 3 fulfillment coordinators", from the cited sentence that states the count. */
function countedPeople(facts: Facts, material: UpdateMaterial): string | null {
  const users = facts.affected.users;
  if (!users || typeof users.value !== 'number' || !users.cites.every((c) => material.publicIds.has(c)))
    return null;
  const re = COUNTED(users.value);
  const hit = material.customer.map((s) => re.exec(s.text)).find((m) => m !== null);
  if (!hit) return null;
  // "46 in total across": the count must end on the people or things it counts
  const last = analyze(hit[0])
    .sentences.flatMap((s) => s.tokens)
    .at(-1);
  return last && !DANGLING.has(last.pos) ? said(hit[0], material) : null;
}

/**
 * One or two sentences that show we understood the impact, in the customer's terms. Once the thread
 * says it works again (`restored`), only an impact told in the past is said back, and the
 * restoration is acknowledged.
 */
export function describeImpact(
  facts: Facts,
  material: UpdateMaterial,
  asOf: string,
  restored: Restored | null = null,
  // whether the leak guard lets a line through: an opening it would strike out leaves no opening at all
  keeps: (line: string) => boolean = () => true,
): string[] {
  const users = facts.affected.users;
  const count = users && typeof users.value === 'number' ? COUNTED(users.value) : null;
  const problemWords = new Set(contentWords(String(facts.problem?.value ?? '')));
  const ranked: { said: Said; score: number }[] = [];
  const firstItem = material.customer[0]?.item.id;
  material.customer.forEach((s) => {
    if (!usable(s)) return;
    // "since this morning you cannot create a label" is stale once labels print again
    if (restored && !isPastTense(s.text)) return;
    const states = statesConsequence(s);
    if (states === 0) return;
    // a consequence read from structure (work stopped, something shown wrong, a count) weighs in
    const sc = score(s, s.item.id === firstItem, problemWords, count) + states - 1;
    if (sc >= MIN_SCORE) ranked.push({ said: s, score: sc });
  });
  // the best first; on a tie the earlier, as the customer first put it
  ranked.sort((a, b) => b.score - a.score);
  const out: string[] = [];
  const pick = ranked
    .map((r) => ({ said: r.said, line: `I understand that ${said(r.said.text, material)}.` }))
    .find((r) => keeps(r.line));
  const chosen = pick?.said ?? null;
  if (pick) out.push(pick.line);
  else if (!restored && !endedSince(facts, material.customer)) {
    // no sentence of theirs says it: the problem from the facts, never their subject line pasted in
    const opening = openingFromFacts(facts, material, asOf);
    if (opening && keeps(opening)) out.push(opening);
  }
  const people = countedPeople(facts, material);
  const affects = people ? `I know this affects ${people}.` : null;
  if (affects && chosen && !count?.test(chosen.text) && keeps(affects)) out.push(affects);
  if (restored?.clause) out.push(`I'm glad that ${restored.clause}.`);
  return out;
}
