/**
 * @module What a strongly matching article tells the policy: documented behaviour (a how-to or a
 * documented behaviour page), a known limitation, or a setting on the customer's side. Each signal
 * cites the article's evidence and is traced to the retrieval that found it.
 */
import type { SignalCites, Signals } from '../model/signals.js';
import type { Trace } from '../model/trace.js';
import type { ArticleKind, ConsideredArticle } from './article.js';

/** A chosen article sets a signal only when it matches this many words… */
export const STRONG_MATCHED = 5;
/** …and scores at least this much (minisearch BM25+, query-weighted). */
export const STRONG_SCORE = 400;

type KnowledgeSignal = 'documentedBehavior' | 'knownLimitation' | 'customerSideSetting';

const SIGNAL_OF: Readonly<Record<ArticleKind, KnowledgeSignal | null>> = {
  'how-to': 'documentedBehavior',
  'documented-behaviour': 'documentedBehavior',
  'known-limitation': 'knownLimitation',
  'customer-side-setting': 'customerSideSetting',
  runbook: null,
};

export interface KnowledgeSignals {
  readonly signals: Partial<Pick<Signals, KnowledgeSignal>>;
  readonly cites: SignalCites;
  readonly traces: Partial<Record<keyof Signals, readonly Trace[]>>;
}

/**
 * True when a chosen article matches strongly enough to speak for the case: enough words, a high
 * score, and it answers the handoff (quotes the error shown, or covers the problem statement).
 */
export function isStrongMatch(article: ConsideredArticle): boolean {
  return (
    article.chosen &&
    article.answers !== undefined &&
    article.matchedTerms.length >= STRONG_MATCHED &&
    article.score >= STRONG_SCORE
  );
}

/** The signals the chosen, strongly matching articles set, with cites and traces. */
export function knowledgeSignals(considered: readonly ConsideredArticle[]): KnowledgeSignals {
  const signals: Partial<Record<KnowledgeSignal, boolean>> = {};
  const cites: Partial<Record<KnowledgeSignal, string[]>> = {};
  const traces: Partial<Record<KnowledgeSignal, Trace[]>> = {};
  for (const article of considered) {
    const key = article.kind ? SIGNAL_OF[article.kind] : null;
    if (!key || !article.cite || !isStrongMatch(article)) continue;
    signals[key] = true;
    cites[key] = [...(cites[key] ?? []), article.cite];
    const trace: Trace = {
      mechanism: 'retrieval',
      rule: `knowledge-${article.kind}`,
      score: article.score,
      evidence: article.cite,
      sentence: `${article.title}: ${article.answers}; matched ${article.matchedTerms.join(', ')}`.slice(
        0,
        400,
      ),
    };
    traces[key] = [...(traces[key] ?? []), trace];
  }
  return { signals, cites, traces };
}
