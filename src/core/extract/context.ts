/** @module The prepared view every extractor reads: fact-bearing items, their sentences, roles. */

import { publishedArticleIds } from '../evidence/visibility.js';
import { analyze } from '../language/analyze.js';
import { mergeSentences } from '../language/merge-sentences.js';
import type { Sentence } from '../language/types.js';
import type { Evidence, Role, SourceKind } from '../model/evidence.js';
import type { IntakeResult } from '../model/intake.js';
import type { Manifest } from '../model/manifest.js';

/** One evidence item prepared for extraction. */
export interface Item {
  readonly ev: Evidence;
  readonly id: string;
  readonly kind: SourceKind;
  readonly role: Role;
  readonly isPublic: boolean;
  readonly isCustomer: boolean;
  /** staff of the vendor: support, engineering, success, leadership */
  readonly isStaff: boolean;
  readonly unit: string;
  readonly at: string | null;
  readonly sentences: readonly string[];
  /** the language layer's reading of each sentence, index for index with `sentences` */
  readonly analyzed: readonly Sentence[];
}

/** Everything extractors need, built once per run. */
export interface ExtractContext {
  /** items that may carry facts (never the draft reply), oldest first, stable */
  readonly items: readonly Item[];
  /** the draft reply's items: read only for compensation offers */
  readonly draftItems: readonly Item[];
  readonly manifest: Manifest | null;
  readonly asOf: string;
  /** evidence of published help articles and release notes: nobody's words about this case */
  readonly articleIds: ReadonlySet<string>;
}

const STAFF = new Set<Role>(['support', 'engineering', 'success', 'leadership']);

// a ticket field or account row is one statement as written; prose goes through the language layer
function readSentences(text: string, whole: boolean): { sentences: string[]; analyzed: Sentence[] } {
  const analyzed = analyze(text).sentences;
  if (!whole) return { sentences: analyzed.map((s) => s.text), analyzed: [...analyzed] };
  const one = mergeSentences(text.trim(), analyzed);
  return { sentences: [text.trim()], analyzed: one ? [one] : [] };
}

/**
 * Whether the customer wrote it: so marked, or an unnamed public author who is not on our side (a
 * forwarded e-mail from the customer's exec, an export that did not say who is who).
 */
export function writtenByCustomer(ev: Evidence): boolean {
  const role = ev.author?.role ?? 'unknown';
  return (
    role === 'customer' ||
    (role === 'unknown' && ev.author !== null && ev.author.side !== 'internal' && ev.visibility === 'public')
  );
}

// quoted history was set aside at intake (intake/set-aside-quoted.ts)
function toItem(ev: Evidence, kind: SourceKind): Item {
  const role = ev.author?.role ?? 'unknown';
  const unit = ev.meta?.unit ?? '';
  const read = readSentences(ev.text, unit === 'field' || unit === 'account');
  return {
    ev,
    id: ev.id,
    kind,
    role,
    isPublic: ev.visibility === 'public',
    isCustomer: writtenByCustomer(ev),
    isStaff: STAFF.has(role),
    unit,
    at: ev.at,
    sentences: read.sentences,
    analyzed: read.analyzed,
  };
}

function byTime(a: Item, b: Item): number {
  if (a.at === b.at) return 0;
  if (a.at === null) return 1;
  if (b.at === null) return -1;
  return a.at < b.at ? -1 : 1;
}

/** Prepares the evidence: drops deleted items, separates the draft, sorts by time (stable). */
export function buildContext(intake: IntakeResult, asOf: string): ExtractContext {
  const kinds = new Map(intake.sources.map((s) => [s.id, s.kind] as const));
  const items: Item[] = [];
  const draftItems: Item[] = [];
  for (const ev of intake.evidence) {
    if (ev.meta?.deleted) continue;
    const kind = kinds.get(ev.source) ?? 'other';
    const item = toItem(ev, kind);
    if (kind === 'draft' || item.unit === 'draft') draftItems.push(item);
    else items.push(item);
  }
  items.sort(byTime);
  const articleIds = publishedArticleIds(intake.evidence, intake.sources);
  return { items, draftItems, manifest: intake.manifest, asOf, articleIds };
}
