/**
 * @module Reads a team's knowledge: folders of Markdown and HTML articles, zips of them, and Zendesk
 * Guide article exports (JSON). Sizes and counts are bounded; a file that cannot be read is a
 * warning naming it and the reason, never a crash; drafts are skipped.
 */
import { lstat } from 'node:fs/promises';
import { SpineError } from '../../core/errors.js';
import type { KnowledgeArticle } from '../../core/knowledge/article.js';
import { formatBytes } from '../files/limits.js';
import { readPaths } from '../files/read-paths.js';
import { parseHtmlArticle } from './parse-html-article.js';
import { type ArticleParse, parseMarkdownArticle } from './parse-markdown-article.js';
import { parseZendeskArticles } from './parse-zendesk-articles.js';

export interface KnowledgeLimits {
  /** most files read from all knowledge paths */
  readonly maxFiles: number;
  /** largest Markdown or HTML article file */
  readonly maxArticleBytes: number;
  /** largest help-centre export (JSON) or zip */
  readonly maxExportBytes: number;
  /** most articles kept in all */
  readonly maxArticles: number;
}

export const DEFAULT_KNOWLEDGE_LIMITS: KnowledgeLimits = {
  maxFiles: 5000,
  maxArticleBytes: 1024 * 1024,
  maxExportBytes: 50 * 1024 * 1024,
  maxArticles: 10_000,
};

export interface KnowledgeRead {
  readonly articles: KnowledgeArticle[];
  /** one line per file or article that was not read, naming it and why */
  readonly warnings: string[];
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const HTML = /\.html?$/i;
const JSON_FILE = /\.json$/i;

/** Reads every path (folder, zip, .md, .html or Zendesk .json) into articles, in a stable order. */
export async function readKnowledge(
  paths: readonly string[],
  limits: Partial<KnowledgeLimits> = {},
): Promise<KnowledgeRead> {
  const bound = { ...DEFAULT_KNOWLEDGE_LIMITS, ...limits };
  for (const path of paths) {
    try {
      await lstat(path);
    } catch {
      throw new SpineError('SPINE_ERR_INTAKE_NOT_FOUND', `knowledge ${path}`);
    }
  }
  const read = await readPaths(paths, {
    maxFiles: bound.maxFiles,
    maxFileBytes: bound.maxExportBytes,
    maxTotalBytes: bound.maxExportBytes * 4,
  });
  const warnings = [
    ...read.warnings.map((w) => `knowledge: ${w.replace(/^handoff: /, '')}`),
    ...read.rejected.map((r) => `knowledge ${r.name}: ${r.reason}`),
  ];
  const articles: KnowledgeArticle[] = [];
  const seen = new Set<string>();
  const keep = (article: KnowledgeArticle) => {
    if (seen.has(article.id)) {
      warnings.push(`knowledge ${article.origin}: article id "${article.id}" already read; skipped`);
      return;
    }
    if (articles.length >= bound.maxArticles) {
      warnings.push(`knowledge ${article.origin}: more than ${bound.maxArticles} articles; not read`);
      return;
    }
    seen.add(article.id);
    articles.push(article);
  };
  for (const file of read.files) {
    const size = file.bytes.length;
    if (MARKDOWN.test(file.name) || HTML.test(file.name)) {
      if (size > bound.maxArticleBytes) {
        warnings.push(
          `knowledge ${file.name}: larger than the ${formatBytes(bound.maxArticleBytes)} article limit (${formatBytes(size)}); not read`,
        );
        continue;
      }
      const parsed: ArticleParse = MARKDOWN.test(file.name)
        ? parseMarkdownArticle(file.name, file.bytes)
        : parseHtmlArticle(file.name, file.bytes);
      if (parsed.ok) keep(parsed.article);
      else warnings.push(`knowledge ${file.name}: ${parsed.reason}; not read`);
    } else if (JSON_FILE.test(file.name)) {
      let doc: unknown;
      try {
        doc = JSON.parse(new TextDecoder('utf-8').decode(file.bytes));
      } catch (error) {
        warnings.push(
          `knowledge ${file.name}: not valid JSON (${error instanceof Error ? error.message : String(error)}); not read`,
        );
        continue;
      }
      const parsed = parseZendeskArticles(file.name, doc, bound.maxArticles);
      if (parsed.notAnExport) warnings.push(`knowledge ${file.name}: ${parsed.notAnExport}; not read`);
      warnings.push(...parsed.warnings.map((w) => `knowledge ${w}`));
      for (const article of parsed.articles) keep(article);
    } else {
      warnings.push(
        `knowledge ${file.name}: not an article (expected .md, .html or a Zendesk Guide .json); not read`,
      );
    }
  }
  return { articles, warnings };
}
