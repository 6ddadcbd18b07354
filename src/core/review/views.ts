/**
 * @module What the review API answers with: the queue row, the packet a reviewer sees, its gates and
 * drafts. The storage adapter builds these and the web page reads them, from this one definition.
 */
import type { Explanation } from '../explain/format-explain.js';
import type { Packet } from '../model/packet.js';
import type { PacketState } from './transitions.js';

export const DRAFT_NAMES = ['customerUpdate', 'brief', 'handoff', 'internalPost'] as const;
export type DraftName = (typeof DRAFT_NAMES)[number];

export interface PacketSummary {
  readonly id: string;
  readonly title: string;
  /** what broke, in a line, once a version is prepared */
  readonly headline: string | null;
  readonly account: string | null;
  readonly state: PacketState;
  readonly version: number;
  readonly jobStatus: 'preparing' | 'ready' | 'failed';
  readonly severity: string | null;
  readonly escalate: boolean | null;
  readonly primaryTarget: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly nextInternalDue: string | null;
  readonly nextCustomerDue: string | null;
  /** the first response is due by then, for the current severity (null when the policy sets none) */
  readonly respondBy: string | null;
}

export interface GateView {
  readonly id: string;
  readonly kind: string;
  readonly subject: string;
  readonly state: 'pending' | 'approved' | 'rejected';
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly comment: string | null;
}

export interface DraftView {
  readonly text: string;
  readonly revision: number;
  readonly author: string | null;
  readonly at: string | null;
}

export interface OverrideView {
  readonly field: string;
  readonly original: string;
  readonly value: string;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

export interface SentView {
  readonly draft: string;
  readonly text: string;
  readonly by: string;
  readonly at: string;
}

/** Who took the packet: a user (by id) or a named owner without an account. */
export interface PacketOwner {
  readonly userId: string | null;
  readonly name: string;
  readonly assignedBy: string;
  readonly assignedAt: string;
}

/** Someone a packet can be assigned to. */
export interface OwnerCandidate {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

/** The packet's audit trail in a line: how many events, and the newest. */
export interface AuditSummary {
  readonly events: number;
  readonly last: {
    readonly id: number;
    readonly name: string;
    readonly actor: string;
    readonly at: string;
  } | null;
}

export interface PacketView extends PacketSummary {
  readonly packet: Packet | null;
  readonly markdown: string | null;
  /** the signals the policy read, each with the traces that set it; null for older versions */
  readonly explanation: Explanation | null;
  readonly error: string | null;
  /** while the shown version is being prepared: what the job is doing now */
  readonly progress: string | null;
  readonly gates: GateView[];
  readonly drafts: Record<DraftName, DraftView>;
  readonly overrides: OverrideView[];
  readonly sent: SentView[];
  readonly inputs: Array<{ name: string; sha256: string; size: number }>;
  readonly versions: Array<{ version: number; status: string; createdAt: string; preparedAt: string | null }>;
  readonly closingReason: string | null;
  readonly toldBy: string | null;
  readonly owner: PacketOwner | null;
  readonly audit: AuditSummary;
}

export interface FollowUp {
  readonly packetId: string;
  readonly title: string;
  readonly kind: 'internal' | 'customer';
  readonly due: string;
  readonly overdue: boolean;
}
