/**
 * @module The customer's own explanation, not said back as the question: "whether that is just a
 * display glitch" or "whether our update broke it" would hand their guess back to them while the
 * packet may say otherwise. Such a yes/no question is named by its topic ("what that means").
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';
import { NEXT_QUESTION } from './question-phrasing.js';

// a word that makes the complement small: "just a glitch", "only a cache issue", "probably the proxy"
const MINIMISERS = new Set(['just', 'only', 'merely', 'simply', 'probably']);
const COPULA = new Set(['is', 'are', 'was', 'were']);
const NP_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
// what a change of ours did, in the customer's blame: "did our update break it", "has our release caused this"
const BLAME = new Set(['break', 'cause', 'corrupt', 'ruin', 'trigger']);
const CHANGE = new Set([
  'update',
  'release',
  'change',
  'deploy',
  'deployment',
  'upgrade',
  'migration',
  'version',
  'patch',
]);
const DEMONSTRATIVE = new Set(['this', 'that', 'it', 'these', 'those', 'they']);

/** "what that means", "what this means for the export": the subject as the topic. */
function meaningOf(words: string): string {
  const w = words.trim();
  return DEMONSTRATIVE.has(w.toLowerCase()) ? `what ${w.toLowerCase()} means` : `what this means for ${w}`;
}

/** "is that just a display glitch" → "what that means"; null when it is not such a question. */
function minimised(text: string, tokens: readonly Token[]): string | null {
  const reported = tokens[0]?.normal === 'whether';
  const m = tokens.findIndex((t, i) => i > 1 && MINIMISERS.has(t.normal));
  // "is that just …" asks; "whether that is just …" reports: the copula opens or ends the subject
  const direct = !reported && COPULA.has(tokens[0]?.normal ?? '');
  if (!direct && !(reported && COPULA.has(tokens[m - 1]?.normal ?? ''))) return null;
  const [from, to] = direct ? [1, m - 1] : [1, m - 2];
  const next = tokens[m + 1];
  if (m < 0 || !next || !NP_START.has(next.pos)) return null;
  // the minimised phrase is the complement: nothing but the noun phrase after it
  const rest = tokens.slice(m + 1).filter((t) => t.pos !== 'PUNCT');
  // "a caching hiccup": a participle before a noun describes it
  const inPhrase = (t: Token, k: number): boolean =>
    NP_START.has(t.pos) ||
    t.pos === 'ADP' ||
    t.pos === 'NUM' ||
    (t.pos === 'VERB' && ['NOUN', 'PROPN'].includes(rest[k + 1]?.pos ?? ''));
  if (!rest.every(inPhrase)) return null;
  // a label is a noun phrase ("a display glitch"), not a state ("only available for admins")
  const adp = rest.findIndex((t) => t.pos === 'ADP');
  const head = adp < 0 ? rest : rest.slice(0, adp);
  if (!['NOUN', 'PROPN'].includes(head.at(-1)?.pos ?? '')) return null;
  if (to < from) return null;
  return meaningOf(text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0));
}

/** "did our update break the export" → "what happened to the export"; "… break it" → "what caused this". */
function blamed(text: string, tokens: readonly Token[]): string | null {
  const start = tokens[0]?.normal === 'whether' ? 1 : 0;
  if (tokens[start]?.pos !== 'AUX' && start === 0) return null;
  const verb = tokens.findIndex((t, i) => i > start && t.pos === 'VERB' && BLAME.has(t.lemma));
  if (verb < 0 || tokens[verb]?.negated) return null;
  const subject = tokens.slice(start, verb);
  if (!subject.some((t) => t.normal === 'our') || !subject.some((t) => CHANGE.has(t.lemma))) return null;
  const object = text
    .slice(tokens[verb + 1]?.start ?? text.length)
    .replace(/[?.\s]+$/, '')
    .trim();
  return !object || DEMONSTRATIVE.has(object.toLowerCase())
    ? 'what caused this'
    : `what happened to ${object}`;
}

/** One phrased question (in our voice), each of its parts that states the customer's own label named by topic. */
export function withoutOwnLabel(phrased: string): string {
  const pieces = phrased.split(NEXT_QUESTION);
  let changed = false;
  const out = pieces.map((piece, k) => {
    if (k % 2 === 1) return piece;
    const body = piece.replace(/[?\s]+$/, '');
    const tokens = analyze(body).sentences[0]?.tokens ?? [];
    const topical = minimised(body, tokens) ?? blamed(body, tokens);
    if (!topical) return piece;
    changed = true;
    return k === 0 ? topical.charAt(0).toUpperCase() + topical.slice(1) : topical;
  });
  if (!changed) return phrased;
  // the named topic is reported, not asked: no question mark is left to turn
  return out.join('').replace(/\?\s*$/, '');
}
