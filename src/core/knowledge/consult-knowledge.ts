/**
 * @module The team's docs consulted for one handoff: rank the articles, turn the chosen ones into
 * evidence, read the signals they set, and describe it all for the packet's `knowledge` section.
 */
import type { Evidence, Source } from '../model/evidence.js';
import type { Facts, KnowledgeSection } from '../model/packet.js';
import { answersHandoff } from './answers-handoff.js';
import type { ConsideredArticle, KnowledgeArticle } from './article.js';
import { articleEvidence } from './article-evidence.js';
import { articleSteps } from './article-steps.js';
import { buildQuery } from './build-query.js';
import { findArticles } from './find-articles.js';
import { type KnowledgeSignals, knowledgeSignals } from './knowledge-signals.js';

/** The most considered articles a packet lists (the rest are counted). */
export const MAX_LISTED = 25;
const MAX_QUERY_WORDS = 40;

/** A chosen article as the renderers use it. */
export interface ChosenArticle {
  readonly article: KnowledgeArticle;
  readonly considered: ConsideredArticle;
  /** the evidence id it is cited by */
  readonly cite: string;
  /** its numbered or bulleted steps, bounded */
  readonly steps: readonly string[];
  /** it matched strongly enough to set a signal */
  readonly strong: boolean;
}

export interface KnowledgeResult {
  readonly section: KnowledgeSection;
  readonly sources: readonly Source[];
  readonly evidence: readonly Evidence[];
  readonly chosen: readonly ChosenArticle[];
  readonly signals: KnowledgeSignals;
}

/** The next free source number after the handoff's own sources. */
export function nextSourceIndex(sources: readonly Source[]): number {
  let max = 0;
  for (const s of sources) {
    const n = Number(/^S(\d+)$/.exec(s.id)?.[1] ?? 0);
    if (n > max) max = n;
  }
  return max + 1;
}

/**
 * Consults `articles` for the handoff described by `facts` and the intake's `evidence`.
 *
 * @example consultKnowledge(articles, extraction.facts, intake.evidence, intake.sources)
 */
export function consultKnowledge(
  articles: readonly KnowledgeArticle[],
  facts: Facts,
  evidence: readonly Evidence[],
  sources: readonly Source[],
): KnowledgeResult {
  const query = buildQuery(facts, evidence);
  const ranked = findArticles(articles, query);
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  const chosenArticles = ranked
    .filter((c) => c.chosen)
    .map((c) => byId.get(c.id))
    .filter((a): a is KnowledgeArticle => a !== undefined);
  const made = articleEvidence(chosenArticles, nextSourceIndex(sources));
  const considered = ranked.map((c): ConsideredArticle => {
    const cite = made.cites.get(c.id);
    if (!cite) return c;
    const answers = answersHandoff(byId.get(c.id) as KnowledgeArticle, facts);
    return answers ? { ...c, why: `${c.why}; ${answers}`, cite, answers } : { ...c, cite };
  });
  const signals = knowledgeSignals(considered);
  const strongIds = new Set(Object.values(signals.cites).flat());
  const chosen = considered
    .filter((c) => c.chosen && c.cite)
    .map((c) => {
      const article = byId.get(c.id) as KnowledgeArticle;
      const cite = c.cite as string;
      return { article, considered: c, cite, steps: articleSteps(article.text), strong: strongIds.has(cite) };
    });
  const listed = considered.filter((c) => c.score > 0);
  const section: KnowledgeSection = {
    searched: byId.size,
    query: [...query.terms]
      .sort((a, b) => (query.weights.get(b) ?? 0) - (query.weights.get(a) ?? 0))
      .slice(0, MAX_QUERY_WORDS)
      .map((t) => query.words.get(t) ?? t),
    considered: listed.slice(0, MAX_LISTED).map((c) => ({
      id: c.id,
      title: c.title,
      url: c.url,
      kind: c.kind,
      visibility: c.visibility,
      score: c.score,
      matchedTerms: [...c.matchedTerms],
      chosen: c.chosen,
      why: c.why,
      ...(c.cite ? { cite: c.cite } : {}),
    })),
    notListed: Math.max(0, listed.length - MAX_LISTED),
  };
  return { section, sources: made.sources, evidence: made.evidence, chosen, signals };
}
