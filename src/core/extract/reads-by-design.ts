/**
 * @module Whether a sentence says that a behaviour is meant to be the way it is, in words the
 * "works as designed" reader (read-assessment.ts) does not take: "the 12-hour limit was a
 * deliberate choice", "the cap is intentional", "we did this on purpose", "it deliberately closes
 * open shifts", "the export was designed that way". Read from the tokens: "deliberate(ly)",
 * "intentional(ly)", "on purpose", or "designed" + "this/that way" or "so", said of the thing
 * (not before a noun it does not describe: "a deliberate attack" stays an attack, read by the
 * caller's filter of who speaks). Never asked, conditional, hedged ("I think it may be intentional")
 * nor denied ("this was not deliberate").
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s"]);
const ARTICLE = new Set(['a', 'an']);
const GUESS = new Set(['think', 'believe', 'guess', 'assume', 'suppose', 'seem']);
// what leaves it open: a modal, a check, a guess
const UNSURE = new Set(
  'should would could may might will shall if whether sure check confirm verify wonder ask seem look appear guess assume think suppose'.split(
    ' ',
  ),
);
// what a deliberate thing can be said to be: a choice, a decision, an ask, a change
const CHOICE = new Set([
  'choice',
  'decision',
  'ask',
  'request',
  'change',
  'design',
  'limit',
  'policy',
  'default',
]);
const WAY = new Set(['this', 'that', 'so']);

const normal = (tokens: readonly Token[], i: number): string => tokens[i]?.normal ?? '';

/** The noun phrase after token i ends in a choice: "a deliberate (lone-worker safety) ask". */
function choiceAfter(t: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < t.length && k <= i + 6; k++) {
    const w = t[k] as Token;
    if (CHOICE.has(w.lemma)) return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'PROPN' && w.normal !== '-') return false;
  }
  return false;
}

/** Index of the word saying the behaviour is meant, or -1. */
function meantAt(s: Sentence): number {
  const t = s.tokens;
  return t.findIndex((k, i) => {
    const before = normal(t, i - 1);
    const next = t[i + 1];
    // "is intentional", "a deliberate choice"; not "Classification = Intentional", "a deliberate attack"
    if (k.normal === 'deliberate' || k.normal === 'intentional')
      return BE.has(before) || (ARTICLE.has(before) && choiceAfter(t, i));
    // "deliberately closes", "was intentionally implemented"; not "intentionally restrictive"
    if (k.normal === 'deliberately' || k.normal === 'intentionally') return next?.pos === 'VERB';
    if (k.normal === 'on' && normal(t, i + 1) === 'purpose') return true;
    // "designed that way", "designed so"; "designed to help" tells a purpose, not a behaviour
    if (k.normal === 'designed')
      return normal(t, i + 1) === 'so' || (WAY.has(normal(t, i + 1)) && normal(t, i + 2) === 'way');
    return false;
  });
}

/** Before token `at`: a modal, a check or a guess ("should … intentionally", "make sure this is intentional", "looks like a deliberate choice"). */
const unsure = (tokens: readonly Token[], at: number): boolean =>
  tokens.slice(0, at).some((t) => UNSURE.has(t.normal) || UNSURE.has(t.lemma)) ||
  tokens.some((t) => GUESS.has(t.lemma)) ||
  // "I deliberately filed a duplicate": the writer's own act, not the product's behaviour; "rather
  // than designed that way" sets it aside
  tokens.slice(0, at).some((t) => t.normal === 'i' || t.normal === 'rather');

/** True when the sentence says the behaviour is deliberate, intentional or designed so. */
export function readsByDesign(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const at = meantAt(s);
  return at >= 0 && !isDenied(s, at) && !unsure(s.tokens, at);
}
