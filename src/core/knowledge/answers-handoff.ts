/**
 * @module Whether an article answers the handoff rather than merely sharing its words: it quotes an
 * error the customer saw, or (with no error in the handoff) covers most of the problem statement.
 * Only an article that answers may set a signal; a related page stays context.
 */
import type { Facts } from '../model/packet.js';
import type { KnowledgeArticle } from './article.js';
import { termsOf } from './article-terms.js';

/** Share of the problem statement's terms an article must hold when the handoff shows no error. */
export const PROBLEM_COVERAGE = 0.6;
const MIN_ERROR_CHARS = 4;

const valueText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What the article answers, in words ("quotes the error "CSV-422"", "covers 4 of 5 words of the
 * problem"), or null when it does not answer the handoff.
 */
export function answersHandoff(article: KnowledgeArticle, facts: Facts): string | null {
  const body = `${article.title}\n${article.text}`.toLowerCase();
  const errors = facts.errors
    .map((e) => valueText(e.value).trim())
    .filter((e) => e.length >= MIN_ERROR_CHARS);
  if (errors.length > 0) {
    const quoted = errors.find((e) => body.includes(e.toLowerCase()));
    return quoted ? `quotes the error "${quoted}"` : null;
  }
  if (!facts.problem) return null;
  const wanted = [...new Set(termsOf(valueText(facts.problem.value)).map((t) => t.term))];
  if (wanted.length < 2) return null;
  const have = new Set(
    termsOf(`${body}\n${article.tags.join(' ')}\n${article.product ?? ''}`).map((t) => t.term),
  );
  const covered = wanted.filter((t) => have.has(t)).length;
  return covered / wanted.length >= PROBLEM_COVERAGE
    ? `covers ${covered} of ${wanted.length} words of the problem`
    : null;
}
