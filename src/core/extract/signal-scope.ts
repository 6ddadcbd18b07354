/**
 * @module Which evidence may feed which signal: a status page speaks of its own incidents (often
 * unrelated to the case), and "other customers" count only when they are said to be affected.
 */
import type { Item } from './context.js';
import { readsOthersFine } from './reads-others-fine.js';

/** A status page item (incident summary or update), never the customer's or our words. */
export const isStatusPage = (i: Item): boolean => i.kind === 'status';

const CLOSED = /;\s*status (?:resolved|postmortem|completed|closed)\b/i;
const SEVERE = /;\s*impact (?:major|critical)\b|\(major_outage\)/i;

/** Subjects of the status page incidents still open with a major or critical impact (or a component in major outage). */
function liveMajorSubjects(items: readonly Item[]): Set<string> {
  const subjects = new Set<string>();
  for (const i of items) {
    if (!isStatusPage(i) || i.ev.meta?.field !== 'incident') continue;
    const subject = i.ev.meta?.subject;
    if (typeof subject !== 'string' || CLOSED.test(i.ev.text) || !SEVERE.test(i.ev.text)) continue;
    subjects.add(subject);
  }
  return subjects;
}

/** Status page items of an open major/critical incident: an outage the page itself declares. */
export function statusOutageCites(items: readonly Item[], limit = 3): string[] {
  const live = liveMajorSubjects(items);
  return items
    .filter((i) => isStatusPage(i) && live.has(String(i.ev.meta?.subject ?? '')))
    .map((i) => i.id)
    .slice(0, limit);
}

/** Status page items, those of an open major/critical incident first. */
export function statusPageCites(items: readonly Item[], limit = 3): string[] {
  const live = statusOutageCites(items, limit);
  const rest = items.filter((i) => isStatusPage(i) && !live.includes(i.id)).map((i) => i.id);
  return [...live, ...rest].slice(0, limit);
}

// "haven't looked at other customers yet" leaves the question open
// so do a check still running ("querying for other tenants now") and "X is the only one that has
// written in", which says the others have not
export const NOT_ESTABLISHED =
  /\b(?:haven'?t|have not|hasn'?t|not (?:yet )?known|don'?t know|unknown|unclear|whether|(?:querying|checking|searching|looking) (?:for|into|at|through|whether|if)|(?:will|going to|to|can|could|should|let me|i'?ll|we'?ll) (?:check|query|look|search)|the only (?:one|customer|tenant|account|org)|none (?:so far|yet|found)|found none|no (?:matching |similar |related )?(?:tickets|reports|cases)\b)\b/i;

/** True unless a sentence that mentions other customers says they are fine or not affected. */
export function othersAffected(item: Item, index: number): boolean {
  return !readsOthersFine(item.analyzed[index]);
}
