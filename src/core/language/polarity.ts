/** @module Whether a sentence says no to a word: negation scope, a negator before it, or "ruled out". */
import type { Sentence, Token } from './types.js';

// words that reject what follows them in the clause: "ruled out the deploy", "excluded the proxy",
// "unrelated to the update", "predates the upgrade"
const REJECTING = new Set(['rule', 'exclude', 'eliminate', 'disprove', 'refute', 'unrelated', 'predate']);
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);
// punctuation and subordinators open a new clause: "not say Q1 until eng sizes it" denies no "eng"
const CLAUSE_END = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  'until',
  'when',
  'before',
  'after',
  'because',
  'if',
  'unless',
  'since',
  'while',
  'once',
  'but',
]);
// how far back a negator reaches inside its clause: "you don't need to change anything in your DNS"
const REACH = 8;

function rejects(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NEGATORS.has(t.normal)) return true;
  // "rule out", "ruled out"; "excluded" alone
  return REJECTING.has(t.lemma) && (t.lemma !== 'rule' || tokens[i + 1]?.normal === 'out');
}

/**
 * True when the sentence denies token `index`: a negator (wink-nlp expands "n't" to "not") or a
 * rejecting verb comes at most five tokens before it in the same clause ("isn't a bug", "Nothing to
 * escalate", "ruled out the deploy"). wink's own scope runs to the next punctuation, too far for
 * "we'd rather not say Q1 until eng sizes it".
 */
export function isDenied(sentence: Sentence, index: number): boolean {
  const tokens = sentence.tokens;
  for (let i = index - 1; i >= 0 && i >= index - REACH; i--) {
    const t = tokens[i];
    if (!t || CLAUSE_END.has(t.normal)) return false;
    if (rejects(tokens, i)) return true;
  }
  return false;
}

/** Index of the first token whose lemma or normal form is in `words`, from `from`; -1 when none. */
export function findWord(sentence: Sentence, words: ReadonlySet<string>, from = 0): number {
  const tokens = sentence.tokens;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && (words.has(t.lemma) || words.has(t.normal))) return i;
  }
  return -1;
}
