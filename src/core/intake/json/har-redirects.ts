/** @module Finds redirect chains in a HAR that come back to where they started. */
import { headerValue, redirectTarget } from './har-entry.js';
import { rec, str } from './pick.js';

/** A loop: the entries of the chain (indexes) and the URLs it went through. */
export interface RedirectLoop {
  readonly entries: readonly number[];
  readonly urls: readonly string[];
}

/**
 * The URL as the server sees it: without fragment or credentials, but with its query (a hop to
 * the same path with another query is another URL).
 */
function place(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Follows each 3xx to the next entry requesting its target. A chain is a loop when it requests
 * the same URL twice (a hop to the same path with another query is progress, not a loop), or
 * when a POST from another origin is bounced straight back to that origin (an app refusing the
 * login its identity provider just posted, which then posts it again).
 */
export function findRedirectLoops(entries: readonly Record<string, unknown>[]): RedirectLoop[] {
  // Where each URL was requested, in order, so following a redirect is a lookup, not a scan.
  const requestsOf = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const url = str(rec(entry.request).url);
    if (url === undefined) return;
    const list = requestsOf.get(url);
    if (list === undefined) requestsOf.set(url, [index]);
    else list.push(index);
  });
  const next = new Map<number, number>();
  const targeted = new Set<number>();
  entries.forEach((entry, index) => {
    const target = redirectTarget(entry);
    if (target === undefined) return;
    const candidates = requestsOf.get(target) ?? [];
    const j = candidates.find((c) => c > index && !targeted.has(c));
    if (j !== undefined) {
      next.set(index, j);
      targeted.add(j);
    }
  });
  const loops: RedirectLoop[] = [];
  entries.forEach((entry, start) => {
    if (targeted.has(start) || redirectTarget(entry) === undefined) return;
    const chain: number[] = [];
    const urls: string[] = [];
    let at: number | undefined = start;
    while (at !== undefined && chain.length < 50) {
      chain.push(at);
      urls.push(str(rec(entries[at]?.request).url) ?? '');
      at = next.get(at);
    }
    const last = entries[chain[chain.length - 1] ?? start] ?? {};
    const final = redirectTarget(last);
    if (final !== undefined && !next.has(chain[chain.length - 1] ?? -1)) urls.push(final);
    const places = urls.map(place);
    const repeats = new Set(places).size < places.length;
    const request = rec(entry.request);
    const initiator =
      originOf(headerValue(request.headers, 'origin')) ?? originOf(headerValue(request.headers, 'referer'));
    const startOrigin = originOf(urls[0]);
    const endOrigin = originOf(urls[urls.length - 1]);
    const posted = str(request.method)?.toUpperCase() === 'POST';
    const bouncedBack =
      posted && initiator !== undefined && initiator !== startOrigin && endOrigin === initiator;
    if (chain.length + (final ? 1 : 0) >= 2 && (repeats || bouncedBack)) loops.push({ entries: chain, urls });
  });
  return loops;
}
