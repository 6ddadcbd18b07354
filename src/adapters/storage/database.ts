/** @module The review store's tables, as one Kysely Database type shared by SQLite and PostgreSQL. */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  /** set while the account is disabled (migration 0004) */
  disabled_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  /** space-separated scopes: read, review, tokens, admin (migration 0004) */
  scopes: Generated<string>;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  bytes: Uint8Array;
}

export interface PacketsTable {
  id: string;
  title: string;
  /** what broke, in a line, from the newest prepared packet (migration 0002) */
  headline: string | null;
  account: string | null;
  state: string;
  version: number;
  /** preparing | ready | failed: the newest version's job status */
  job_status: string;
  severity: string | null;
  escalate: number | null;
  primary_target: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  in_review_at: string | null;
  changes_requested_at: string | null;
  approved_at: string | null;
  resolved_at: string | null;
  de_escalated_at: string | null;
  closing_reason: string | null;
  told_by: string | null;
  next_internal_due: string | null;
  next_customer_due: string | null;
  /** when the customer update was marked sent (migration 0004) */
  sent_at: string | null;
  /** the first response is due by then, for the current severity (migration 0004) */
  respond_by: string | null;
}

export interface PacketVersionsTable {
  packet_id: string;
  version: number;
  status: string;
  packet_json: string | null;
  markdown: string | null;
  error: string | null;
  /** what the prepare job is doing now, while it runs (migration 0003) */
  progress: string | null;
  /** the signals the policy read and their traces, as JSON; null for older versions (migration 0008) */
  explanation_json: string | null;
  as_of: string | null;
  policy_sha256: string | null;
  created_by: string;
  created_at: string;
  prepared_at: string | null;
}

export interface PacketInputsTable {
  packet_id: string;
  version: number;
  name: string;
  sha256: string;
  size: number;
}

export interface DraftEditsTable {
  id: Generated<number>;
  packet_id: string;
  version: number;
  draft: string;
  revision: number;
  text: string;
  author: string;
  created_at: string;
}

export interface GateDecisionsTable {
  packet_id: string;
  version: number;
  gate_id: string;
  kind: string;
  subject: string;
  state: string;
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
}

export interface OverridesTable {
  id: Generated<number>;
  packet_id: string;
  version: number;
  field: string;
  original: string;
  value: string;
  reason: string;
  by_user: string;
  at: string;
}

export interface SentMarksTable {
  id: Generated<number>;
  packet_id: string;
  version: number;
  draft: string;
  text: string;
  by_user: string;
  at: string;
}

/** who owns a packet now, assigned by a reviewer (migration 0006) */
export interface PacketOwnersTable {
  packet_id: string;
  user_id: string | null;
  name: string;
  assigned_by: string;
  assigned_at: string;
}

/** a receiver's rating of a handoff, or a reviewer's correction of a fact (migration 0007) */
export interface FeedbackTable {
  id: Generated<number>;
  packet_id: string;
  packet_version: number;
  /** handoff | fact */
  kind: string;
  /** knew-first-move | had-to-ask (handoff ratings only) */
  rating: string | null;
  /** the fact's path, e.g. facts.errors[2] (fact corrections only) */
  field: string | null;
  /** JSON of the right value (fact corrections only) */
  value: string | null;
  note: string | null;
  actor: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  packet_id: string | null;
  actor: string;
  name: string;
  properties: string;
  at: string;
}

/** One failed sign-in, keyed `account:<email>` or `address:<ip>` (migration 0004). */
export interface LoginFailuresTable {
  key: string;
  at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  blobs: BlobsTable;
  packets: PacketsTable;
  packet_versions: PacketVersionsTable;
  packet_inputs: PacketInputsTable;
  draft_edits: DraftEditsTable;
  gate_decisions: GateDecisionsTable;
  overrides: OverridesTable;
  sent_marks: SentMarksTable;
  audit_log: AuditLogTable;
  login_failures: LoginFailuresTable;
  packet_owners: PacketOwnersTable;
  feedback: FeedbackTable;
}
