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

/** True when every cite is public evidence (a claim the customer already knows). */
export function isPublicClaim(cites: readonly string[], publicIds: ReadonlySet<string>): boolean {
  return cites.length > 0 && cites.every((id) => publicIds.has(id));
}

/**
 * Evidence items of the team's draft reply: sources of kind `draft`, and unsent draft items inside
 * other sources (a help desk's draft thread, `meta.unit: 'draft'`).
 */
export function draftEvidence(evidence: readonly Evidence[], sources: readonly Source[]): Evidence[] {
  const drafts = new Set(sources.filter((s) => s.kind === 'draft').map((s) => s.id));
  return evidence.filter((e) => drafts.has(e.source) || e.meta?.unit === 'draft');
}
