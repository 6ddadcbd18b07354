/**
 * @module Shared reading of article metadata: kind and visibility from front matter or labels,
 * text bounded, and an article assembled with its id and hash.
 */

import { ARTICLE_KINDS, type ArticleKind, type KnowledgeArticle } from '../../core/knowledge/article.js';
import { sha256Hex } from '../../core/sha256.js';

/** The most text kept from one article's body. */
export const MAX_ARTICLE_CHARS = 100_000;

const KIND_ALIASES: Readonly<Record<string, ArticleKind>> = {
  howto: 'how-to',
  'how-to': 'how-to',
  'known-limitation': 'known-limitation',
  limitation: 'known-limitation',
  'customer-side-setting': 'customer-side-setting',
  'customer-setting': 'customer-side-setting',
  'documented-behaviour': 'documented-behaviour',
  'documented-behavior': 'documented-behaviour',
  runbook: 'runbook',
};

/** An article kind from a written value ("known limitation", "How-To"), or null. */
export function kindFrom(value: unknown): ArticleKind | null {
  if (typeof value !== 'string') return null;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (
    KIND_ALIASES[key] ?? ((ARTICLE_KINDS as readonly string[]).find((k) => k === key) as ArticleKind) ?? null
  );
}

/** A kind named by one of the labels (`kind:known-limitation`, `known-limitation`), or null. */
export function kindFromLabels(labels: readonly string[]): ArticleKind | null {
  for (const label of labels) {
    const kind = kindFrom(label.replace(/^kind[:=]/i, ''));
    if (kind) return kind;
  }
  return null;
}

export function stringList(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string').map((s) => s.trim());
  return [];
}

export function bounded(text: string): string {
  return text.length > MAX_ARTICLE_CHARS ? text.slice(0, MAX_ARTICLE_CHARS) : text;
}

/** An article from what a reader found; runbooks are internal unless said otherwise. */
export function makeArticle(fields: {
  id: string;
  title: string;
  url: string | null;
  visibility: 'public' | 'internal' | null;
  kind: ArticleKind | null;
  product: string | null;
  tags: readonly string[];
  text: string;
  origin: string;
  bytes: Uint8Array | string;
}): KnowledgeArticle {
  return {
    id: fields.id,
    title: fields.title.trim(),
    url: fields.url,
    visibility: fields.visibility ?? (fields.kind === 'runbook' ? 'internal' : 'public'),
    kind: fields.kind,
    product: fields.product,
    tags: [...fields.tags],
    text: bounded(fields.text.replace(/\r\n?/g, '\n').trim()),
    origin: fields.origin,
    sha256: sha256Hex(fields.bytes),
  };
}
