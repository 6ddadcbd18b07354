/** @module Collects a parser's items with unique, citation-safe locators, and bounds their count. */
import type { EvidenceDraft } from '../../model/evidence.js';

/** No source yields more items than this; the rest is dropped with a warning. */
export const MAX_ITEMS = 20_000;

/** Replaces characters a citation id cannot hold. */
export function safeLocator(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9._:-]/g, '_').slice(0, 120);
  return cleaned === '' ? '_' : cleaned;
}

/** An append-only list of drafts that keeps locators unique (`c5`, `c5.2`, …). */
export class ItemList {
  readonly items: EvidenceDraft[] = [];
  dropped = 0;
  private readonly seen = new Set<string>();

  add(item: EvidenceDraft): void {
    if (this.items.length >= MAX_ITEMS) {
      this.dropped++;
      return;
    }
    const base = safeLocator(item.locator);
    let locator = base;
    for (let n = 2; this.seen.has(locator); n++) locator = `${base}.${n}`;
    this.seen.add(locator);
    this.items.push(locator === item.locator ? item : { ...item, locator });
  }
}
