/** @module Open packets whose next internal or customer update is due before a time, overdue first. */
import { OPEN_STATES } from '../../core/review/transitions.js';
import type { FollowUp } from '../../core/review/views.js';
import type { ReviewReader } from '../../ports/review-store.js';

export async function dueFollowUps(store: ReviewReader, now: string, until: string): Promise<FollowUp[]> {
  const items: FollowUp[] = [];
  for (const packet of await store.listOpenPackets(OPEN_STATES)) {
    for (const [kind, due] of [
      ['internal', packet.nextInternalDue],
      ['customer', packet.nextCustomerDue],
    ] as const) {
      if (due && due <= until)
        items.push({ packetId: packet.id, title: packet.title, kind, due, overdue: due < now });
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.packetId.localeCompare(b.packetId));
}
