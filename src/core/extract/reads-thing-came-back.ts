/**
 * @module Whether "came back" / "is back" in a sentence tells of a thing or a person returning, not
 * of the problem recurring, read from the subject of the verb over the language layer's tokens: "the
 * payment came back from the bank", "more than 1,900 came back", "she is back at 2pm", "thanks for
 * coming back so quickly". A problem is back only when its subject names a failure ("the error came
 * back", "the crash is back") or is a bare pronoun that points outside the sentence ("it came back
 * after the restart"); a pronoun after an earlier clause of the same sentence stands for that
 * clause's subject ("the transfer was sent on time and it came back because …").
 */
import type { Sentence, Token } from '../language/types.js';
import { RECURRENCE } from './extract-pattern.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// what a recurring problem is called (lemmas and normal forms): a failure or its symptom
const PROBLEM = set(
  'problem issue bug error failure fault outage downtime crash glitch exception timeout warning symptom spike lag delay freeze hang leak regression duplicate duplicates loop behaviour behavior',
);
// failing verbs that make their noun a symptom: "the failing jobs came back", "the broken layout is back"
const FAILING = set('fail failing failed break broken crash crashing');
// pronouns that stand for something said before
const ANAPHORS = set('it this that they these those');
// what opens a new clause inside a sentence
const BOUNDARY = set('PUNCT CCONJ SCONJ');
const SKIPPED = set('AUX ADV PART');

const isProblem = (t: Token): boolean =>
  PROBLEM.has(t.lemma) || PROBLEM.has(t.normal) || FAILING.has(t.lemma) || FAILING.has(t.normal);

/** Index of the verb of each "come back" / "be back" in the sentence. */
function backVerbs(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.normal !== 'back') return;
    // "came straight back": one adverb may stand between
    const verb = tokens[i - 1]?.pos === 'ADV' && tokens[i - 1]?.normal !== 'back' ? i - 2 : i - 1;
    const v = tokens[verb];
    if (v && (v.lemma === 'come' || v.lemma === 'be')) out.push(verb);
  });
  return out;
}

/** The tokens of the clause before `verb` (its subject and what leads to it), and where it starts. */
function clauseBefore(tokens: readonly Token[], verb: number): { from: number; words: Token[] } {
  let from = verb;
  while (from > 0 && !BOUNDARY.has(tokens[from - 1]?.pos ?? '')) from--;
  return { from, words: tokens.slice(from, verb).filter((t) => !SKIPPED.has(t.pos)) };
}

/** Whether the subject of the verb at `verb` is the problem, or may be (a pronoun with nothing before). */
function problemSubject(tokens: readonly Token[], verb: number): boolean {
  const clause = clauseBefore(tokens, verb);
  if (clause.words.some(isProblem)) return true;
  const named = clause.words.filter((t) => t.pos !== 'PUNCT');
  // "it came back": a pronoun alone points at what was said before
  if (named.length === 1 && ANAPHORS.has(named[0]?.normal ?? '')) {
    // … unless an earlier clause of the sentence names what it stands for
    const earlier = tokens.slice(0, clause.from).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    return earlier.length === 0 || earlier.some(isProblem);
  }
  // no subject at all ("Came back after the restart"): the problem, as the thread speaks of it
  return named.length === 0 && clause.from === 0;
}

/**
 * True when the sentence says something came back or is back, and every such subject is a thing or
 * a person, not the problem: a returned payment, a result, someone returning a call.
 */
export function readsThingCameBack(s: Sentence): boolean {
  const verbs = backVerbs(s.tokens);
  return verbs.length > 0 && verbs.every((v) => !problemSubject(s.tokens, v));
}

/**
 * True when the sentence's only recurrence cue is a "came back" / "is back" whose subject is a thing
 * or a person ("the payment came back"); "it failed again" and "recurring" still speak of the problem.
 */
export function backIsNoRecurrence(s: Sentence): boolean {
  const rest = s.tokens
    .filter((t) => t.normal !== 'back')
    .map((t) => t.text)
    .join(' ');
  return readsThingCameBack(s) && !RECURRENCE.test(rest);
}
