/**
 * @module Which of the team's articles fit the handoff: BM25+ ranking by minisearch over title, tags
 * and body, then the best few kept (relative to the top score, above an absolute floor, at most
 * three). Every article is listed with its score and matched words, chosen or not.
 */
import MiniSearch from 'minisearch';
import type { ConsideredArticle, KnowledgeArticle } from './article.js';
import { termList } from './article-terms.js';
import type { KnowledgeQuery } from './build-query.js';

/** At most this many articles are chosen. */
export const MAX_CHOSEN = 3;
/** A chosen article scores at least this share of the top score. */
export const RELATIVE_FLOOR = 0.5;
/** …and at least this much: below it a match is a few common words, not a topic. */
export const SCORE_FLOOR = 100;
/** …and matches at least this many distinct query words. */
export const MIN_MATCHED = 3;

interface Doc {
  readonly id: string;
  readonly title: string;
  readonly tags: string;
  readonly text: string;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
const compareId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function whyNot(
  rank: number,
  alreadyChosen: number,
  score: number,
  top: number,
  matched: number,
): string | null {
  if (score === 0) return 'no query word matched';
  if (matched < MIN_MATCHED)
    return `matched ${matched} word${matched === 1 ? '' : 's'}, fewer than ${MIN_MATCHED}`;
  if (score < SCORE_FLOOR) return `score below the floor of ${SCORE_FLOOR}`;
  if (score < top * RELATIVE_FLOOR) return `score below half the top score (${round(top)})`;
  if (alreadyChosen >= MAX_CHOSEN) return `ranked ${rank + 1}; at most ${MAX_CHOSEN} are chosen`;
  return null;
}

/**
 * Ranks every article against the query. Deterministic: ties break on the article id.
 *
 * @example findArticles(articles, buildQuery(facts, evidence)).filter((a) => a.chosen)
 */
export function findArticles(
  articles: readonly KnowledgeArticle[],
  query: KnowledgeQuery,
): ConsideredArticle[] {
  if (articles.length === 0) return [];
  const index = new MiniSearch<Doc>({
    fields: ['title', 'tags', 'text'],
    idField: 'id',
    tokenize: (text) => termList(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
  });
  const byId = new Map<string, KnowledgeArticle>();
  for (const a of articles) {
    if (byId.has(a.id)) continue;
    byId.set(a.id, a);
    index.add({ id: a.id, title: a.title, tags: [a.product ?? '', ...a.tags].join(' '), text: a.text });
  }
  const hits = new Map<string, { score: number; matched: string[] }>();
  if (query.terms.length > 0) {
    const results = index.search(query.terms.join(' '), {
      boost: { title: 2, tags: 1.5, text: 1 },
      boostTerm: (term) => query.weights.get(term) ?? 1,
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
    });
    for (const r of results) {
      const matched = [...new Set(r.queryTerms.map((t) => query.words.get(t) ?? t))].sort(compareId);
      hits.set(String(r.id), { score: round(r.score), matched });
    }
  }
  const ranked = [...byId.values()]
    .map((a) => ({ a, hit: hits.get(a.id) ?? { score: 0, matched: [] } }))
    .sort((x, y) => y.hit.score - x.hit.score || compareId(x.a.id, y.a.id));
  const top = ranked[0]?.hit.score ?? 0;
  let chosenCount = 0;
  return ranked.map(({ a, hit }, rank) => {
    const reason = whyNot(rank, chosenCount, hit.score, top, hit.matched.length);
    const chosen = reason === null;
    if (chosen) chosenCount += 1;
    const why = chosen
      ? `${rank === 0 ? 'best match' : `score ${Math.round((hit.score / top) * 100)}% of the best`}; matched ${hit.matched.slice(0, 8).join(', ')}${hit.matched.length > 8 ? ` and ${hit.matched.length - 8} more` : ''}`
      : (reason ?? '');
    return {
      id: a.id,
      title: a.title,
      url: a.url,
      kind: a.kind,
      visibility: a.visibility,
      score: hit.score,
      matchedTerms: hit.matched,
      chosen,
      why,
    };
  });
}
