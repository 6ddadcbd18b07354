/**
 * @module Rules with a money threshold, and the sums a thread names, read from structure over the
 * language layer's tokens. "Anything over €50 is a leadership call", "refunds above $200 need a
 * manager": the subject is a generic (a quantifier, or a bare plural) limited by a threshold
 * preposition and a sum, so the sentence states when a rule applies, not that this case meets it.
 * Whether it does is for the sums the case's own amends name ("Refunded the €15 fee", "we want a
 * €300 credit") to say.
 */
import type { Sentence, Token } from '../language/types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// a generic subject: "anything", "any refund", "all credits", "whatever"
const GENERIC = set('anything everything any all whatever each every');
// threshold prepositions (normal forms); "more than" and "greater than" are read as two words
const OVER = set('over above beyond exceeding');
const COMPARATIVE = set('more greater higher larger');
/** Currency signs written before a sum. */
export const CURRENCY: ReadonlySet<string> = set('$ £ € ¥');

/** A sum of money: its value and the index of its first token. */
export interface Sum {
  readonly value: number;
  readonly at: number;
}

const numberOf = (text: string): number => Number(text.split(',').join(''));

/** The sums of money the sentence names, by a currency sign before a number ("€50", "£ 1,200"). */
export function sumsIn(s: Sentence): Sum[] {
  const out: Sum[] = [];
  s.tokens.forEach((t, i) => {
    const next = s.tokens[i + 1];
    if (!CURRENCY.has(t.text) || next?.pos !== 'NUM') return;
    const value = numberOf(next.text);
    if (Number.isFinite(value)) out.push({ value, at: i });
  });
  return out;
}

/** Where the threshold word at `i` leads to a sum: "over €50", "more than $200"; -1 when none. */
function thresholdSum(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  let k = -1;
  if (OVER.has(t.normal)) k = i + 1;
  else if (COMPARATIVE.has(t.normal) && tokens[i + 1]?.normal === 'than') k = i + 2;
  return k >= 0 && CURRENCY.has(tokens[k]?.text ?? '') && tokens[k + 1]?.pos === 'NUM' ? k : -1;
}

/** Whether the words before the threshold at `i` make a generic subject: "anything", "any refunds". */
function genericSubject(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(0, i).filter((t) => t.pos !== 'PUNCT');
  // the subject starts the sentence: at most a quantifier and two nouns
  if (before.length === 0 || before.length > 3) return false;
  if (before.some((t) => GENERIC.has(t.normal))) return true;
  // a bare plural: "refunds over €50", "credits above $100"
  return (
    before.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') &&
    (before.at(-1)?.normal.endsWith('s') ?? false)
  );
}

/**
 * The threshold of a rule the sentence states ("anything over €50 is a leadership call" → 50), or
 * null when it states none: the threshold must limit a generic subject before the sentence's verb.
 */
export function thresholdRule(s: Sentence): number | null {
  const tokens = s.tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  for (let i = 0; i < tokens.length && (verb < 0 || i < verb); i++) {
    const k = thresholdSum(tokens, i);
    if (k < 0 || !genericSubject(tokens, i)) continue;
    const value = numberOf(tokens[k + 1]?.text ?? '');
    return Number.isFinite(value) ? value : null;
  }
  return null;
}
