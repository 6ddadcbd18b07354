/**
 * @module The review store port: what the review use cases (`src/app/review/`) read and write,
 * in their own words. Adapters store; they decide nothing. Every change runs inside
 * `transaction`, together with its audit event.
 */
import type { Explanation } from '../core/explain/format-explain.js';
import type { Packet } from '../core/model/packet.js';
import type { AuditEvent, AuditEventName } from '../core/review/audit-events.js';
import type { FeedbackView } from '../core/review/feedback.js';
import type { PacketState } from '../core/review/transitions.js';
import type { DraftName, GateView, OverrideView, PacketSummary, SentView } from '../core/review/views.js';

/** The packet row: the queue summary plus how it was closed. */
export interface PacketRecord extends PacketSummary {
  readonly closingReason: string | null;
  readonly toldBy: string | null;
}

export interface StoredVersion {
  readonly version: number;
  readonly status: string;
  readonly packet: Packet | null;
  readonly markdown: string | null;
  /** the signals the policy read and their traces; null for versions stored before they were kept */
  readonly explanation?: Explanation | null;
  readonly error: string | null;
  readonly progress: string | null;
  readonly createdAt: string;
  readonly preparedAt: string | null;
}

export interface DraftEditRecord {
  readonly version: number;
  readonly draft: DraftName;
  readonly revision: number;
  readonly text: string;
  readonly author: string;
  readonly at: string;
}

export interface InputRecord {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
}

/** Changes to a packet row; `enteredAt` stamps the column of the state it moves to. */
export interface PacketChanges {
  readonly updatedAt: string;
  readonly state?: PacketState;
  readonly enteredAt?: string;
  readonly closingReason?: string | null;
  readonly toldBy?: string | null;
  readonly severity?: string;
  readonly primaryTarget?: string;
  readonly respondBy?: string | null;
  readonly nextInternalDue?: string | null;
  readonly nextCustomerDue?: string | null;
}

export interface AuditRecord {
  readonly id: number;
  readonly packetId: string | null;
  readonly actor: string;
  readonly name: AuditEventName;
  readonly properties: unknown;
  readonly at: string;
}

export interface ReviewReader {
  /** The packet, or undefined. `lock` holds the row until the transaction ends (PostgreSQL). */
  findPacket(id: string, options?: { lock?: boolean }): Promise<PacketRecord | undefined>;
  /** One stored version with its parsed packet (null until prepared), or undefined when there is none. */
  readVersion(packetId: string, version: number): Promise<StoredVersion | undefined>;
  /** Every version, oldest first, without packet bodies. */
  listVersions(
    packetId: string,
  ): Promise<Array<Omit<StoredVersion, 'packet' | 'markdown' | 'explanation' | 'error'>>>;
  readGates(packetId: string, version: number): Promise<GateView[]>;
  /** Draft edits, by version then revision; all versions when `version` is omitted. */
  readDraftEdits(packetId: string, version?: number): Promise<DraftEditRecord[]>;
  readOverrides(packetId: string): Promise<OverrideView[]>;
  readSentMarks(packetId: string): Promise<SentView[]>;
  readInputList(packetId: string, version: number): Promise<InputRecord[]>;
  /** Packets whose state still owes follow-ups. */
  listOpenPackets(states: readonly PacketState[]): Promise<PacketRecord[]>;
  /** The audit log, oldest first: one packet's, or everyone's up to `limit`. */
  readAudit(filter: { packetId?: string; limit?: number }): Promise<AuditRecord[]>;
  /** Handoff ratings and fact corrections on every version of the packet, oldest first. */
  readFeedback(packetId: string): Promise<FeedbackView[]>;
  /** An input file's exact bytes by its sha256, or undefined when the store has none. */
  readBlob(sha256: string): Promise<Uint8Array | undefined>;
}

export interface ReviewWriter extends ReviewReader {
  updatePacket(id: string, changes: PacketChanges): Promise<void>;
  addDraftEdit(packetId: string, edit: DraftEditRecord): Promise<void>;
  setGate(
    packetId: string,
    version: number,
    gateId: string,
    decision: { state: GateView['state']; by: string; at: string; comment: string | null },
  ): Promise<void>;
  addOverride(packetId: string, version: number, override: OverrideView): Promise<void>;
  addSentMark(packetId: string, version: number, mark: SentView): Promise<void>;
  appendAudit(event: AuditEvent, at: string): Promise<void>;
  /** Records one rating or correction; answers with it as stored (its id set). */
  addFeedback(packetId: string, entry: Omit<FeedbackView, 'id'>): Promise<FeedbackView>;
}

export interface ReviewStore extends ReviewReader {
  /** Runs `work` in one transaction: its changes and audit events commit together or not at all. */
  transaction<T>(work: (tx: ReviewWriter) => Promise<T>): Promise<T>;
}
