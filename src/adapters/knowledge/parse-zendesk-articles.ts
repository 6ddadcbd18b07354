/**
 * @module A Zendesk Guide (Help Center API) export: `{"articles": […]}` (list, with `next_page`),
 * `{"article": {…}}`, search `{"results": […]}` of `result_type: "article"`, or a bare array.
 * Drafts are skipped; an article limited to a user segment is internal; labels may name the kind.
 */
import type { KnowledgeArticle } from '../../core/knowledge/article.js';
import { kindFromLabels, makeArticle, stringList } from './article-fields.js';
import { articleHtmlText } from './html-article-text.js';

export interface ExportParse {
  readonly articles: KnowledgeArticle[];
  readonly warnings: string[];
  /** set when the file is not a Zendesk Guide export at all */
  readonly notAnExport?: string;
}

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

function rowsOf(doc: unknown): Row[] | null {
  if (Array.isArray(doc)) return doc.filter(isRow);
  if (!isRow(doc)) return null;
  if (Array.isArray(doc.articles)) return doc.articles.filter(isRow);
  if (isRow(doc.article)) return [doc.article];
  if (Array.isArray(doc.results))
    return doc.results
      .filter(isRow)
      .filter((r) => r.result_type === undefined || r.result_type === 'article');
  return null;
}

/** Reads an export already parsed from JSON; `name` is the file, for warnings and origins. */
export function parseZendeskArticles(name: string, doc: unknown, maxArticles: number): ExportParse {
  const rows = rowsOf(doc);
  if (!rows) {
    const keys = isRow(doc) ? Object.keys(doc).slice(0, 8).join(', ') : typeof doc;
    return {
      articles: [],
      warnings: [],
      notAnExport: `not a Zendesk Guide articles export (found ${keys || 'an empty object'}; expected "articles", "article" or "results")`,
    };
  }
  const articles: KnowledgeArticle[] = [];
  const warnings: string[] = [];
  let drafts = 0;
  for (const [i, row] of rows.entries()) {
    const where = `${name} article ${row.id ?? `#${i + 1}`}`;
    if (row.draft === true) {
      drafts++;
      continue;
    }
    if (typeof row.title !== 'string' || typeof row.body !== 'string') {
      warnings.push(`${where}: no title or body; skipped`);
      continue;
    }
    if (articles.length >= maxArticles) {
      warnings.push(`${name}: more than ${maxArticles} articles; the rest were not read`);
      break;
    }
    const labels = stringList(row.label_names);
    const text = articleHtmlText(row.body);
    if (text.length === 0) {
      warnings.push(`${where}: empty body; skipped`);
      continue;
    }
    const restricted = row.user_segment_id !== undefined && row.user_segment_id !== null;
    articles.push(
      makeArticle({
        id: row.id === undefined ? `${name}#${i + 1}` : `zendesk-${String(row.id)}`,
        title: row.title,
        url: typeof row.html_url === 'string' ? row.html_url : null,
        visibility: restricted || labels.includes('internal') ? 'internal' : null,
        kind: kindFromLabels(labels),
        product: null,
        tags: labels,
        text,
        origin: `${name}#${String(row.id ?? i + 1)}`,
        bytes: JSON.stringify(row),
      }),
    );
  }
  if (drafts > 0) warnings.push(`${name}: ${drafts} draft article${drafts === 1 ? '' : 's'} skipped`);
  return { articles, warnings };
}
