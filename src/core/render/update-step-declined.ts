/**
 * @module Steps the thread already settled: the customer says they did them ("we uploaded the file
 * by hand with WinSCP") or that they cannot use them (their board "said no", "that route doesn't
 * work for us"). Offering such steps again reads as unread. Read from structure: the nouns the
 * steps and a later statement share, the statement's subject and tense, and its negation.
 */
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';
import type { Said } from './update-material.js';

const THING = new Set(['NOUN', 'PROPN']);
// two things shared ("file", "hand") tie a statement to the steps; one is chance
const MIN_SHARED = 2;
const FIRST_PERSON = new Set(['we', 'i']);
const NEGATION = new Set(['not', "n't", 'never', 'cannot']);
// a word joined by a hyphen ("two-stage", "re-import") names one thing of the steps
const JOINED = /\p{L}+(?:-\p{L}+)+/gu;

/** The stems of a text's nouns and names, and its hyphen-joined words. */
export function thingsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of analyze(text).sentences)
    for (const t of s.tokens) if (THING.has(t.pos) && t.normal.length > 2) out.add(crudeStem(t.normal));
  for (const m of text.matchAll(JOINED)) out.add(m[0].toLowerCase());
  return out;
}

/**
 * "we uploaded the file by hand": a first-person subject before a verb in the past, and that verb is
 * one the steps use ("Upload it with …"); "we switched the template" did some other thing.
 */
function didItThemselves(tokens: readonly Token[], stepWords: ReadonlySet<string>): boolean {
  return tokens.some(
    (t, i) =>
      FIRST_PERSON.has(t.normal) &&
      tokens
        .slice(i + 1, i + 3)
        .some(
          (v) =>
            v.pos === 'VERB' &&
            /ed$/.test(v.normal) &&
            v.lemma !== v.normal &&
            stepWords.has(crudeStem(v.lemma)),
        ),
  );
}

// what may stand between a subject and its negation: "the two-stage route doesn't", "that option is not"
const MAX_SUBJECT = 6;
const SUBJECT_SPAN = new Set(['AUX', 'ADV', 'PART', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * "the two-stage route doesn't work for you": a negation whose subject (the words right before it,
 * with no pronoun or clause break between) names one of the steps' things. "rooms we do not have"
 * or "we haven't changed the settings" negate something else.
 */
function refutes(tokens: readonly Token[], pool: ReadonlySet<string>): boolean {
  return tokens.some((t, k) => {
    if (!NEGATION.has(t.normal)) return false;
    for (let j = k - 1; j >= Math.max(0, k - MAX_SUBJECT); j--) {
      const w = tokens[j];
      if (!w || !(SUBJECT_SPAN.has(w.pos) || w.text === '-')) return false;
      const joined = `${tokens[j - 2]?.normal ?? ''}-${w.normal}`;
      if (pool.has(crudeStem(w.normal)) || (tokens[j - 1]?.text === '-' && pool.has(joined))) return true;
    }
    return false;
  });
}

/**
 * True when a statement (not a question) shares at least two of the steps' things, leaving out the
 * things the problem itself is about, and either the customer says they did it themselves with a
 * verb the steps use, or — after our first public reply — the customer or our side negates a clause
 * whose subject is one of the steps' things ("that route doesn't work for you").
 */
export function declinedSteps(
  steps: readonly string[],
  topic: ReadonlySet<string>,
  customer: readonly Said[],
  ours: readonly Said[],
): boolean {
  const pool = new Set([...steps.flatMap((s) => [...thingsIn(s)])].filter((w) => !topic.has(w)));
  if (pool.size < MIN_SHARED) return false;
  const stepWords = new Set(
    steps.flatMap((s) => analyze(s).sentences.flatMap((x) => x.tokens.map((t) => crudeStem(t.normal)))),
  );
  const firstReply = ours
    .map((o) => o.item.at)
    .filter((a): a is string => typeof a === 'string')
    .sort()[0];
  const after = (s: Said): boolean =>
    firstReply !== undefined && typeof s.item.at === 'string' && s.item.at > firstReply;
  const ties = (s: Said): boolean =>
    !s.text.trim().endsWith('?') && [...thingsIn(s.text)].filter((w) => pool.has(w)).length >= MIN_SHARED;
  const theirs = customer.some((c) => {
    if (!ties(c)) return false;
    const tokens = analyze(c.text).sentences.flatMap((s) => s.tokens);
    return didItThemselves(tokens, stepWords) || (after(c) && refutes(tokens, pool));
  });
  return (
    theirs ||
    ours.some(
      (o) =>
        after(o) &&
        ties(o) &&
        refutes(
          analyze(o.text).sentences.flatMap((s) => s.tokens),
          pool,
        ),
    )
  );
}
