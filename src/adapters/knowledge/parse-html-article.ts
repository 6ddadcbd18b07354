/**
 * @module An HTML article saved from a help centre: title from `<title>` or the first `<h1>`, the
 * link from `<link rel="canonical">`, kind and visibility from `<meta name="kind|visibility">`.
 */
import { kindFrom, makeArticle } from './article-fields.js';
import { articleHtmlText } from './html-article-text.js';
import type { ArticleParse } from './parse-markdown-article.js';

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1] ?? null;
}

function meta(html: string, name: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi))
    if (attr(m[0], 'name')?.toLowerCase() === name) return attr(m[0], 'content');
  return null;
}

/** Reads one HTML file. */
export function parseHtmlArticle(name: string, bytes: Uint8Array): ArticleParse {
  const html = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const text = articleHtmlText(html);
  if (text.length === 0) return { ok: false, reason: 'no text' };
  const tagText = (re: RegExp) => {
    const inner = re.exec(html)?.[1];
    return inner ? articleHtmlText(inner).trim() : null;
  };
  const title =
    tagText(/<title[^>]*>([\s\S]*?)<\/title>/i) ||
    tagText(/<h1[^>]*>([\s\S]*?)<\/h1>/i) ||
    name.replace(/^.*\//, '').replace(/\.\w+$/, '');
  const canonical = [...html.matchAll(/<link\b[^>]*>/gi)].find(
    (m) => attr(m[0], 'rel')?.toLowerCase() === 'canonical',
  );
  const visibility = meta(html, 'visibility');
  if (visibility !== null && visibility !== 'public' && visibility !== 'internal')
    return { ok: false, reason: 'meta visibility must be "public" or "internal"' };
  return {
    ok: true,
    article: makeArticle({
      id: meta(html, 'article-id') ?? name,
      title,
      url: (canonical ? attr(canonical[0], 'href') : null) ?? meta(html, 'url'),
      visibility,
      kind: kindFrom(meta(html, 'kind')),
      product: meta(html, 'product'),
      tags: (meta(html, 'tags') ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      text,
      origin: name,
      bytes,
    }),
  };
}
