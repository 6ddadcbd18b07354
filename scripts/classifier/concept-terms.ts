/**
 * @module Security concept terms learned from the data, not written by hand: adjacent stem pairs
 * ("path travers", "privileg escal", "sql inject") that security texts use far more often than
 * ordinary reports, in at least three independent sources. The security model learns weights for
 * these terms only, so it cannot lean on a tracker's vocabulary (Chromium's "renderer") or on an
 * advisory database's boilerplate ("in github.com", "cherrypick this").
 */
import { type FeatureSet, featuresOf } from '../../src/core/classify/tokenize.js';
import type { Example } from './read-datasets.js';

export interface ConceptOptions {
  readonly features: FeatureSet;
  /** a term must occur in at least `minDocs` security texts of this many sources */
  readonly minSources: number;
  readonly minDocs: number;
  /** and be at least this many times likelier in security texts than in ordinary ones */
  readonly minRatio: number;
  readonly max: number;
  /** word pairs only (no single words) */
  readonly pairsOnly: boolean;
  /**
   * when set, a term must also be this many times likelier in the security reports of issue
   * trackers (`isTracker` groups) than in ordinary reports: advisory databases share a style
   * ("before 2.3", "leads to", "affected versions", "via a crafted") that passes the source count
   * but is everyday wording in a customer's report
   */
  readonly minTrackerRatio?: number;
  /**
   * when set, a term in more than this share of ordinary reports is everyday wording, not a
   * concept ("before", "via", "access", "server"): in a long support thread such words fire on
   * every ticket and add up to a security score
   */
  readonly maxOrdinaryRate?: number;
  readonly isTracker?: (group: string) => boolean;
  /**
   * ordinary texts of this group are a second ordinary corpus (support handoffs): the two rules above
   * read a term's ordinary rate as the higher of the two corpora's, so a word support tickets use all
   * the time ("escalate", "admin", "upgrade") is no concept however rare it is in issue trackers. A
   * term in a single handoff is that ticket's topic, not support wording: it counts from two.
   */
  readonly isSupport?: (group: string) => boolean;
}

/** A term used by fewer support handoffs than this is one ticket's topic, not everyday support wording. */
const MIN_SUPPORT_DOCS = 2;

export const CONCEPT_OPTIONS: ConceptOptions = {
  features: 'stems',
  minSources: 3,
  minDocs: 2,
  minRatio: 2,
  max: 3000,
  pairsOnly: true,
};

/**
 * The concept terms of `examples` (label '1' security, '0' ordinary; `group` names the source),
 * most indicative first, ties by name. With `pairsOnly`, word pairs only: a single word such as "escalate" or
 * "token" is everyday support language, a pair such as "privilege escalation" is not. Shapes
 * (`#num`, `#ver`) are never concepts.
 */
export function conceptTerms(
  examples: readonly Example[],
  options: ConceptOptions = CONCEPT_OPTIONS,
): string[] {
  const inSecurity = new Map<string, number>();
  const inOrdinary = new Map<string, number>();
  const perSource = new Map<string, Map<string, number>>();
  const inTrackerSecurity = new Map<string, number>();
  const inSupport = new Map<string, number>();
  let support = 0;
  let trackerSecurity = 0;
  let security = 0;
  let ordinary = 0;
  for (const e of examples) {
    const isSecurity = e.label === '1';
    const inTracker = isSecurity && options.isTracker?.(e.group) === true;
    if (isSecurity) security++;
    else ordinary++;
    if (inTracker) trackerSecurity++;
    const isSupport = !isSecurity && options.isSupport?.(e.group) === true;
    if (isSupport) support++;
    const counts = isSecurity ? inSecurity : inOrdinary;
    let source = perSource.get(e.group);
    if (isSecurity && !source) {
      source = new Map();
      perSource.set(e.group, source);
    }
    for (const f of featuresOf(e.text, options.features)) {
      if ((options.pairsOnly && !f.includes(' ')) || f.includes('#')) continue;
      counts.set(f, (counts.get(f) ?? 0) + 1);
      if (isSecurity && source) source.set(f, (source.get(f) ?? 0) + 1);
      if (inTracker) inTrackerSecurity.set(f, (inTrackerSecurity.get(f) ?? 0) + 1);
      if (isSupport) inSupport.set(f, (inSupport.get(f) ?? 0) + 1);
    }
  }
  const sources = [...perSource.values()];
  const supportRate = (f: string): number => {
    const n = inSupport.get(f) ?? 0;
    return n >= MIN_SUPPORT_DOCS ? n / Math.max(1, support) : 0;
  };
  const ordinaryRate = (f: string): number =>
    Math.max(((inOrdinary.get(f) ?? 0) + 1) / (ordinary + 2), supportRate(f));
  const trackerRatio = (f: string): number =>
    ((inTrackerSecurity.get(f) ?? 0) + 1) / (trackerSecurity + 2) / ordinaryRate(f);
  const minTrackerRatio = options.minTrackerRatio;
  const maxOrdinary = options.maxOrdinaryRate;
  return [...inSecurity.entries()]
    .filter(
      ([f]) =>
        maxOrdinary === undefined ||
        Math.max((inOrdinary.get(f) ?? 0) / Math.max(1, ordinary), supportRate(f)) <= maxOrdinary,
    )
    .filter(([f]) => minTrackerRatio === undefined || trackerRatio(f) >= minTrackerRatio)
    .filter(([f]) => sources.filter((s) => (s.get(f) ?? 0) >= options.minDocs).length >= options.minSources)
    .map(([f, n]) => {
      const ratio = (n + 1) / (security + 2) / (((inOrdinary.get(f) ?? 0) + 1) / (ordinary + 2));
      return [f, ratio] as const;
    })
    .filter(([, ratio]) => ratio >= options.minRatio)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.max)
    .map(([f]) => f);
}
