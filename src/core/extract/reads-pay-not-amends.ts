/**
 * @module Whether a sentence's compensation words mean amends (a credit, refund or goodwill asked of
 * us or offered by us) or something else. A word inside a URL, a path or a field name
 * ("…/people/42/compensation", "compensation.baseSalary", POST /v1/refunds) names data. And
 * "compensation" is as often pay as amends ("the org chart shows everyone's compensation"): it
 * means amends only in an amends frame — the object of asking, owing or giving ("we expect
 * compensation", "what compensation can you offer", "entitled to compensation") or compensation
 * *for* something ("compensation for the lost day"). Other words of the cue (refund, credit, free
 * month) keep their meaning.
 */
import type { Sentence, Token } from '../language/types.js';

// verbs by which amends are asked, owed, offered or talked about
const AMENDS_VERBS = new Set(
  'want expect demand request ask seek claim deserve owe offer give grant provide discuss approve agree propose promise entitle receive mention consider'.split(
    ' ',
  ),
);
// words that end the clause the frame is looked for in
const CLAUSE = new Set([',', ';', ':', '.', '(', ')', 'if', 'because', 'while', 'but', 'and']);
// characters that join the words of a path or a field name
const JOINERS = ['/', '.', '_', '='];
const joined = (text: string): boolean => JOINERS.some((c) => text.includes(c));
const REACH = 5;

// the noun "compensation" with an amends verb near it in its clause, or "for" right after it
function inAmendsFrame(s: Sentence, i: number): boolean {
  const t = s.tokens;
  if (t[i + 1]?.normal === 'for') return true;
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; j >= 0 && j < t.length && n < REACH; j += step, n++) {
      const w = t[j] as Token;
      if (CLAUSE.has(w.normal)) break;
      if (AMENDS_VERBS.has(w.lemma) && (w.pos === 'VERB' || w.pos === 'ADJ')) return true;
    }
  }
  return false;
}

/** Whether the compensation word at token `i` means amends. */
function meansAmends(s: Sentence, i: number): boolean {
  const token = s.tokens[i] as Token;
  // "…/people/42/compensation", "compensation.baseSalary", an e-mail: a name in data
  if (token.kind === 'url' || token.kind === 'email' || joined(token.text)) return false;
  // … or split into tokens: "/v2/refunds", "salary.compensation"
  const prev = s.tokens[i - 1];
  const next = s.tokens[i + 1];
  const glued = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && a.end === b.start;
  if (glued(prev, token) && joined(prev?.text ?? '')) return false;
  if (glued(token, next) && glued(next, s.tokens[i + 2]) && joined(next?.text ?? '')) return false;
  if (!token.lemma.startsWith('compensation')) return true;
  return inAmendsFrame(s, i);
}

/** True when `cue` matches in the sentence and no match means amends. */
export function readsPayNotAmends(s: Sentence, cue: RegExp): boolean {
  const global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  let seen = false;
  let from = 0;
  for (const m of s.text.matchAll(global)) {
    seen = true;
    // the match's first word, found among the tokens in order (inside a URL token too)
    const word = m[0].toLowerCase().split(' ')[0] ?? '';
    const i = s.tokens.findIndex((t, k) => k >= from && t.normal.includes(word));
    if (i < 0 || meansAmends(s, i)) return false;
    from = i + 1;
  }
  return seen;
}
