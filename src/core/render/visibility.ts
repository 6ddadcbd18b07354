/** @module Which evidence the customer has seen, and which claims rest only on it. */
import type { Evidence, Source } from '../model/evidence.js';

/** Ids of evidence the customer saw or sent: public items outside the team's draft reply. */
export function publicEvidenceIds(evidence: readonly Evidence[], sources: readonly Source[]): Set<string> {
  const drafts = new Set(sources.filter((s) => s.kind === 'draft').map((s) => s.id));
  return new Set(
    evidence
      .filter((e) => e.visibility === 'public' && !drafts.has(e.source) && e.meta?.unit !== 'draft')
      .map((e) => e.id),
  );
}

/**
 * Evidence items of the team's draft reply: sources of kind `draft`, and unsent draft items inside
 * other sources (a help desk's draft thread, `meta.unit: 'draft'`).
 */
export function draftEvidence(evidence: readonly Evidence[], sources: readonly Source[]): Evidence[] {
  const drafts = new Set(sources.filter((s) => s.kind === 'draft').map((s) => s.id));
  return evidence.filter((e) => drafts.has(e.source) || e.meta?.unit === 'draft');
}

// a help-centre page carries its place in the help centre: "Help Center › Reports › Exporting · Updated 2 Sep"
const ARTICLE_MARK = /\b(?:help ?cent(?:er|re)|knowledge ?base|support (?:site|portal)|documentation)\b/i;
const ARTICLE_PLACE = /›|»|\s>\s|\bupdated\b|\barticle\b/i;
const ARTICLE_HEAD_ITEMS = 5;

/**
 * Ids of evidence from published help articles: a notes source whose first lines place it in a help
 * centre. Their words are public by nature, so documented steps may be given to the customer.
 */
export function publishedArticleIds(evidence: readonly Evidence[], sources: readonly Source[]): Set<string> {
  const out = new Set<string>();
  for (const source of sources) {
    if (source.kind !== 'note') continue;
    const items = evidence.filter((e) => e.source === source.id);
    const head = items.slice(0, ARTICLE_HEAD_ITEMS).map((e) => e.text);
    if (head.some((t) => ARTICLE_MARK.test(t) && ARTICLE_PLACE.test(t))) for (const e of items) out.add(e.id);
  }
  return out;
}
