/** @module Warns when an export is one page of a longer list, so nobody mistakes it for the whole. */
import { rec, str } from './pick.js';

/**
 * A warning when the JSON says more pages exist: Zendesk offset (`next_page`) or cursor
 * (`meta.has_more`) paging, Graph's `@odata.nextLink`.
 */
export function pagingWarning(file: string, root: Record<string, unknown>): string[] {
  const more =
    str(root.next_page) !== undefined ||
    rec(root.meta).has_more === true ||
    str(root['@odata.nextLink']) !== undefined;
  return more
    ? [`${file}: only the first page was exported (more pages exist); later items are missing`]
    : [];
}
