/** @module Collapse quoted and forwarded copies of ticket or chat text into the item they copy. */
import type { Evidence } from '../model/evidence.js';

const MIN_COPY_LENGTH = 20;
const KEEPER_UNITS = new Set(['comment', 'message', 'update']);

/** Whitespace, quote marks, dashes, `>` prefixes and case folded, so copies compare equal. */
export function normaliseForCopy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^[ \t]*>+[ \t]?/gm, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Greetings and sign-offs ("Hello,", "Thanks!") are too common to say anything about copying.
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t>]*\n/)
    .map(normaliseForCopy)
    .filter((p) => p.length >= MIN_COPY_LENGTH);
}

function isKeeper(item: Evidence): boolean {
  return KEEPER_UNITS.has(item.meta?.unit ?? '');
}

function isCandidate(item: Evidence): boolean {
  const unit = item.meta?.unit;
  return unit === 'email' || unit === 'note' || (unit === 'field' && item.meta?.field === 'description');
}

/**
 * Drops an e-mail, note or ticket description whose text equals a ticket comment or chat message,
 * or whose every paragraph appears in one such item, and an e-mail repeating an earlier e-mail;
 * the dropped id is recorded in the kept item's `meta.copies`. Paragraphs are hashed, so the cost
 * stays linear in the size of the evidence. A public copy is never folded into an internal item,
 * so nothing public is lost.
 */
export function collapseCopies(evidence: readonly Evidence[]): Evidence[] {
  const byText = new Map<string, number>();
  const byParagraph = new Map<string, number[]>();
  evidence.forEach((item, index) => {
    if (!isKeeper(item)) return;
    const full = normaliseForCopy(item.text);
    if (full.length < MIN_COPY_LENGTH) return;
    if (!byText.has(full)) byText.set(full, index);
    for (const paragraph of new Set(paragraphsOf(item.text))) {
      const holders = byParagraph.get(paragraph) ?? [];
      holders.push(index);
      byParagraph.set(paragraph, holders);
    }
  });

  const copiesOf = new Map<number, string[]>();
  const dropped = new Set<number>();
  // The same message in two mail files (an mbox and a single .eml) is kept once, in file order.
  const firstEmail = new Map<string, number>();
  evidence.forEach((item, index) => {
    if (!isCandidate(item)) return;
    const full = normaliseForCopy(item.text);
    if (full.length < MIN_COPY_LENGTH) return;
    let keeper = byText.get(full);
    if (keeper === undefined) {
      let common: number[] | null = null;
      for (const paragraph of new Set(paragraphsOf(item.text))) {
        const holders = byParagraph.get(paragraph) ?? [];
        common = common === null ? holders : common.filter((holder) => holders.includes(holder));
        if (common.length === 0) break;
      }
      keeper = common?.[0];
    }
    if (keeper === undefined && item.meta?.unit === 'email') {
      keeper = firstEmail.get(full);
      if (keeper === undefined) firstEmail.set(full, index);
    }
    if (keeper === undefined || keeper === index) return;
    const kept = evidence[keeper];
    if (!kept || (kept.visibility === 'internal' && item.visibility === 'public')) return;
    dropped.add(index);
    copiesOf.set(keeper, [...(copiesOf.get(keeper) ?? []), item.id]);
  });

  return evidence.flatMap((item, index) => {
    if (dropped.has(index)) return [];
    const copies = copiesOf.get(index);
    if (!copies) return [item];
    return [{ ...item, meta: { ...item.meta, copies: [...(item.meta?.copies ?? []), ...copies] } }];
  });
}
