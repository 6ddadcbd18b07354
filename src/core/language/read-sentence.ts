/** @module Sentence-level readings over tokens: negators, questions, hedges, conditions. */
import type { Token } from './types.js';

// the words that say no; wink-nlp marks the scope that follows them
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);
// a speaker not committing: modal verbs and a few stance words (lemmas)
const HEDGES = new Set([
  'might',
  'may',
  'could',
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'likely',
  'unlikely',
  'seem',
  'suspect',
  'guess',
  'assume',
  'wonder',
  'supposedly',
  'apparently',
  'reportedly',
]);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const WH = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whom', 'whose']);

/** Indexes of the negating tokens. */
export function findNegators(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (NEGATORS.has(t.normal)) out.push(i);
  });
  return out;
}

/** Ends with a question mark, or opens like one (auxiliary or wh-word first) with no full stop. */
export function isQuestion(text: string, tokens: readonly Token[]): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith('?')) return true;
  if (/[.!]$/.test(trimmed)) return false;
  const first = tokens.find((t) => t.kind === 'word' && !t.text.startsWith('@'));
  if (!first) return false;
  return (first.pos === 'AUX' && tokens.length > 2) || (WH.has(first.normal) && tokens.length > 3);
}

/** A modal or hedge word; never a name spelled the same ("in May", "since May 3"). */
export function isHedgeWord(t: Token): boolean {
  if (!HEDGES.has(t.lemma) && !HEDGES.has(t.normal)) return false;
  const name = t.pos === 'PROPN' || (t.pos === 'NOUN' && /^[A-Z]/.test(t.text));
  return !name;
}

/** A modal or hedge word outside a negation ("could be the cache", "probably the proxy"). */
export function isHedged(tokens: readonly Token[]): boolean {
  return tokens.some(isHedgeWord);
}

/** A subordinating condition ("if", "unless", "whether"). */
export function isConditional(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CONDITIONS.has(t.normal));
}
