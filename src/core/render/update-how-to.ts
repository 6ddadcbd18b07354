/**
 * @module A "how do we …" / "is there a way to …" question the help article's procedure answers: the
 * steps are the answer, said once. When the update already lists them, the step that does what was
 * asked is pointed to; when it does not (a resolved incident shows no steps), the steps are given.
 */
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import type { Steps } from './update-steps.js';

// asked as a way to do something: "is there a way to …", "can you mark …", "whether we can set …"
const HOW_TO =
  /^(?:whether\s+)?(?:(?:there is|is there) (?:a|any) (?:way|setting|option)\b|how (?:can|do|could|should) (?:we|you|i)\b|(?:(?:we|you|i) can|can (?:we|you|i)) (?:set|change|make|turn|switch|mark|tag|keep|stop|prevent|exclude)\b)/i;
// the frame of a how-to question carries nothing of what it asks
const FRAME = new Set(['way', 'setting', 'option', 'whether', 'there']);
// a step shares at least this many of the question's words to be the one that does it
const MIN_SHARED = 2;

const stems = (text: string): Set<string> =>
  new Set(
    contentWords(text)
      .filter((w) => !FRAME.has(w))
      .map(crudeStem),
  );

/** Whether the question asks how to do something (a way, a setting, can we set …). */
export function asksHowTo(question: string): boolean {
  return HOW_TO.test(question.trim());
}

/** The 1-based number of the listed step that does what the how-to question asks, or null. */
export function stepFor(question: string, steps: Steps): number | null {
  if (!asksHowTo(question)) return null;
  const q = stems(question);
  let best: number | null = null;
  let bestShared = MIN_SHARED - 1;
  for (const [i, step] of steps.steps.entries()) {
    const shared = [...stems(step)].filter((w) => q.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [i + 1, shared];
  }
  return best;
}
