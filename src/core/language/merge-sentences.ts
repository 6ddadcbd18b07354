/** @module Read several analysed sentences as one statement (a ticket field, an account row). */
import { findNegators, isConditional, isHedged, isQuestion } from './read-sentence.js';
import type { Sentence } from './types.js';

/** One sentence spanning all of `sentences`, its text given; null when there is none. */
export function mergeSentences(text: string, sentences: readonly Sentence[]): Sentence | null {
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!first || !last) return null;
  const tokens = sentences.flatMap((s) => s.tokens);
  return {
    text,
    start: first.start,
    end: last.end,
    tokens,
    negators: findNegators(tokens),
    question: isQuestion(text, tokens),
    hedged: isHedged(tokens),
    conditional: isConditional(tokens),
    entities: sentences.flatMap((s) => s.entities),
  };
}
