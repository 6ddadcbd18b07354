/** @module Screenshots a customer attached publicly become public; all others stay internal. */
import type { Evidence, Source } from '../model/evidence.js';

function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return (parts[parts.length - 1] ?? name).toLowerCase();
}

/**
 * A screenshot is public only when its file name appears in `meta.attachments` of a public item
 * written by a customer: the customer already saw it. Any other screenshot may come from
 * engineering's tools, so its OCR lines stay internal.
 */
export function linkScreenshots(evidence: readonly Evidence[], sources: readonly Source[]): Evidence[] {
  const screenshotIds = new Map<string, string>();
  for (const source of sources) {
    if (source.kind === 'screenshot') screenshotIds.set(source.id, baseName(source.name));
  }
  if (screenshotIds.size === 0) return [...evidence];
  const customerAttachments = new Set<string>();
  for (const item of evidence) {
    if (item.visibility !== 'public' || item.author?.role !== 'customer') continue;
    for (const attachment of item.meta?.attachments ?? []) {
      customerAttachments.add(baseName(attachment));
    }
  }
  return evidence.map((item) => {
    const name = screenshotIds.get(item.source);
    if (name === undefined) return item;
    const visibility = customerAttachments.has(name) ? 'public' : 'internal';
    return item.visibility === visibility ? item : { ...item, visibility };
  });
}
