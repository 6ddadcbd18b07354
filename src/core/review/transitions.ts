/**
 * @module The review lifecycle of a packet as one transition table: which state may follow which,
 * and what each edge requires. Sending is part of it: `approved → sent` once per version, and a
 * sent packet's gates are frozen. Pure; the service records the timestamps and the audit event.
 */
import type { ErrorCode } from '../errors.js';

export const PACKET_STATES = [
  'prepared',
  'in_review',
  'changes_requested',
  'approved',
  'sent',
  'resolved',
  'de_escalated',
] as const;
export type PacketState = (typeof PACKET_STATES)[number];

/** Edges a person can take; re-preparing a packet is separate (it always returns to `prepared`). */
const EDGES: Readonly<Record<PacketState, readonly PacketState[]>> = {
  prepared: ['in_review', 'resolved', 'de_escalated'],
  in_review: ['approved', 'changes_requested', 'resolved', 'de_escalated'],
  changes_requested: ['in_review', 'resolved', 'de_escalated'],
  approved: ['in_review', 'sent', 'resolved', 'de_escalated'],
  // What was sent stays sent: no way back to review, only closing (or a new version).
  sent: ['resolved', 'de_escalated'],
  resolved: [],
  de_escalated: [],
};

/** States a person moves to with `POST …/transition`; `sent` is reached only by marking the update sent. */
export const MANUAL_STATES = PACKET_STATES.filter((s) => s !== 'prepared' && s !== 'sent');

export const OPEN_STATES: readonly PacketState[] = [
  'prepared',
  'in_review',
  'changes_requested',
  'approved',
  'sent',
];

const CLOSED_STATES: readonly PacketState[] = ['resolved', 'de_escalated'];

export type TransitionCheck = { ok: true } | { ok: false; code: ErrorCode; reason: string };

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

const refuse = (code: ErrorCode, reason: string): TransitionCheck => ({ ok: false, code, reason });

function refuseSending(from: PacketState): TransitionCheck {
  if (from === 'sent')
    return refuse('SPINE_ERR_ALREADY_SENT', 'the customer update was already marked as sent');
  if (CLOSED_STATES.includes(from)) return refuse('SPINE_ERR_CONFLICT', `the packet is ${from}`);
  return refuse(
    'SPINE_ERR_NOT_APPROVED',
    `approve the packet before marking its customer update as sent (it is ${from.replace('_', ' ')})`,
  );
}

/** Decides whether `from → to` is allowed and has what it needs. */
export function checkTransition(input: TransitionInput): TransitionCheck {
  const { from, to } = input;
  if (!EDGES[from].includes(to)) {
    if (to === 'sent') return refuseSending(from);
    return refuse('SPINE_ERR_CONFLICT', `a packet cannot go from ${from} to ${to}`);
  }
  const reason = input.reason?.trim() ?? '';
  switch (to) {
    case 'changes_requested':
    case 'resolved':
      if (!reason) return refuse('SPINE_ERR_INVALID_ARGUMENT', `reason: moving to ${to} needs a reason`);
      return { ok: true };
    case 'de_escalated':
      if (!reason) return refuse('SPINE_ERR_INVALID_ARGUMENT', 'reason: de-escalating needs a reason');
      if (!input.toldBy?.trim())
        return refuse(
          'SPINE_ERR_INVALID_ARGUMENT',
          'toldBy: de-escalating needs who told the receiving team',
        );
      return { ok: true };
    case 'approved':
      if ((input.pendingGates ?? 0) > 0) {
        return refuse('SPINE_ERR_GATES_PENDING', `${input.pendingGates} gate(s) are still pending`);
      }
      return { ok: true };
    case 'in_review':
    case 'prepared':
    case 'sent':
      return { ok: true };
    default:
      return assertUnreachable(to);
  }
}

/** Whether a gate of a packet in this state may still be approved or rejected. */
export function checkGateChange(state: PacketState): TransitionCheck {
  if (state === 'sent') {
    return refuse('SPINE_ERR_GATES_FROZEN', 'the customer update was sent; its gates are frozen');
  }
  if (CLOSED_STATES.includes(state)) return refuse('SPINE_ERR_CONFLICT', `the packet is ${state}`);
  return { ok: true };
}

function assertUnreachable(value: never): never {
  throw new Error(`unexpected state ${String(value)}`);
}
