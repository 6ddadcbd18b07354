/**
 * @module A reviewed packet as an eval case: its input files exactly as uploaded under `handoff/`,
 * `expected.json` built from the reviewed result (overrides, fact corrections, gate decisions), and
 * `review.json` saying what reviewers changed. Only an approved version exports; the export is audited.
 */

import { SpineError } from '../../core/errors.js';
import { caseFromReview } from '../../core/eval/case-from-review.js';
import { unsafeCasePath } from '../../core/eval/check-case-path.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { isVersionApproved } from '../../core/review/is-version-approved.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface CaseFile {
  /** relative to the case folder: `handoff/…`, `expected.json`, `review.json` */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ExportedCase {
  readonly packetId: string;
  readonly version: number;
  /** the packet's asOf: also a fixed time stamp for zip entries, so an export is reproducible */
  readonly asOf: string;
  readonly files: readonly CaseFile[];
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

export async function exportCase(
  store: ReviewStore,
  input: { packetId: string; actor: string },
  now: string,
): Promise<ExportedCase> {
  return store.transaction(async (tx) => {
    const record = await requirePacket(tx, input.packetId);
    const packet = (await tx.readVersion(record.id, record.version))?.packet;
    if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', `packet ${record.id} is not prepared yet`);
    // The gold is what reviewers stand behind: the version must have been approved.
    if (!isVersionApproved(await tx.readAudit({ packetId: record.id }))) {
      throw new SpineError(
        'SPINE_ERR_NOT_APPROVED',
        `approve version ${record.version} of packet ${record.id} before exporting it as an eval case (it is ${record.state.replace('_', ' ')})`,
      );
    }
    const inputs = await tx.readInputList(record.id, record.version);
    const files: CaseFile[] = [];
    for (const item of inputs) {
      const unsafe = unsafeCasePath(item.name);
      if (unsafe) {
        throw new SpineError(
          'SPINE_ERR_INVALID_ARGUMENT',
          `input "${item.name}" of packet ${record.id}: ${unsafe}; refusing to export it`,
        );
      }
      const bytes = await tx.readBlob(item.sha256);
      if (!bytes)
        throw new Error(`input ${item.name} of packet ${record.id}: blob ${item.sha256} is missing`);
      files.push({ path: `handoff/${item.name}`, bytes });
    }
    const corrections = (await tx.readFeedback(record.id)).filter(
      (f) => f.kind === 'fact' && f.version === record.version && f.field !== null,
    );
    const gates = await tx.readGates(record.id, record.version);
    const review = {
      severity: record.severity,
      primaryTarget: record.primaryTarget,
      corrections: corrections.map((c) => ({ field: c.field ?? '', value: c.value })),
    };
    const built = caseFromReview(packet, review, gates);
    files.push({ path: 'expected.json', bytes: json(built.expected) });
    files.push({
      path: 'review.json',
      bytes: json({
        packetId: record.id,
        version: record.version,
        title: record.title,
        severity: { suggested: packet.decision.severity?.level ?? null, reviewed: record.severity },
        primaryTarget: {
          suggested: packet.decision.targets[0]?.team ?? null,
          reviewed: record.primaryTarget,
        },
        corrections: corrections.map((c) => ({
          field: c.field,
          value: c.value,
          note: c.note,
          by: c.actor,
          at: c.at,
        })),
        omitted: built.omitted,
      }),
    });
    await tx.appendAudit(
      auditEvent('case.exported', input.actor, record.id, {
        version: record.version,
        inputs: inputs.map((i) => i.name),
      }),
      now,
    );
    return { packetId: record.id, version: record.version, asOf: packet.asOf, files };
  });
}
