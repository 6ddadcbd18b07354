/**
 * @module The review lifecycle of a packet as one transition table: which state may follow which,
 * and what each edge requires. Pure; the service records the timestamps and the audit event.
 */

export const PACKET_STATES = [
  'prepared',
  'in_review',
  'changes_requested',
  'approved',
  'resolved',
  'de_escalated',
] as const;
export type PacketState = (typeof PACKET_STATES)[number];

/** Edges a person can take; re-preparing a packet is separate (it always returns to `prepared`). */
const EDGES: Readonly<Record<PacketState, readonly PacketState[]>> = {
  prepared: ['in_review', 'resolved', 'de_escalated'],
  in_review: ['approved', 'changes_requested', 'resolved', 'de_escalated'],
  changes_requested: ['in_review', 'resolved', 'de_escalated'],
  approved: ['in_review', 'resolved', 'de_escalated'],
  resolved: [],
  de_escalated: [],
};

export const OPEN_STATES: readonly PacketState[] = ['prepared', 'in_review', 'changes_requested', 'approved'];

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

export interface TransitionInput {
  readonly from: PacketState;
  readonly to: PacketState;
  /** why: required to request changes, resolve or de-escalate */
  readonly reason?: string | undefined;
  /** de-escalation: who told the receiving team */
  readonly toldBy?: string | undefined;
  /** approving the packet needs every gate decided */
  readonly pendingGates?: number;
}

/** Decides whether `from → to` is allowed and has what it needs. */
export function checkTransition(input: TransitionInput): TransitionCheck {
  const { from, to } = input;
  if (!EDGES[from].includes(to)) return { ok: false, reason: `a packet cannot go from ${from} to ${to}` };
  const reason = input.reason?.trim() ?? '';
  switch (to) {
    case 'changes_requested':
    case 'resolved':
      if (!reason) return { ok: false, reason: `moving to ${to} needs a reason` };
      return { ok: true };
    case 'de_escalated':
      if (!reason) return { ok: false, reason: 'de-escalating needs a reason' };
      if (!input.toldBy?.trim())
        return { ok: false, reason: 'de-escalating needs who told the receiving team' };
      return { ok: true };
    case 'approved':
      if ((input.pendingGates ?? 0) > 0) {
        return { ok: false, reason: `${input.pendingGates} gate(s) are still pending` };
      }
      return { ok: true };
    case 'in_review':
    case 'prepared':
      return { ok: true };
    default:
      return assertUnreachable(to);
  }
}

/** Whether follow-ups are still owed on a packet in this state. */
export function isOpen(state: PacketState): boolean {
  return OPEN_STATES.includes(state);
}

function assertUnreachable(value: never): never {
  throw new Error(`unexpected state ${String(value)}`);
}
