/** @module Stable citation ids: `S<n>` per source, `S<n>:<locator>` per evidence item. */
import type { Evidence, EvidenceDraft } from '../model/evidence.js';

const LOCATOR = /^[A-Za-z0-9._:-]+$/;

/** Source id for the n-th source (0-based) in name order: `S1`, `S2` … */
export function sourceIdAt(index: number): string {
  return `S${index + 1}`;
}

export interface AssignedEvidence {
  readonly evidence: Evidence[];
  readonly warnings: string[];
}

/**
 * Turns a parser's drafts into citable evidence of one source. A locator that is not
 * citation-safe is cleaned; a repeated locator gets a `.2`, `.3` … suffix and a warning, so
 * every id stays unique and stable for the same input.
 *
 * @example assignEvidenceIds('S2', [{ locator: 'm17', … }]).evidence[0].id === 'S2:m17'
 */
export function assignEvidenceIds(sourceId: string, drafts: readonly EvidenceDraft[]): AssignedEvidence {
  const seen = new Map<string, number>();
  const evidence: Evidence[] = [];
  let duplicates = 0;
  let cleaned = 0;
  for (const draft of drafts) {
    let locator = draft.locator;
    if (!LOCATOR.test(locator)) {
      locator = locator.replace(/[^A-Za-z0-9._:-]/g, '-') || 'item';
      cleaned++;
    }
    const count = (seen.get(locator) ?? 0) + 1;
    seen.set(locator, count);
    if (count > 1) {
      duplicates++;
      locator = `${locator}.${count}`;
    }
    const { locator: _unused, ...rest } = draft;
    evidence.push({ ...rest, id: `${sourceId}:${locator}`, source: sourceId });
  }
  const warnings: string[] = [];
  if (duplicates > 0) warnings.push(`${duplicates} duplicate item locator(s) were given a suffix`);
  if (cleaned > 0) warnings.push(`${cleaned} item locator(s) had unsafe characters replaced`);
  return { evidence, warnings };
}
