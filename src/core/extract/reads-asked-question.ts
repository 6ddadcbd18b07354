/**
 * @module Whether a sentence puts a question indirectly, read from structure over the language
 * layer's tokens: a verb of asking or wondering, or a want or need to know, followed in its clause by
 * a wh-word, "if" or "whether" ("my manager asks which invoices went out", "we wonder whether the
 * rows can be restored", "he wants to know when it ships"). Never a denied knowing ("we don't know
 * why it failed"), which reports a gap, not a question put to us.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const ASKING = new Set(['ask', 'wonder', 'inquire', 'enquire']);
// "want to know", "need to know", "would like to know"
const WANTING = new Set(['want', 'need', 'like']);
const WH = new Set(['what', 'which', 'when', 'whether', 'if', 'how', 'who', 'why', 'where']);
// how far the wh-word may sit after the verb: "asks me which", "asked us yesterday whether"
const REACH = 4;

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

function askingAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (has(t, ASKING) && t?.pos === 'VERB') return true;
  return t?.lemma === 'know' && tokens[i - 1]?.normal === 'to' && has(tokens[i - 2], WANTING);
}

/** True when the sentence passes on or puts a question without a question mark. */
export function readsAskedQuestion(s: Sentence): boolean {
  const tokens = s.tokens;
  return tokens.some((_, i) => {
    if (!askingAt(tokens, i) || isDenied(s, i)) return false;
    for (let k = i + 1; k <= i + REACH && k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.pos === 'PUNCT') return false;
      if (has(t, WH)) return true;
    }
    return false;
  });
}
