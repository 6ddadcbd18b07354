/**
 * @module A Markdown article with optional YAML front matter (`title`, `url`, `visibility`, `kind`,
 * `product`, `tags`, `id`). The title falls back to the first heading, then the file name.
 */
import { parse as parseYaml } from 'yaml';
import type { KnowledgeArticle } from '../../core/knowledge/article.js';
import { kindFrom, makeArticle, stringList } from './article-fields.js';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export type ArticleParse = { ok: true; article: KnowledgeArticle } | { ok: false; reason: string };

function visibilityFrom(value: unknown): 'public' | 'internal' | null | 'bad' {
  if (value === undefined || value === null) return null;
  if (value === 'public' || value === 'internal') return value;
  return 'bad';
}

/** Reads one Markdown file; a broken front matter is a reason, not a throw. */
export function parseMarkdownArticle(name: string, bytes: Uint8Array): ArticleParse {
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let meta: Record<string, unknown> = {};
  let body = raw;
  const fm = FRONT_MATTER.exec(raw);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1] ?? '', { maxAliasCount: 10 });
      if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed)))
        return { ok: false, reason: 'front matter is not a YAML mapping' };
      meta = (parsed ?? {}) as Record<string, unknown>;
    } catch (error) {
      const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return { ok: false, reason: `front matter is not valid YAML (${first})` };
    }
    body = raw.slice(fm[0].length);
  }
  const visibility = visibilityFrom(meta.visibility);
  if (visibility === 'bad') return { ok: false, reason: 'visibility must be "public" or "internal"' };
  const kind = kindFrom(meta.kind);
  if (meta.kind !== undefined && kind === null)
    return {
      ok: false,
      reason: `kind "${String(meta.kind)}" is not one of how-to, known-limitation, customer-side-setting, documented-behaviour, runbook`,
    };
  const heading = /^#\s+(.+)$/m.exec(body)?.[1];
  const title =
    typeof meta.title === 'string'
      ? meta.title
      : (heading ?? name.replace(/^.*\//, '').replace(/\.\w+$/, ''));
  if (body.trim().length === 0) return { ok: false, reason: 'no text' };
  return {
    ok: true,
    article: makeArticle({
      id: typeof meta.id === 'string' || typeof meta.id === 'number' ? String(meta.id) : name,
      title,
      url: typeof meta.url === 'string' ? meta.url : null,
      visibility,
      kind,
      product: typeof meta.product === 'string' ? meta.product : null,
      tags: stringList(meta.tags),
      text: body,
      origin: name,
      bytes,
    }),
  };
}
