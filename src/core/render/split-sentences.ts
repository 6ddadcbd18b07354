/** @module Sentences of a short text, keeping the exact words (used by the guard and the draft review). */

const MAX_SENTENCES = 2000;

/** Splits on sentence ends and line breaks; each piece is trimmed and non-empty. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, MAX_SENTENCES);
}
