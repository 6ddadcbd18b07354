/**
 * @module Whether our side, writing to the customer, points them to where the product already does
 * what they ask: a menu path ("Settings > Receipts > Language") or a help-centre article link. The
 * answer is then a how-to the docs cover, and a feature ask raised before it is answered. Only
 * customer-facing sentences of ours count (internal repro steps also walk menus), never a question.
 */

import type { Item } from './context.js';
import { isOurs } from './derive-assessment.js';

// two steps or more through named menus: "Settings > Receipts > Language", "Admin → Users → Roles"
export const MENU_PATH =
  /\b[A-Z][\w&-]*(?: [\w&-]+)?\s*(?:>|→|›)\s*[A-Z][\w&-]*(?: [\w&-]+)?\s*(?:>|→|›)\s*\S/;
// a help-centre host or path: help.example.com, docs.example.com, /hc/, /docs/, /kb/, /articles/
export const HELP_LINK =
  /\bhttps?:\/\/(?:(?:help|docs|support|kb|learn)\.[^\s/]+|[^\s/]+\/(?:[^\s]*\/)?(?:hc|docs|kb|help|articles)\/)\S*/i;

/** True when sentence `index` of the item is ours, to the customer, and points to a menu path or a help article. */
export function pointsToDocs(item: Item, index: number): boolean {
  if (!item.isPublic || !isOurs(item)) return false;
  const sentence = item.analyzed[index];
  const text = item.sentences[index] ?? '';
  if (!sentence || sentence.question || sentence.conditional) return false;
  return MENU_PATH.test(text) || HELP_LINK.test(text);
}

/**
 * The items of ours pointing the customer to the docs, with the position of the last one; items in
 * `workaround` (the way round a fault, "switch sync to one-way while we fix it") do not count.
 */
export function docsPointers(
  items: readonly Item[],
  workaround: ReadonlySet<string> = new Set(),
): { cites: string[]; last: number } {
  const cites: string[] = [];
  let last = -1;
  items.forEach((item, at) => {
    if (workaround.has(item.id)) return;
    if (!item.sentences.some((_, index) => pointsToDocs(item, index))) return;
    if (!cites.includes(item.id)) cites.push(item.id);
    last = at;
  });
  return { cites: cites.slice(0, 5), last };
}
