/**
 * @module Whether the packet's current version was approved by a reviewer, read from its audit log
 * in order: approving sets it, re-opening the review or re-preparing (a new version) clears it, and
 * sending or closing an approved packet keeps it. Pure.
 */

export interface AuditEntry {
  readonly name: string;
  readonly properties: unknown;
}

/** @example isVersionApproved([{ name: 'packet.transitioned', properties: { after: 'approved' } }]) // true */
export function isVersionApproved(events: readonly AuditEntry[]): boolean {
  let approved = false;
  for (const event of events) {
    if (event.name === 'packet.reprepared') approved = false;
    if (event.name !== 'packet.transitioned') continue;
    const after = (event.properties as { after?: unknown } | null)?.after;
    if (after === 'approved') approved = true;
    else if (after === 'in_review' || after === 'changes_requested') approved = false;
  }
  return approved;
}
