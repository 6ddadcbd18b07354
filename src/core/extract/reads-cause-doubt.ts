/**
 * @module Whether a sentence leaves open what caused something, read from structure: "can't tell
 * whether 3.2 would have accepted it", "not sure the upgrade changed anything", "checking whether
 * this comes from our change or from their update", "could be our release or their SDK".
 */
import { findWord, isDenied } from '../language/polarity.js';
import type { Sentence } from '../language/types.js';

// knowing or showing (lemmas): denied, the speaker does not know ("can't tell", "not sure")
const KNOWING = new Set(['tell', 'prove', 'confirm', 'say', 'determine', 'know', 'sure', 'certain', 'clear']);
// causing (lemmas): what the doubt is about
const CAUSING = new Set([
  'cause',
  'break',
  'change',
  'introduce',
  'due',
  'come',
  'responsible',
  'blame',
  'culprit',
]);

const deniesKnowing = (s: Sentence): boolean => {
  for (let i = findWord(s, KNOWING); i >= 0; i = findWord(s, KNOWING, i + 1)) if (isDenied(s, i)) return true;
  return s.tokens.some((t) => t.normal === 'unclear');
};

// "would have accepted it": a counterfactual about the earlier version is a question of cause
const counterfactual = (s: Sentence): boolean =>
  s.tokens.some((t, i) => t.normal === 'would' && s.tokens[i + 1]?.normal === 'have');

/**
 * True when the sentence names a change (one of `changes`, or a version number such as 4.1) and doubts that it
 * caused the problem: a denied knowing about a cause, or two causes left open ("whether … or …",
 * "could be … or …").
 */
export function readsCauseDoubt(s: Sentence | undefined, changes: ReadonlySet<string>): boolean {
  if (!s) return false;
  const namesChange =
    findWord(s, changes) >= 0 ||
    s.entities.some((e) => e.type === 'version' || (e.type === 'number' && e.text.includes('.')));
  if (!namesChange) return false;
  if (deniesKnowing(s) && (findWord(s, CAUSING) >= 0 || counterfactual(s))) return true;
  const open = s.conditional || s.hedged;
  return open && s.tokens.some((t) => t.normal === 'or');
}
