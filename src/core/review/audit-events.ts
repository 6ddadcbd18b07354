/**
 * @module The audit-event catalog: every kind of change the review service records, each with a
 * zod schema for its properties. Appending goes through one function in the storage adapter.
 */
import { z } from 'zod';

const Change = z.object({ before: z.unknown(), after: z.unknown() });

export const AUDIT_EVENTS = {
  'packet.created': z.object({ version: z.number(), inputs: z.array(z.string()) }),
  'packet.prepared': z.object({
    version: z.number(),
    severity: z.string().nullable(),
    escalate: z.boolean(),
  }),
  'packet.prepare_failed': z.object({ version: z.number(), error: z.string() }),
  'packet.reprepared': z.object({ version: z.number(), inputs: z.array(z.string()) }),
  'packet.transitioned': Change.extend({ reason: z.string().nullable(), toldBy: z.string().nullable() }),
  'draft.edited': Change.extend({ draft: z.string(), version: z.number() }),
  'decision.overridden': Change.extend({ field: z.enum(['severity', 'routing']), reason: z.string() }),
  'gate.approved': Change.extend({ gate: z.string(), comment: z.string().nullable() }),
  'gate.rejected': Change.extend({ gate: z.string(), comment: z.string().nullable() }),
  'packet.owner_assigned': Change.extend({ userId: z.string().nullable() }),
  'packet.marked_sent': z.object({ draft: z.string(), version: z.number(), text: z.string() }),
  'audit.exported': z.object({ format: z.string() }),
  'handoff.rated': z.object({
    version: z.number(),
    rating: z.enum(['knew-first-move', 'had-to-ask']),
    note: z.string().nullable(),
  }),
  'fact.corrected': z.object({
    version: z.number(),
    field: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    note: z.string().nullable(),
  }),
  'case.exported': z.object({ version: z.number(), inputs: z.array(z.string()) }),
  'user.login': z.object({ method: z.enum(['password', 'token']) }),
  'user.login_failed': z.object({ email: z.string() }),
  'user.created': z.object({ email: z.string(), role: z.string() }),
  'token.created': z.object({
    name: z.string(),
    id: z.string().optional(),
    scopes: z.array(z.string()).optional(),
    expiresAt: z.string().nullable().optional(),
    for: z.string().optional(),
  }),
  'token.revoked': z.object({ id: z.string(), name: z.string(), for: z.string() }),
  'user.disabled': z.object({ email: z.string() }),
  'user.enabled': z.object({ email: z.string() }),
} as const;

export type AuditEventName = keyof typeof AUDIT_EVENTS;
export type AuditProperties<N extends AuditEventName> = z.infer<(typeof AUDIT_EVENTS)[N]>;

export interface AuditEvent<N extends AuditEventName = AuditEventName> {
  readonly name: N;
  readonly actor: string;
  readonly packetId: string | null;
  readonly properties: AuditProperties<N>;
}

/** Builds an event, validating its properties against the catalog (a bug, not bad input, if it fails). */
export function auditEvent<N extends AuditEventName>(
  name: N,
  actor: string,
  packetId: string | null,
  properties: AuditProperties<N>,
): AuditEvent<N> {
  AUDIT_EVENTS[name].parse(properties);
  return { name, actor, packetId, properties };
}
