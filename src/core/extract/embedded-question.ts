/**
 * @module The question a sentence carries inside it, read from its structure: a verb of knowing or
 * checking that is wanted, needed, under way or negated ("want to know", "need to find out",
 * "wondering", "don't know yet", "not clear yet"), followed by a wh-word, "whether" or "if" and its
 * clause: "I want to know how many stores still run the old build" → "How many stores still run the
 * old build?".
 */
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';
import { directQuestion } from './direct-question.js';

// verbs whose object is a piece of knowledge
const KNOWING = new Set(
  'know check find confirm verify see understand figure wonder learn clarify determine establish tell'.split(
    ' ',
  ),
);
// what makes an infinitive of knowing an open question: the writer needs it
const WANTING = new Set(['want', 'need', 'like', 'have', 'try']);
// adjectives of knowing, and the ones that already deny it
const CLEAR = new Set(['clear', 'sure', 'certain', 'known', 'obvious']);
const UNCLEAR = new Set(['unclear', 'unsure', 'uncertain', 'unknown']);
const WH = new Set(['whether', 'if', 'how', 'what', 'which', 'who', 'when', 'where', 'why']);
// words that may stand between the verb and its clause: "find out", "know yet", "check first"
const BETWEEN = new Set(['out', 'yet', 'still', 'first', 'exactly', 'really', 'now']);
// a new clause starts with its subject ("before we refund", "and I won't guess"): the question ends there
const CLAUSE_START = new Set([
  'before',
  'because',
  'until',
  'unless',
  'so',
  'once',
  'since',
  'while',
  'and',
  'or',
]);
const ends = (tokens: readonly Token[], k: number): boolean => {
  const x = tokens[k] as Token;
  const next = tokens[k + 1];
  if (x.normal === 'but') return true;
  if (CLAUSE_START.has(x.normal)) return next?.pos === 'PRON' && next.normal !== 'it';
  // "double-charged", "a/b": punctuation inside a word goes on
  const glued = tokens[k - 1]?.end === x.start && next?.start === x.end;
  // a bracketed aside ("(Nov 10)") belongs to the clause
  return x.pos === 'PUNCT' && !glued && x.text !== '(' && x.text !== ')';
};

// the knowing is sought, not had: negated, an infinitive, or a verb in -ing
function sought(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (UNCLEAR.has(t.normal)) return true;
  const negated =
    t.negated || tokens.slice(Math.max(0, i - 3), i).some((x) => x.normal === 'not' || x.normal === 'no');
  if (CLEAR.has(t.normal)) return negated;
  if (t.pos !== 'VERB' || !KNOWING.has(t.lemma)) return false;
  if (negated) return true;
  // "want to know", "need to find out": an infinitive someone needs, not one of purpose ("to see if")
  if (tokens[i - 1]?.normal === 'to') return WANTING.has(tokens[i - 2]?.lemma ?? '');
  // "wondering if", "checking whether" — not "by checking whether"
  return t.normal.endsWith('ing') && tokens[i - 1]?.pos !== 'ADP';
}

/**
 * The direct question embedded in `s` ("need to find out whether X" → "X?"), or null; `name` may
 * spell out what the clause's pronouns stand for before it is turned round.
 */
export function embeddedQuestion(s: Sentence, name: (clause: string) => string = (c) => c): string | null {
  // every question read here opens at a WH word after the knowing
  if (!holdsAny(s, WH)) return null;
  const tokens = s.tokens;
  for (const [i, t] of tokens.entries()) {
    if (!sought(tokens, i)) continue;
    let w = i + 1;
    while (w < tokens.length && BETWEEN.has((tokens[w] as Token).normal)) w++;
    const wh = tokens[w];
    if (!wh || !WH.has(wh.normal) || wh.normal === 'why' || wh.normal === 'where') continue;
    let end = w + 1;
    while (end < tokens.length && !ends(tokens, end)) end++;
    const last = tokens[end - 1] as Token;
    // a clause cut short ("… in the", code left out) asks nothing whole
    if (last.pos === 'DET' || last.pos === 'ADP' || last.pos === 'CCONJ') continue;
    const clause = s.text.slice(wh.start - s.start, last.end - s.start);
    const question = directQuestion(name(clause));
    if (question) return question;
  }
  return null;
}
