/**
 * @module Whether a date phrase in a sentence is a time something must happen by: a due time ("by
 * Friday 17:00", "before the 18th", "Monday morning is the deadline", "if it is not refunded today
 * I will…", "please restore this today"), or an upcoming event the speaker's work hangs on ("our
 * go-live is Monday", "we have the campaign on Wednesday"). A date told in the past ("we paused at
 * 09:05"), a state that lasts ("she is off until Monday"), the speaker's own plan ("I will call on
 * Thursday") or a date asked about is none: it says when, not by when.
 */
import {
  asksIndirectly,
  type Clause,
  clauseIndexAt,
  clausesOf,
  openingClause,
  readSentence,
  supposes,
  tokenOffsets,
} from '../language/clause.js';
import type { Sentence, Token } from '../language/types.js';

export interface DatePhrase {
  /** where the phrase starts in the sentence */
  readonly index: number;
  readonly text: string;
  /** the phrase names a day, not only an hour or a month ("July") */
  readonly dayStated: boolean;
}

/**
 * How the time is a deadline, surest first: 'limit' is named as one ("by", "before", "deadline"),
 * 'condition' is set by a threat's condition, 'need' by something that must be done then, 'event'
 * is the day of an upcoming event; null: no deadline.
 */
export type DueReading = 'limit' | 'condition' | 'need' | 'event' | null;

/** Surest first: the rank a sentence's readings are chosen by. */
export const DUE_READINGS: readonly Exclude<DueReading, null>[] = ['limit', 'condition', 'need', 'event'];

// "by Friday", "before the end of the day", "before our board meeting on the 12th", "before the SEPA
// debit of 7 December": a limit word, then at most a short noun phrase naming what happens then;
// "from before June" is a time range, not a limit
const LIMIT_BEFORE =
  /(?<!\b(?:from|since) )\b(?:by|before|latest|later than|ahead of|prior to|in time for)\s+(?:(?:the|our|your|my|their)\s+)?(?:(?:end|close|start) of(?: the)?(?: day| business)?\s+|(?:[\p{L}\d-]+\s+){0,3}(?:on|of|at)\s+(?:the\s+)?)?$/iu;
const LIMIT_AFTER = /^[\s,]*(?:at the latest|latest)\b/i;
// "until" and "within" make a limit only for something that must be done: "we must decide until
// Friday noon", "we need this sorted within the hour"; "she is off until Monday" is a state that lasts
const UNTIL_BEFORE = /\b(?:until|till|til|up to|within)\s+(?:the\s+)?$/i;
// "within 72 hours of becoming aware": counted from another event, not from the message
const OF_ANOTHER = /^\s+of\b/i;
// a date after these opens or spans a period: "since Monday", "after Friday", "for two weeks"
const SPAN_BEFORE =
  /\b(?:since|from|after|past|between|for|in|during|every|each)\s+(?:(?:around|about|roughly|approx\.?)\s+)?(?:the\s+)?$/i;
// "the registrar's deadline is Friday", "payment is due on 26 April"; "due to the outage" is a cause
const LIMIT_NAMED = /\b(?:deadline|cut-?off)\b|\bdue\b(?! to (?:the|a|an|our|your|their|this|that|it)\b)/i;
// "should" says what ought to be ("the code should return today plus a day"), not what must be done
const OBLIGATION = new Set(['must']);
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'cannot']);
const CONDITION_NEGATED = /\b(?:unless|not|never|no|neither|none|cannot|nobody|nothing)\b|n't\b/i;
const WEEKDAY_ONLY = /^(?:on\s+)?[a-z]+day$/i;
// what a person holding an event says: "we have the campaign on Wednesday", "we've got 3,000 orders"
const HOLDING = new Set(['have', 'be', 'get']);
// an event that may happen is no date to meet: "our electrician can come maybe next week"
const POSSIBLE = new Set(['can', 'could', 'may', 'might']);
// words before an order's verb: "please restore this today", "so just fix it today"
const ORDER_LEAD = new Set(['please', 'pls', 'and', 'so', 'just', 'then', 'now']);
const PERSON = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const QUALIFIER = new Set(['ADJ', 'PRON']);

/**
 * Something must be done: "must", "should", "need(s) to", "has to", "got to", or "I need <it>";
 * "we need until March" asks for time, it sets no limit.
 */
function hasObligation(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    if (OBLIGATION.has(t.normal)) return next?.pos === 'VERB' || next?.pos === 'AUX' || next?.pos === 'PART';
    if (t.lemma === 'need' && t.pos === 'VERB') return !UNTIL_BEFORE.test(`${next?.normal} `);
    return (t.lemma === 'need' || t.lemma === 'have' || t.lemma === 'get') && next?.normal === 'to';
  });
}

/** The sentence gives an order: it opens on a verb in its base form ("Please restore this today"). */
function givesOrder(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word' && !ORDER_LEAD.has(t.normal));
  if (!first || (first.pos !== 'VERB' && first.pos !== 'AUX')) return false;
  return first.normal === first.lemma && !HOLDING.has(first.lemma);
}

/**
 * How the sentence uses the date phrase. `staff` limits the reading to a named limit ("I understand
 * Monday morning is the deadline"): our side restates the customer's deadline, never sets one.
 * `read` is the sentence as the language layer read it (read again from `sentence` when absent).
 */
export function readsDueTime(
  sentence: string,
  phrase: DatePhrase,
  staff = false,
  read: Sentence | undefined = readSentence(sentence),
): DueReading {
  if (!read) return null;
  const end = phrase.index + phrase.text.length;
  const offsets = tokenOffsets(read, sentence);
  // the phrase's first and last tokens
  const first = offsets.findIndex((k) => k >= phrase.index);
  const last = offsets.findLastIndex((k) => k >= 0 && k < end);
  if (first < 0 || last < first) return null;
  const clauses = clausesOf(read);
  const at = clauseIndexAt(clauses, first);
  const clause = clauses[at] as Clause;
  const tokens = clause.tokens;
  const verb = clause.verb;
  // "we paused at 09:05", "those invoices fell due on 31 December", "you have confirmed this
  // afternoon": when it happened
  if (verb?.past) return null;
  const clauseStart = offsets[clause.from] ?? 0;
  const lastOfClause = read.tokens[clause.to - 1] as Token;
  const clauseText = sentence.slice(clauseStart, (offsets[clause.to - 1] ?? 0) + lastOfClause.text.length);
  const lead = sentence.slice(0, phrase.index);
  // the words before the date, or with the preposition the phrase itself opens on ("within the hour")
  const opener = `${lead}${/^\p{L}+\s/u.exec(phrase.text)?.[0] ?? ''}`;
  const after = (words: RegExp): boolean => words.test(lead) || words.test(opener);
  const asked = sentence.trimEnd().endsWith('?') || openingClause(clauses, first, asksIndirectly) >= 0;
  const named = LIMIT_NAMED.test(clauseText);
  const denied = tokens.some((t) => NEGATORS.has(t.normal));
  const limit = LIMIT_BEFORE.test(lead) || LIMIT_AFTER.test(sentence.slice(end));
  // "6:40:13 PM", "907159-suites" in a path: a log's or a file's time, never said by a person
  if (/\d:\d\d:\d\d/.test(phrase.text) || /[/:~_]\S*$/.test(lead)) return null;
  // "next week's rota": the date qualifies a noun
  if (/^['’]s\b/.test(sentence.slice(end))) return null;
  // "Easter Monday", "Cyber Monday": a day's name, not the coming weekday
  if (WEEKDAY_ONLY.test(phrase.text.trim()) && namedDay(read.tokens, first, clause.from)) return null;
  if (staff) return named && !asked && !denied ? 'limit' : null;
  // "if the second one is not refunded today, I am disputing both": the condition sets the time;
  // in "if you don't mind I could send it next week" the date is the main clause's
  const condition = openingClause(clauses, first, supposes);
  if (condition >= 0) {
    const from = offsets[(clauses[condition] as Clause).from] ?? 0;
    return CONDITION_NEGATED.test(sentence.slice(from, phrase.index)) ? 'condition' : null;
  }
  // "the other eight we cannot reach before the evening": when they can, not by when
  if (denied) return null;
  if (limit || named) return 'limit';
  if (after(UNTIL_BEFORE))
    return hasObligation(tokens) && !asked && !OF_ANOTHER.test(sentence.slice(end)) ? 'limit' : null;
  if (after(SPAN_BEFORE) || asked) return null;
  // "they need to tell parents something today", "please restore this today"; a month alone
  // ("make sure the January invoice…") names no day to meet
  const day = phrase.dayStated || /\d/.test(phrase.text);
  if (day && (hasObligation(tokens) || (at === 0 && givesOrder(tokens)))) return 'need';
  return readsEvent(read, phrase, clauses, at, first, last) ? 'event' : null;
}

/**
 * An upcoming event of theirs: a thing named beside the date in a clause that says it is so ("our
 * audit starts on 12 January"), not the speaker's plan ("we deploy tonight"), not what goes on now
 * ("people are redeeming them this weekend"), not a list of times or a mail's quote header.
 * `first` and `last` are the phrase's first and last tokens.
 */
function readsEvent(
  read: Sentence,
  phrase: DatePhrase,
  clauses: readonly Clause[],
  at: number,
  first: number,
  last: number,
): boolean {
  const clause = clauses[at] as Clause;
  const { tokens, verb } = clause;
  if (!verb || POSSIBLE.has(verb.lemma) || personActs(tokens)) return false;
  const numbered = /\d/.test(phrase.text);
  if ((!phrase.dayStated && !numbered) || (verb.progressive && !numbered)) return false;
  // "the January invoice": the date qualifies the noun after it; "our big weekend": a noun itself
  const next = last + 1 < clause.to ? read.tokens[last + 1] : undefined;
  if (next?.pos === 'NOUN') return false;
  const previous = first > clause.from ? read.tokens[first - 1] : undefined;
  if (/^\p{L}+$/u.test(phrase.text) && QUALIFIER.has(previous?.pos ?? '')) return false;
  const thing = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';
  const outside = (k: number): boolean => k + clause.from < first || k + clause.from > last;
  if (tokens.some((t, k) => thing(t) && outside(k))) return true;
  // "our new portal, which is on 1 December": the thing is named before "which"
  return clause.opener === 'which' && (clauses[at - 1]?.tokens.some(thing) ?? false);
}

/** Someone does something in the clause ("they do the rest tonight", "I'll call"), beyond having or being. */
function personActs(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.pos !== 'PRON' || !PERSON.has(t.normal)) return false;
    const next = tokens[i + 1];
    if (next?.pos === 'AUX' && !HOLDING.has(next.lemma)) return true;
    const after = next?.pos === 'AUX' ? tokens[i + 2] : next;
    return after?.pos === 'VERB' && !HOLDING.has(after.lemma);
  });
}

/** The weekday at or after token `at` follows a capitalised name or adjective ("Good Friday", "Cyber Monday"). */
function namedDay(tokens: readonly Token[], at: number, clauseFrom: number): boolean {
  let day = at;
  while (day < tokens.length && !/day$/i.test(tokens[day]?.text ?? '')) day++;
  const before = tokens[day - 1];
  return (
    day > clauseFrom &&
    day < tokens.length &&
    before !== undefined &&
    /^[A-Z]/.test(before.text) &&
    /^(?:PROPN|ADJ|NOUN)$/.test(before.pos)
  );
}
