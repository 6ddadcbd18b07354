/** @module Reading and exporting the audit log; an export is itself audited. */
import { auditEvent } from '../../core/review/audit-events.js';
import type { AuditRecord, ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export async function packetAudit(store: ReviewStore, packetId: string): Promise<AuditRecord[]> {
  await requirePacket(store, packetId);
  return store.readAudit({ packetId });
}

/** The packet's events after recording who exported them, in which format. */
export async function exportPacketAudit(
  store: ReviewStore,
  input: { packetId: string; format: string; actor: string },
  now: string,
): Promise<AuditRecord[]> {
  await requirePacket(store, input.packetId);
  await store.transaction((tx) =>
    tx.appendAudit(auditEvent('audit.exported', input.actor, input.packetId, { format: input.format }), now),
  );
  return store.readAudit({ packetId: input.packetId });
}

export const recentAudit = (store: ReviewStore, limit = 1000): Promise<AuditRecord[]> =>
  store.readAudit({ limit });
