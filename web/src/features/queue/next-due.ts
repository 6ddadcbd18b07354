/** @module The next follow-up a packet owes (internal or customer), and whether it is overdue. */
import type { PacketSummary } from '../../api/types.js';

export interface NextDue {
  readonly kind: 'internal' | 'customer';
  readonly at: string;
  readonly overdue: boolean;
}

export function nextDue(packet: PacketSummary, now: number): NextDue | null {
  const candidates: NextDue[] = [];
  for (const [kind, at] of [
    ['internal', packet.nextInternalDue],
    ['customer', packet.nextCustomerDue],
  ] as const) {
    if (at) candidates.push({ kind, at, overdue: new Date(at).getTime() < now });
  }
  candidates.sort((a, b) => a.at.localeCompare(b.at));
  return candidates[0] ?? null;
}

const CLOSED = new Set(['resolved', 'de_escalated']);

/** Overdue first, then what is due soonest, then the newest; closed packets last. */
export function sortQueue(packets: readonly PacketSummary[], now: number): PacketSummary[] {
  const rank = (p: PacketSummary) => {
    if (CLOSED.has(p.state)) return 3;
    const due = nextDue(p, now);
    return due?.overdue ? 0 : due ? 1 : 2;
  };
  return [...packets].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const da = CLOSED.has(a.state) ? null : nextDue(a, now)?.at;
    const db = CLOSED.has(b.state) ? null : nextDue(b, now)?.at;
    if (da && db && da !== db) return da.localeCompare(db);
    return b.createdAt.localeCompare(a.createdAt);
  });
}
