/**
 * @module Response schemas of the review API. Every answer is parsed through its schema before it
 * is sent: zod drops any key a schema does not name, so a field added to a view in the store or
 * the core reaches a client only once it is named here. The packet itself is the stored JSON,
 * checked against the packet contract when it was prepared, and embedded as that text.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CustomerViewSchema } from '../../core/review/customer-view.js';
import { PACKET_STATES } from '../../core/review/transitions.js';
import { DRAFT_NAMES } from '../../core/review/views.js';

export { CustomerViewSchema };

const at = z.string();
const maybeAt = z.string().nullable();

export const PacketSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  headline: z.string().nullable(),
  account: z.string().nullable(),
  state: z.enum(PACKET_STATES),
  version: z.number(),
  jobStatus: z.enum(['preparing', 'ready', 'failed']),
  severity: z.string().nullable(),
  escalate: z.boolean().nullable(),
  primaryTarget: z.string().nullable(),
  createdBy: z.string(),
  createdAt: at,
  updatedAt: at,
  nextInternalDue: maybeAt,
  nextCustomerDue: maybeAt,
  respondBy: maybeAt,
});

/** A queue row for a role outside the team: no severity, headline, routing or staff. */
export const CustomerSummarySchema = PacketSummarySchema.pick({
  id: true,
  title: true,
  account: true,
  state: true,
  version: true,
  jobStatus: true,
  updatedAt: true,
});

export const PacketListSchema = z.object({ packets: z.array(PacketSummarySchema) });
export const CustomerListSchema = z.object({ packets: z.array(CustomerSummarySchema) });

export const GateViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  subject: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  decidedBy: z.string().nullable(),
  decidedAt: maybeAt,
  comment: z.string().nullable(),
});

export const DraftViewSchema = z.object({
  text: z.string(),
  revision: z.number(),
  author: z.string().nullable(),
  at: maybeAt,
});

export const PacketOwnerSchema = z.object({
  userId: z.string().nullable(),
  name: z.string(),
  assignedBy: z.string(),
  assignedAt: at,
});

export const DiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const OwnerAnswerSchema = z.object({ owner: PacketOwnerSchema });
export const OwnerListSchema = z.object({
  owner: PacketOwnerSchema.nullable(),
  candidates: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
});

/** The team's view of a packet, without the packet body (embedded as stored; see teamViewJson). */
export const TeamViewSchema = PacketSummarySchema.extend({
  markdown: z.string().nullable(),
  error: z.string().nullable(),
  progress: z.string().nullable(),
  gates: z.array(GateViewSchema),
  drafts: z.object(
    Object.fromEntries(DRAFT_NAMES.map((name) => [name, DraftViewSchema])) as Record<
      (typeof DRAFT_NAMES)[number],
      typeof DraftViewSchema
    >,
  ),
  overrides: z.array(
    z.object({
      field: z.string(),
      original: z.string(),
      value: z.string(),
      reason: z.string(),
      by: z.string(),
      at,
    }),
  ),
  sent: z.array(z.object({ draft: z.string(), text: z.string(), by: z.string(), at })),
  inputs: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number() })),
  versions: z.array(
    z.object({ version: z.number(), status: z.string(), createdAt: at, preparedAt: maybeAt }),
  ),
  closingReason: z.string().nullable(),
  toldBy: z.string().nullable(),
  owner: PacketOwnerSchema.nullable(),
  /** the signals the policy read, with their traces (core/explain); stored with the version */
  explanation: z.unknown().nullable(),
  audit: z.object({
    events: z.number(),
    last: z.object({ id: z.number(), name: z.string(), actor: z.string(), at }).nullable(),
  }),
});

export const DraftHistorySchema = z.object({
  history: z.array(
    z.object({ version: z.number(), revision: z.number(), text: z.string(), author: z.string(), at }),
  ),
});

export const AuditEventsSchema = z.object({
  events: z.array(
    z.object({
      id: z.number(),
      packetId: z.string().nullable(),
      actor: z.string(),
      name: z.string(),
      properties: z.unknown(),
      at,
    }),
  ),
});

export const FollowUpsSchema = z.object({
  now: at,
  until: at,
  items: z.array(
    z.object({
      packetId: z.string(),
      title: z.string(),
      kind: z.enum(['internal', 'customer']),
      due: at,
      overdue: z.boolean(),
    }),
  ),
});

/** A response its schema refused: a bug in the service, answered as a plain 500 (details in the log). */
export class ResponseSchemaError extends Error {
  constructor(cause: z.ZodError) {
    super(`a response did not match its schema: ${cause.issues[0]?.path.join('.') ?? ''}`, { cause });
    this.name = 'ResponseSchemaError';
  }
}

/** The value as its schema allows it (unknown keys dropped); throws ResponseSchemaError otherwise. */
export function shaped<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ResponseSchemaError(parsed.error);
  return parsed.data;
}

/** Sends JSON already made, as text or UTF-8 bytes (the stored packet embedded unchanged). */
export function sendJsonText(reply: FastifyReply, json: string | Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
