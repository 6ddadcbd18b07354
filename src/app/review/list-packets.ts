/** @module The queue: packets most recently updated first, optionally only those in some states. */
import type { PacketState } from '../../core/review/transitions.js';
import type { PacketSummary } from '../../core/review/views.js';
import type { ReviewReader } from '../../ports/review-store.js';

const QUEUE_LIMIT = 200;

export function listPackets(
  store: ReviewReader,
  filter: { readonly states?: readonly PacketState[] | undefined } = {},
): Promise<PacketSummary[]> {
  return store.listPackets({ states: filter.states, limit: QUEUE_LIMIT });
}
