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
import type {
  AuditSummary,
  DraftName,
  GateView,
  OverrideView,
  OwnerCandidate,
  PacketOwner,
  PacketSummary,
  SentView,
} from '../core/review/views.js';

/** One uploaded input file: its safe relative name and its bytes. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A packet row as created from an upload, before any version is prepared. */
export interface NewPacket {
  readonly id: string;
  readonly title: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** A version waiting for its prepare job. */
export interface NewVersion {
  readonly version: number;
  readonly asOf: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

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
  /** the newest version, when a new one is added */
  readonly version?: number;
  readonly jobStatus?: PacketSummary['jobStatus'];
}

export interface AuditRecord {
  readonly id: number;
  readonly packetId: string | null;
  readonly actor: string;
  readonly name: AuditEventName;
  readonly properties: unknown;
  readonly at: string;
}

/** One row of a packet's version list (no bodies). */
export type VersionListing = Omit<StoredVersion, 'packet' | 'markdown' | 'explanation' | 'error'>;

/** What one packet view is made of, read together. */
export interface PacketViewState {
  readonly record: PacketRecord;
  readonly versions: VersionListing[];
  readonly audit: AuditSummary;
  /** the shown version and the review state on it; absent when only the tag's inputs were asked for */
  readonly body?: {
    /** undefined when the shown version does not exist */
    readonly stored: StoredVersion | undefined;
    readonly edits: DraftEditRecord[];
    readonly gates: GateView[];
    readonly overrides: OverrideView[];
    readonly sent: SentView[];
    readonly inputs: InputRecord[];
    readonly owner: PacketOwner | null;
  };
}

export interface ReviewReader {
  /** The packet, or undefined. `lock` holds the row until the transaction ends (PostgreSQL). */
  findPacket(id: string, options?: { lock?: boolean }): Promise<PacketRecord | undefined>;
  /** One stored version with its parsed packet (null until prepared), or undefined when there is none. */
  readVersion(packetId: string, version: number): Promise<StoredVersion | undefined>;
  /** Every version, oldest first, without packet bodies. */
  listVersions(packetId: string): Promise<VersionListing[]>;
  /**
   * The packet row, its versions and audit summary (what a view's tag is made from) and, with
   * `body`, the rest of the view of `version` (the newest when omitted), in one round trip; undefined
   * when there is no such packet. Only where a query is a network round trip (PostgreSQL): where
   * queries cost microseconds the view is read piece by piece.
   */
  readPacketViewState?(
    packetId: string,
    options: { version?: number | undefined; body: boolean },
  ): Promise<PacketViewState | undefined>;
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
  /** How many audit events a packet has and the newest, without reading them all. */
  auditSummary(packetId: string): Promise<AuditSummary>;
  /** Queue rows, most recently updated first. */
  listPackets(filter: {
    states?: readonly PacketState[] | undefined;
    limit?: number;
  }): Promise<PacketSummary[]>;
  /** Who a reviewer assigned the packet to, or null. */
  readOwner(packetId: string): Promise<PacketOwner | null>;
  /** Everyone a packet can be assigned to (every account), by name. */
  listOwnerCandidates(): Promise<OwnerCandidate[]>;
  /** Handoff ratings and fact corrections on every version of the packet, oldest first. */
  readFeedback(packetId: string): Promise<FeedbackView[]>;
  /** An input file's exact bytes by its sha256, or undefined when the store has none. */
  readBlob(sha256: string): Promise<Uint8Array | undefined>;
}

export interface ReviewWriter extends ReviewReader {
  insertPacket(packet: NewPacket): Promise<void>;
  /** Adds a queued version (its packet is recorded by the prepare job). */
  addVersion(packetId: string, version: NewVersion): Promise<void>;
  /** Stores the files' bytes once each and lists them as the version's inputs (a same name is replaced). */
  putInputs(packetId: string, version: number, files: readonly UploadedFile[]): Promise<void>;
  /** Lists one version's inputs again under another version, without copying bytes. */
  copyInputs(packetId: string, from: number, to: number): Promise<void>;
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
  setOwner(packetId: string, owner: PacketOwner): Promise<void>;
  appendAudit(event: AuditEvent, at: string): Promise<void>;
  /** Records one rating or correction; answers with it as stored (its id set). */
  addFeedback(packetId: string, entry: Omit<FeedbackView, 'id'>): Promise<FeedbackView>;
}

export interface ReviewStore extends ReviewReader {
  /** Runs `work` in one transaction: its changes and audit events commit together or not at all. */
  transaction<T>(work: (tx: ReviewWriter) => Promise<T>): Promise<T>;
}
