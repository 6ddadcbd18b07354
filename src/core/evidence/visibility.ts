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
const ARTICLE_PLACE = /›|»|\s>\s|\b(?:updated|published)\b|\barticle\b/i;
const ARTICLE_HEAD_ITEMS = 5;
// a product's release notes or changelog are published by nature; a team's own copy says so
const RELEASE_NOTES = /\b(?:release notes|changelog)\b/i;

/** A title that names release notes or a changelog. */
export function isReleaseNotesTitle(title: string): boolean {
  return RELEASE_NOTES.test(title);
}
const NOT_PUBLISHED = /\b(?:internal|draft|confidential|private)\b/i;
// a link into a help centre: "https://help.example.com/…", "…/hc/en-us/articles/…", "…/docs/…"
const HELP_LINK =
  /^https?:\/\/(?:(?:help|support|docs|kb|knowledge(?:base)?)\.[^/\s]+|[^/\s]+\/(?:[^\s]*\/)?(?:help|hc|kb|docs|articles?|support)\/)/i;
const URL = /https?:\/\/[^\s<>()"'\]]+/g;
// a slug has two words or more: "sms-credits-and-limits", not "notes"
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/i;

/** The help-centre pages the thread links to, by their last path part ("…/sms-credits" → "sms-credits"). */
function linkedHelpPages(evidence: readonly Evidence[]): Set<string> {
  const out = new Set<string>();
  for (const e of evidence)
    for (const m of e.text.matchAll(URL)) {
      const url = m[0].replace(/[.,;:!?]+$/, '');
      if (!HELP_LINK.test(url)) continue;
      const last =
        url
          .replace(/[?#].*$/, '')
          .replace(/\/+$/, '')
          .split('/')
          .pop() ?? '';
      out.add(last.replace(/\.html?$/i, '').toLowerCase());
    }
  return out;
}

const stemOf = (name: string): string => name.replace(/\.[a-z0-9]{1,5}$/i, '').toLowerCase();

/**
 * Ids of evidence from published help articles: a notes source whose first lines place it in a help
 * centre, that is the page a help-centre link in the thread points at (same slug), or that is a
 * product's release notes. Their words are public by nature, so documented steps may be given to the
 * customer.
 */
export function publishedArticleIds(evidence: readonly Evidence[], sources: readonly Source[]): Set<string> {
  const out = new Set<string>();
  let linked: Set<string> | null = null;
  for (const source of sources) {
    if (source.kind !== 'note') continue;
    const items = evidence.filter((e) => e.source === source.id);
    // markdown emphasis ("_Published 9 Aug · Help Center_") is not part of the words
    const head = items.slice(0, ARTICLE_HEAD_ITEMS).map((e) => e.text.replace(/[_*]+/g, ' '));
    const placed = head.some((t) => ARTICLE_MARK.test(t) && ARTICLE_PLACE.test(t));
    const title = head[0] ?? '';
    const releaseNotes = RELEASE_NOTES.test(title) && !head.some((t) => NOT_PUBLISHED.test(t));
    const stem = stemOf(source.name);
    linked ??= SLUG.test(stem) ? linkedHelpPages(evidence) : null;
    const isLinked = SLUG.test(stem) && (linked ?? linkedHelpPages(evidence)).has(stem);
    if (placed || releaseNotes || isLinked) for (const e of items) out.add(e.id);
  }
  return out;
}
