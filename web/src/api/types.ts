/**
 * @module The shapes the review API answers with, as the page reads them. Packet types come from the
 * core model itself (type-only imports, erased at build), so the page cannot drift from the contract.
 */
import type { Evidence, Source } from '../../../src/core/model/evidence.js';
import type { Packet } from '../../../src/core/model/packet.js';
import type { CustomerView } from '../../../src/core/review/customer-view.js';
import type { Permission, ReviewRole } from '../../../src/core/review/roles.js';
import type { PacketState } from '../../../src/core/review/transitions.js';
import type {
  AuditSummary,
  DraftName,
  DraftView,
  FollowUp,
  GateView,
  OverrideView as Override,
  OwnerCandidate,
  PacketOwner,
  PacketSummary,
  PacketView,
} from '../../../src/core/review/views.js';
import type { WeekSignals } from '../../../src/core/signals/weekly-signals.js';
import type { AuditRecord } from '../../../src/ports/review-store.js';

export { DRAFT_NAMES } from '../../../src/core/review/views.js';

export type {
  AuditSummary,
  CustomerView,
  DraftName,
  DraftView,
  Evidence,
  FollowUp,
  GateView,
  Override,
  OwnerCandidate,
  Packet,
  PacketOwner,
  PacketState,
  PacketSummary,
  PacketView,
  Permission,
  ReviewRole,
  Source,
  WeekSignals,
};

/** `GET /api/signals`: the weekly figures, newest week first. */
export interface SignalsAnswer {
  readonly now: string;
  readonly timeZone: string;
  /** false while no handoff has been rated (the store has no feedback yet) */
  readonly ratingsAvailable: boolean;
  readonly truncated: boolean;
  readonly weeks: WeekSignals[];
}
/** An audit event as the page reads it: the store's record, its name any string (older or newer events). */
export type AuditRow = Omit<AuditRecord, 'name'> & { readonly name: string };

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: ReviewRole;
}

/** Who is signed in and what the role may do: the page disables the rest; the service still decides. */
export interface Session {
  readonly user: User;
  readonly csrfToken: string;
  readonly permissions: readonly Permission[];
  /** gate kinds the policy lets this user approve or reject */
  readonly gateKinds: readonly string[];
  /** the policy's approvers per gate kind, to say who may decide a gate */
  readonly gateApprovers: Readonly<Record<string, readonly string[]>>;
}

export interface DraftRevision {
  readonly version: number;
  readonly revision: number;
  readonly text: string;
  readonly author: string;
  readonly at: string;
}
