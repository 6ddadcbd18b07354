/**
 * @module Whether a sentence says a failure holds for everyone: a universal quantifier over the
 * people or things it names, and a failing predicate on them. Structure over the language layer's
 * tokens, not phrasings: "Nobody at the clinic can log in", "all our end users are locked out",
 * "the app is down for everyone", "none of our drivers get the route updates". The quantified
 * phrase must be the subject of the failing predicate: not a span of time ("every hour this is
 * down"), not the object of a verb ("it sets every item …"), not a noun whose relative clause
 * carries the predicate ("every booking whose sync failed").
 */
import { holdsAny } from './sentence-words.js';
import type { Sentence, Token } from './types.js';

// "all", "every", "everyone", "the entire team": a failure that holds for each of them
const ALL = new Set(['all', 'every', 'everyone', 'everybody', 'entire']);
// "nobody", "none of our users", "no one": an ability or a receipt that holds for none of them
const NONE = new Set(['none', 'nobody', 'noone']);
const QUANTIFIERS = new Set([...ALL, ...NONE, 'no']);
// what failing is (lemmas): "fails", "is broken", "locked out", "is down"; not "affected", which
// any problem is ("all of them are affected" by duplicates is no outage)
const FAILING = new Set([
  'fail',
  'break',
  'broken',
  'lock',
  'block',
  'down',
  'reject',
  'decline',
  'bounce',
  'offline',
  'unreachable',
]);
// what none of them can do any more (lemmas and normal forms): "can", "are able to", "get", "receive"
const ABLE = new Set(['can', 'could', 'able', 'get', 'receive']);
// the words of a noun phrase after the quantifier: "all [of our end users]", "none [of the Android staff]"
const PHRASE = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'X', 'SYM']);
const MAX_PHRASE = 12;

const isWord = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

// a new subject ends the phrase: "every day [we] can't afford it" is about "we", not "every day"
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

// units of time, for when the tagger finds no date, time or duration: "every shift", "every time";
// and a run, one occurrence of a scheduled job ("every nightly run fails" is every time it runs)
const TIME_UNITS = new Set([
  'run',
  'time',
  'moment',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'weekend',
  'month',
  'year',
]);
const TIME_ENTITIES = new Set(['date', 'time', 'duration']);
// a relative pronoun after the noun: the predicate that follows is the clause's, about the noun
const RELATIVE = new Set(['that', 'which', 'who', 'whose']);
// verbs whose complement is a clause, so a quantifier after them can still be its subject
// ("we noticed every user is locked out"); after any other verb it is the verb's object
const CLAUSE_VERBS = new Set([
  'think',
  'believe',
  'say',
  'see',
  'hear',
  'notice',
  'know',
  'find',
  'feel',
  'guess',
  'assume',
  'suspect',
  'fear',
  'realise',
  'realize',
  'confirm',
  'report',
  'note',
  'mean',
  'understand',
  'discover',
]);

/** Token indexes inside a date, time or duration the language layer found. */
function timeTokens(sentence: Sentence): Set<number> {
  const spans = sentence.entities.filter((e) => TIME_ENTITIES.has(e.type));
  const inside = new Set<number>();
  sentence.tokens.forEach((t, i) => {
    if (spans.some((e) => t.start >= e.start && t.end <= e.end)) inside.add(i);
  });
  return inside;
}

// what opens a span of time that dates a noun: "since 10", "after the deploy", "from Monday"
const SINCE = new Set(['since', 'after', 'before', 'from', 'until', 'till']);
// what such a span is made of: no verb and no subject, which would open a clause ("since we deployed")
const SPAN = new Set(['ADV', 'ADP', 'NUM', 'DET', 'ADJ', 'NOUN', 'PROPN', 'SYM']);

/**
 * Where a span of time opened at `i` ends (the index of the verb after it), or -1 when what follows
 * is a clause of its own or no verb comes: "since just before 10 [has] failed".
 */
function timeSpanEnd(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'AUX' || t.pos === 'VERB') return k > i + 1 ? k : -1;
    if (!SPAN.has(t.pos) || SUBJECTS.has(t.normal)) return -1;
  }
  return -1;
}

/** The quantifier right after a verb that takes no clause: "sets every item", "marks all orders". */
const objectOfVerb = (tokens: readonly Token[], q: number): boolean => {
  const before = tokens[q - 1];
  return before?.pos === 'VERB' && !isWord(before, CLAUSE_VERBS);
};

/**
 * Where the predicate of the quantified phrase starting at `q` begins, or -1 when it has none or
 * the phrase names nobody ("resend all failed"), a time ("every hour") or a thing acted on. A
 * quantifier that is its own head ("everyone", "nobody") needs no noun after it.
 */
function predicateAt(
  tokens: readonly Token[],
  q: number,
  ownHead: boolean,
  times: ReadonlySet<number>,
): number {
  if (objectOfVerb(tokens, q)) return -1;
  let head = ownHead;
  let i = q + 1;
  for (; i < tokens.length && i - q <= MAX_PHRASE; i++) {
    const t = tokens[i];
    // "every label since just before ten has failed": a span of time after the noun dates it
    if (head && t && SINCE.has(t.normal)) {
      const end = timeSpanEnd(tokens, i);
      if (end > i) {
        i = end - 1;
        continue;
      }
    }
    if (!t || !PHRASE.has(t.pos)) break;
    if (SUBJECTS.has(t.normal) && tokens[i - 1]?.normal !== 'of') return -1;
    if (head && RELATIVE.has(t.normal)) return -1;
    // the quantifier's own noun, not one further on ("everybody on the night shift")
    if (!head && t.pos === 'NOUN' && (times.has(i) || isWord(t, TIME_UNITS))) return -1;
    // "down" and "able" read as adpositions or adjectives: the predicate, unless they modify a noun
    // ("every failed delivery")
    const modifies = HEADS.has(tokens[i + 1]?.pos ?? '') && tokens[i + 1]?.pos !== 'PRON';
    if ((isWord(t, FAILING) || isWord(t, ABLE)) && !modifies) break;
    if (HEADS.has(t.pos)) head = true;
  }
  return head && i < tokens.length ? i : -1;
}

/** "all … are locked out", "all … can't log in": the quantified phrase's predicate fails. */
function allFail(tokens: readonly Token[], q: number, times: ReadonlySet<number>): boolean {
  let i = predicateAt(tokens, q, tokens[q]?.pos === 'PRON', times);
  if (i < 0) return false;
  // one word the tagger took for a verb inside the phrase ("all Android push failing")
  if (tokens[i]?.pos === 'VERB' && !isWord(tokens[i], FAILING) && isWord(tokens[i + 1], FAILING)) i++;
  let negated = false;
  // auxiliaries before the verb: "are", "can", "have been", "can't", "are still"
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.normal === 'not') negated = true;
    else if (!(t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV') || isWord(t, FAILING)) break;
  }
  return negated || isWord(tokens[i], FAILING);
}

// "no one can tell me why", "nobody could explain what changed": a question nobody answers, not
// people kept out
const WH = new Set(['why', 'what', 'how', 'whether', 'if', 'when', 'where', 'who', 'which']);
const OBJECTS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** "nobody … can", "none of … get": the quantified phrase's predicate is an ability. */
function noneCan(tokens: readonly Token[], q: number, times: ReadonlySet<number>): boolean {
  const i = predicateAt(tokens, q, true, times);
  if (i < 0 || !isWord(tokens[i], ABLE) || tokens[i + 1]?.normal === 'not') return false;
  for (let k = i + 1; k < tokens.length && tokens[k]?.pos !== 'PUNCT'; k++) {
    const t = tokens[k];
    if (t && (WH.has(t.normal) || (OBJECTS.has(t.normal) && k <= i + 2))) return false;
  }
  return true;
}

/** "is down for everyone", "failing for all our shoppers": the predicate, then "for" + all. */
function failsForAll(tokens: readonly Token[], i: number): boolean {
  if (!isWord(tokens[i], FAILING)) return false;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (tokens[k]?.normal !== 'for') continue;
    return isWord(tokens[k + 1], ALL) || isWord(tokens[k + 2], ALL);
  }
  return false;
}

/**
 * The index of the token where the sentence says something fails for everyone it names (the
 * quantifier, or the failing word of "down for everyone"), or -1. Callers that must know whose words
 * these are (reported speech, a quotation) look there.
 */
export function everyoneFailsAt(sentence: Sentence): number {
  // every reading needs a quantifier: one of ALL (failsForAll's too), NONE or the "no" of "no one"
  if (sentence.question || sentence.conditional || !holdsAny(sentence, QUANTIFIERS)) return -1;
  const tokens = sentence.tokens;
  const times = timeTokens(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (isWord(t, ALL) && allFail(tokens, i, times)) return i;
    const noOne = t.normal === 'no' && tokens[i + 1]?.normal === 'one';
    if ((isWord(t, NONE) || noOne) && noneCan(tokens, noOne ? i + 1 : i, times)) return i;
    if (failsForAll(tokens, i)) return i;
  }
  return -1;
}

/** True when the sentence, a statement, says something fails for everyone it names. */
export function readsEveryoneFails(sentence: Sentence): boolean {
  return everyoneFailsAt(sentence) >= 0;
}
