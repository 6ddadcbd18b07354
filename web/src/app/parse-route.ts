/** @module Hash routes of the page (`#/packets/<id>/cite/S2:m17`), so the server needs no fallback. */

export type Route =
  | { readonly view: 'queue' }
  | { readonly view: 'intake' }
  | { readonly view: 'signals' }
  | { readonly view: 'packet'; readonly id: string; readonly cite: string | null }
  | { readonly view: 'audit'; readonly id: string };

/** Reads `location.hash`; anything unknown is the queue. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  const [first, id, sub, cite] = parts;
  if (first === 'new') return { view: 'intake' };
  if (first === 'signals') return { view: 'signals' };
  if (first === 'packets' && id) {
    if (sub === 'audit') return { view: 'audit', id };
    return { view: 'packet', id, cite: sub === 'cite' && cite ? cite : null };
  }
  return { view: 'queue' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export const href = {
  queue: () => '#/',
  intake: () => '#/new',
  signals: () => '#/signals',
  packet: (id: string) => `#/packets/${encodeURIComponent(id)}`,
  cite: (id: string, cite: string) => `#/packets/${encodeURIComponent(id)}/cite/${encodeURIComponent(cite)}`,
  audit: (id: string) => `#/packets/${encodeURIComponent(id)}/audit`,
};
