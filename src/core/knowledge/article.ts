/**
 * @module A knowledge article: one help-centre page or internal runbook, as the adapters read it and
 * the core consults it. Public articles may reach the customer; runbooks stay internal.
 */
import { z } from 'zod';

export const ARTICLE_KINDS = [
  'how-to',
  'known-limitation',
  'customer-side-setting',
  'documented-behaviour',
  'runbook',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const KnowledgeArticleSchema = z.object({
  /** stable id: the front matter's `id`, the help centre's article id, or the file's path */
  id: z.string().min(1),
  title: z.string(),
  url: z.string().nullable(),
  /** public = published to customers; internal = runbooks and team-only pages */
  visibility: z.enum(['public', 'internal']),
  kind: z.enum(ARTICLE_KINDS).nullable(),
  product: z.string().nullable(),
  tags: z.array(z.string()),
  /** the body as plain text (Markdown kept as written, HTML converted), bounded by the reader */
  text: z.string(),
  /** where it was read from: the file, or the export and the article inside it */
  origin: z.string(),
  /** sha256 of the bytes it was read from */
  sha256: z.string(),
});
export type KnowledgeArticle = z.infer<typeof KnowledgeArticleSchema>;

/** One article the retrieval looked at, as the packet's `knowledge.considered` lists it. */
export interface ConsideredArticle {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly kind: ArticleKind | null;
  readonly visibility: 'public' | 'internal';
  /** BM25+ score (minisearch), rounded to 3 decimals; 0 when no query term matched */
  readonly score: number;
  /** query words that matched the article, sorted */
  readonly matchedTerms: readonly string[];
  readonly chosen: boolean;
  /** why it was or was not chosen, in words */
  readonly why: string;
  /** the evidence id a chosen article is cited by */
  readonly cite?: string;
  /** how a chosen article answers the handoff (quotes its error, covers its problem), if it does */
  readonly answers?: string;
}
