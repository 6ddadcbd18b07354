/**
 * @module The handoff note's "Team docs" block: which chosen article or runbook to read first, its
 * kind, whether the customer may see it, its link and why it was chosen, each with its cite.
 */
import type { ChosenArticle } from '../knowledge/consult-knowledge.js';
import { citeMarks } from './cite-marks.js';
import { oneLine } from './claim-text.js';

/** The lines for the chosen articles (none when knowledge was not given or nothing was chosen). */
export function teamDocsLines(chosen: readonly ChosenArticle[] | undefined): string[] {
  if (!chosen || chosen.length === 0) return [];
  const out = ['', '**Team docs:**'];
  for (const c of chosen) {
    const { article } = c;
    const what = [article.kind ?? 'article', article.visibility === 'internal' ? 'internal' : 'public'].join(
      ', ',
    );
    const link = article.url ? ` ${article.url}` : '';
    out.push(
      `- ${oneLine(article.title, 120)} (${what})${link}: ${oneLine(c.considered.why, 200)}${citeMarks([c.cite])}`,
    );
  }
  return out;
}
