/** @module One audit event as a sentence a support lead can read. */
import type { AuditRow } from '../../api/types.js';

const DRAFT_LABELS: Record<string, string> = {
  customerUpdate: 'customer update',
  brief: 'brief',
  handoff: 'handoff note',
  internalPost: 'internal post',
};

function str(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface DescribedEvent {
  readonly summary: string;
  /** before/after texts worth showing in full (draft edits, the text marked as sent) */
  readonly before?: string;
  readonly after?: string;
}

export function describeEvent(event: AuditRow): DescribedEvent {
  const p = (event.properties ?? {}) as Record<string, unknown>;
  const who = event.actor;
  switch (event.name) {
    case 'packet.created':
      return {
        summary: `${who} created the packet from ${(p.inputs as string[] | undefined)?.join(', ') ?? 'an upload'}`,
      };
    case 'packet.prepared':
      return {
        summary: `Spine prepared version ${str(p.version)}: severity ${str(p.severity)}, escalate ${p.escalate ? 'yes' : 'no'}`,
      };
    case 'packet.prepare_failed':
      return { summary: `Preparing version ${str(p.version)} failed: ${str(p.error)}` };
    case 'packet.reprepared':
      return { summary: `${who} added evidence; version ${str(p.version)} is being prepared` };
    case 'packet.transitioned':
      return {
        summary: `${who} moved the packet from ${str(p.before)} to ${str(p.after)}${p.reason ? ` — “${str(p.reason)}”` : ''}`,
      };
    case 'draft.edited':
      return {
        summary: `${who} edited the ${DRAFT_LABELS[str(p.draft)] ?? str(p.draft)}`,
        before: str(p.before),
        after: str(p.after),
      };
    case 'decision.overridden':
      return {
        summary: `${who} overrode ${str(p.field)} from ${str(p.before)} to ${str(p.after)} — reason: “${str(p.reason)}”`,
      };
    case 'gate.approved':
    case 'gate.rejected':
      return {
        summary: `${who} ${event.name === 'gate.approved' ? 'approved' : 'rejected'} gate ${str(p.gate)}${p.comment ? ` — “${str(p.comment)}”` : ''}`,
      };
    case 'packet.owner_assigned':
      return {
        summary: `${who} assigned the packet to ${str(p.after)}${p.before ? ` (was ${str(p.before)})` : ''}`,
      };
    case 'packet.marked_sent':
      return { summary: `${who} marked the customer update as sent`, after: str(p.text) };
    case 'handoff.rated':
      return {
        summary: `${who} rated the handoff: ${p.rating === 'knew-first-move' ? 'knew the first move' : 'had to ask'}${p.note ? ` — missing: “${str(p.note)}”` : ''}`,
      };
    case 'fact.corrected':
      return {
        summary: `${who} corrected ${str(p.field)} from ${str(p.before)} to ${str(p.after)}${p.note ? ` — “${str(p.note)}”` : ''}`,
      };
    case 'case.exported':
      return { summary: `${who} exported version ${str(p.version)} as an eval case` };
    case 'audit.exported':
      return { summary: `${who} exported the audit log as ${str(p.format)}` };
    default:
      return { summary: `${who}: ${event.name} ${JSON.stringify(event.properties)}` };
  }
}
