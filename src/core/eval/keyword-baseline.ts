/**
 * @module Ten-word keyword baselines for the external check: what a trivial rule gets on the same
 * rows, so the classifier's and the pipeline's numbers have something to beat.
 */
import { tokenize } from '../classify/tokenize.js';

/** Ten words in all: the kind whose words occur most wins; ties go bug, feature, question in order. */
export const KIND_KEYWORDS: Readonly<Record<'bug' | 'feature' | 'question', readonly string[]>> = {
  bug: ['bug', 'error', 'crash', 'fails', 'broken'],
  feature: ['feature', 'add', 'support'],
  question: ['how', 'question'],
};

/** Ten words that mark a report as a security one. */
export const SECURITY_KEYWORDS: readonly string[] = [
  'security',
  'vulnerability',
  'xss',
  'csrf',
  'injection',
  'exploit',
  'attack',
  'password',
  'malicious',
  'unauthorized',
];

/** The keyword rule's kind for `text`; with no keyword at all it is a question (kept in support). */
export function keywordKind(text: string): 'bug' | 'feature' | 'question' {
  const tokens = tokenize(text);
  let best: 'bug' | 'feature' | 'question' = 'question';
  let bestCount = 0;
  for (const kind of ['bug', 'feature', 'question'] as const) {
    const words = KIND_KEYWORDS[kind];
    const count = tokens.filter((t) => words.includes(t)).length;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

/** Whether the keyword rule calls `text` a security report. */
export function keywordSecurity(text: string): boolean {
  return tokenize(text).some((t) => SECURITY_KEYWORDS.includes(t));
}
