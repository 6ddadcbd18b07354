/**
 * @module Whether a date phrase in a sentence is a time something must happen by: a due time ("by
 * Friday 17:00", "before the 18th", "Monday morning is the deadline", "if it is not refunded today
 * I will…", "please restore this today"), or an upcoming event the speaker's work hangs on ("our
 * go-live is Monday", "we have the campaign on Wednesday"). A date told in the past ("we paused at
 * 09:05"), a state that lasts ("she is off until Monday"), the speaker's own plan ("I will call on
 * Thursday") or a date asked about is none: it says when, not by when.
 */
import { isInsideCondition } from '../language/condition-clause.js';
import { isInsideQuestionClause } from '../language/question-clause.js';
import type { Token } from '../language/types.js';
import { type Clause, clauseAround, clauseTokens, type FiniteVerb, firstFiniteVerb } from './clause-verbs.js';

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
 */
export function readsDueTime(sentence: string, phrase: DatePhrase, staff = false): DueReading {
  const end = phrase.index + phrase.text.length;
  const clause = clauseAround(sentence, phrase.index, end);
  const tokens = clauseTokens(clause.text);
  const verb = firstFiniteVerb(tokens);
  // "we paused at 09:05", "those invoices fell due on 31 December", "you have confirmed this
  // afternoon": when it happened
  if (verb?.past) return null;
  const lead = sentence.slice(0, phrase.index);
  // the words before the date, or with the preposition the phrase itself opens on ("within the hour")
  const opener = `${lead}${/^\p{L}+\s/u.exec(phrase.text)?.[0] ?? ''}`;
  const after = (words: RegExp): boolean => words.test(lead) || words.test(opener);
  const asked = sentence.trimEnd().endsWith('?') || isInsideQuestionClause(sentence, phrase.index);
  const named = LIMIT_NAMED.test(clause.text);
  const denied = tokens.some((t) => NEGATORS.has(t.normal));
  const limit = LIMIT_BEFORE.test(lead) || LIMIT_AFTER.test(sentence.slice(end));
  // "6:40:13 PM", "907159-suites" in a path: a log's or a file's time, never said by a person
  if (/\d:\d\d:\d\d/.test(phrase.text) || /[/:~_]\S*$/.test(lead)) return null;
  // "next week's rota": the date qualifies a noun
  if (/^['’]s\b/.test(sentence.slice(end))) return null;
  // "Easter Monday", "Cyber Monday": a day's name, not the coming weekday
  if (WEEKDAY_ONLY.test(phrase.text.trim()) && namedDay(tokens, phrase.index - clause.start)) return null;
  if (staff) return named && !asked && !denied ? 'limit' : null;
  // "if the second one is not refunded today, I am disputing both": the condition sets the time;
  // in "if you don't mind I could send it next week" the date is the main clause's
  const ifAt = Math.max(lead.toLowerCase().lastIndexOf('if '), lead.toLowerCase().lastIndexOf('unless'));
  // a condition of the date's own clause ("… if (1) fails and not fall back as it does today" is not)
  const conditional =
    ifAt >= clause.start &&
    isInsideCondition(sentence, phrase.index) &&
    !conditionEnded(sentence.slice(ifAt, phrase.index));
  if (conditional) return CONDITION_NEGATED.test(sentence.slice(ifAt, phrase.index)) ? 'condition' : null;
  // "the other eight we cannot reach before the evening": when they can, not by when
  if (denied) return null;
  if (limit || named) return 'limit';
  if (after(UNTIL_BEFORE))
    return hasObligation(tokens) && !asked && !OF_ANOTHER.test(sentence.slice(end)) ? 'limit' : null;
  if (after(SPAN_BEFORE) || asked) return null;
  // "they need to tell parents something today", "please restore this today"; a month alone
  // ("make sure the January invoice…") names no day to meet
  const day = phrase.dayStated || /\d/.test(phrase.text);
  if (day && (hasObligation(tokens) || (clause.start === 0 && givesOrder(tokens)))) return 'need';
  return readsEvent(sentence, phrase, clause, tokens, verb) ? 'event' : null;
}

/**
 * An upcoming event of theirs: a thing named beside the date in a clause that says it is so ("our
 * audit starts on 12 January"), not the speaker's plan ("we deploy tonight"), not what goes on now
 * ("people are redeeming them this weekend"), not a list of times or a mail's quote header.
 */
function readsEvent(
  sentence: string,
  phrase: DatePhrase,
  clause: Clause,
  tokens: readonly Token[],
  verb: FiniteVerb | null,
): boolean {
  if (!verb || POSSIBLE.has(verb.lemma) || personActs(tokens)) return false;
  const numbered = /\d/.test(phrase.text);
  if ((!phrase.dayStated && !numbered) || (verb.progressive && !numbered)) return false;
  const span = { from: phrase.index - clause.start, to: phrase.index + phrase.text.length - clause.start };
  // "the January invoice": the date qualifies the noun after it; "our big weekend": a noun itself
  if (tokens.find((t) => t.start >= span.to)?.pos === 'NOUN') return false;
  if (/^\p{L}+$/u.test(phrase.text) && QUALIFIER.has(tokens.findLast((t) => t.end <= span.from)?.pos ?? ''))
    return false;
  const thing = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';
  if (tokens.some((t) => thing(t) && (t.end <= span.from || t.start >= span.to))) return true;
  // "our new portal, which is on 1 December": the thing is named before "which"
  const before = sentence.slice(0, clause.start);
  if (!/\bwhich\s*$/i.test(before)) return false;
  const head = before.replace(/\s*which\s*$/i, '');
  return clauseTokens(clauseAround(head, head.length, head.length).text).some(thing);
}

/**
 * The condition ends before the date: after its own subject, a person of the main clause acts ("if
 * you don't mind I could send it next week"); "if the board is not working when the shift starts
 * at 6pm" stays one condition.
 */
function conditionEnded(text: string): boolean {
  const tokens = clauseTokens(text);
  const subjects = tokens
    .map((t, i) =>
      /^(?:PRON|NOUN|PROPN)$/.test(t.pos) && /^(?:AUX|VERB)$/.test(tokens[i + 1]?.pos ?? '') ? t : null,
    )
    .filter((t) => t !== null);
  const last = subjects.at(-1);
  return subjects.length > 1 && last?.pos === 'PRON' && PERSON.has(last.normal);
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

/** The weekday at `at` follows a capitalised name or adjective ("Good Friday", "Cyber Monday"). */
function namedDay(tokens: readonly Token[], at: number): boolean {
  const day = tokens.findIndex((t) => t.end > at && /day$/i.test(t.text));
  const before = tokens[day - 1];
  return (
    day > 0 && before !== undefined && /^[A-Z]/.test(before.text) && /^(?:PROPN|ADJ|NOUN)$/.test(before.pos)
  );
}
