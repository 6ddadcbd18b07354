/**
 * @module Chosen articles as sources and evidence of their own kind (`other` / `knowledge-article`
 * or `knowledge-runbook`), numbered after the handoff's sources, so claims and rules can cite them.
 * A public article is public evidence; a runbook or internal page is internal.
 */
import type { Evidence, Source } from '../model/evidence.js';
import type { KnowledgeArticle } from './article.js';

/** The most of an article's text a packet carries. */
export const MAX_ARTICLE_EVIDENCE_CHARS = 12_000;
/** The locator of an article's one evidence item: `S14:kb`. */
export const ARTICLE_LOCATOR = 'kb';

export interface ArticleEvidence {
  readonly sources: readonly Source[];
  readonly evidence: readonly Evidence[];
  /** article id → the evidence id that cites it */
  readonly cites: ReadonlyMap<string, string>;
}

/** Sources and evidence for `articles`, numbered from `S<firstIndex>`. */
export function articleEvidence(articles: readonly KnowledgeArticle[], firstIndex: number): ArticleEvidence {
  const sources: Source[] = [];
  const evidence: Evidence[] = [];
  const cites = new Map<string, string>();
  articles.forEach((article, i) => {
    const id = `S${firstIndex + i}`;
    const body =
      article.text.length > MAX_ARTICLE_EVIDENCE_CHARS
        ? `${article.text.slice(0, MAX_ARTICLE_EVIDENCE_CHARS)}…`
        : article.text;
    sources.push({
      id,
      name: article.origin,
      kind: 'other',
      format: article.visibility === 'internal' ? 'knowledge-runbook' : 'knowledge-article',
      sha256: article.sha256,
      items: 1,
      warnings: [],
      status: 'parsed',
    });
    const text = [article.title, body, article.url ?? ''].filter((t) => t.trim().length > 0).join('\n\n');
    evidence.push({
      id: `${id}:${ARTICLE_LOCATOR}`,
      source: id,
      at: null,
      author: null,
      visibility: article.visibility,
      text,
    });
    cites.set(article.id, `${id}:${ARTICLE_LOCATOR}`);
  });
  return { sources, evidence, cites };
}
