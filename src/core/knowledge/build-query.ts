/**
 * @module What to look for in the team's docs: the handoff's problem, symptoms, error strings,
 * the customer's asks and own report, the ticket subject and the environment, each term weighted
 * by where it came from (the problem and errors count double the customer's running text).
 */
import type { Evidence } from '../model/evidence.js';
import type { Facts } from '../model/packet.js';
import { type Term, termsOf } from './article-terms.js';

export interface KnowledgeQuery {
  /** distinct compared terms, in first-seen order */
  readonly terms: readonly string[];
  /** the weight of each term: the highest of the places it came from */
  readonly weights: ReadonlyMap<string, number>;
  /** for each term, the word as first written, to report matches in words */
  readonly words: ReadonlyMap<string, string>;
}

const STRONG = 2;
const PLAIN = 1;
const MAX_CUSTOMER_CHARS = 6000;
const MAX_QUERY_TERMS = 400;

const valueText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
// a subject field carries its label and ticket number ("Subject: … (ticket #8815)"): not the topic
const subjectText = (text: string): string =>
  text.replace(/^\s*(?:subject|title)\s*:\s*/i, '').replace(/\(\s*ticket\s*#?\d+\s*\)/gi, '');

/**
 * Builds the query from the facts and the customer's public messages.
 *
 * @example buildQuery(extraction.facts, intake.evidence).terms // ['csv', 'import', 'csv-422', …]
 */
export function buildQuery(facts: Facts, evidence: readonly Evidence[]): KnowledgeQuery {
  const strong = [
    facts.problem ? valueText(facts.problem.value) : '',
    ...facts.symptoms.map((s) => valueText(s.value)),
    ...facts.errors.map((e) => valueText(e.value)),
    ...facts.customerAsks.map((a) => valueText(a.value)),
    ...evidence.filter((e) => e.meta?.field === 'subject').map((e) => subjectText(e.text)),
  ];
  const plain = [
    ...facts.environment.map((e) => valueText(e.value)),
    facts.workaround.text ?? '',
    evidence
      .filter((e) => e.visibility === 'public' && e.author?.role === 'customer' && e.meta?.unit !== 'field')
      .map((e) => e.text)
      .join('\n')
      .slice(0, MAX_CUSTOMER_CHARS),
  ];
  const weights = new Map<string, number>();
  const words = new Map<string, string>();
  const add = (terms: readonly Term[], weight: number) => {
    for (const { term, word } of terms) {
      if (!weights.has(term) && weights.size >= MAX_QUERY_TERMS) continue;
      weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      if (!words.has(term)) words.set(term, word);
    }
  };
  add(termsOf(strong.join('\n')), STRONG);
  add(termsOf(plain.join('\n')), PLAIN);
  return { terms: [...weights.keys()], weights, words };
}
