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
const ARTICLE_MARK =
  /\b(?:help ?cent(?:er|re)|knowledge ?base|support (?:site|portal)|documentation|(?:developer|api) docs)\b/i;
const ARTICLE_PLACE = /›|»|\s>\s|\b(?:updated|published)\b|\barticle\b/i;
const ARTICLE_HEAD_ITEMS = 5;
// a title that names its help centre or knowledge-base id: "Holiday mode (Seller Help Centre)", "… (KB-2208)"
const TITLE_MARK = /\bhelp ?cent(?:er|re)\b|\bknowledge ?base\b|\(KB[- ]?\d{2,6}\)/i;
// a file named as a help page: "kb-when-the-paywall-cant-reach-us.md", "help_sso_setup.md"
const ARTICLE_FILE = /^(?:kb|help|faq|docs?)[-_][a-z0-9]/i;
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
 * centre (a help-centre mark — in a line, the title's "(KB-2208)", a "kb-…"/"help-…" file name — and
 * a publication place or date, unless a head line says internal or draft), that is the page a help-centre link in the thread points at (same slug), or that is a
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
    const title = head[0] ?? '';
    const internal = head.some((t) => NOT_PUBLISHED.test(t));
    // the mark and the place may stand on different head lines ("… (KB-2208)" / "Last updated 14 Sep")
    const marked =
      TITLE_MARK.test(title) || ARTICLE_FILE.test(source.name) || head.some((t) => ARTICLE_MARK.test(t));
    const placed =
      head.some((t) => ARTICLE_MARK.test(t) && ARTICLE_PLACE.test(t)) ||
      (!internal && marked && head.some((t) => ARTICLE_PLACE.test(t)));
    const releaseNotes = RELEASE_NOTES.test(title) && !internal;
    const stem = stemOf(source.name);
    linked ??= SLUG.test(stem) ? linkedHelpPages(evidence) : null;
    const isLinked = SLUG.test(stem) && (linked ?? linkedHelpPages(evidence)).has(stem);
    if (placed || releaseNotes || isLinked) for (const e of items) out.add(e.id);
  }
  return out;
}
