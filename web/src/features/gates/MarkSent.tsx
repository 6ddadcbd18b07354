/**
 * @module "Mark as sent": records that a person sent the approved customer update themselves.
 * Enabled only when the send gate and every gate behind a placeholder in the text are approved, the
 * placeholders have been replaced by the approved wording, and the packet is approved (once).
 */
import { useState } from 'react';
import { blockingGates, unfilledPlaceholders } from '../../../../src/core/review/send-blockers.js';
import { api, messageOf } from '../../api/client.js';
import type { Packet, PacketView } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { formatTime } from '../../ui/format.js';
import { useLock } from '../../ui/use-lock.js';

export function MarkSent({
  view,
  packet,
  onChanged,
}: {
  view: PacketView;
  packet: Packet;
  onChanged: (view: PacketView) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const lock = useLock(useCan().whyNot('packet.mark_sent'));
  const blocking = blockingGates(
    view.gates,
    packet.drafts.customerUpdate.placeholders,
    view.drafts.customerUpdate.text,
  );
  const unfilled = unfilledPlaceholders(view.drafts.customerUpdate.text);
  // the server records a send only from the approved state, once (core/review/transitions.ts)
  const why =
    view.state === 'sent'
      ? 'This version was marked as sent; its gates are frozen.'
      : blocking.length > 0
        ? `Waiting for approval: ${blocking.map((g) => `${g.id} (${g.state})`).join(', ')}.`
        : unfilled.length > 0
          ? `Approved. Replace ${unfilled.join(', ')} in the customer update with the approved wording.`
          : view.state !== 'approved'
            ? 'Every gate this update needs is approved. Approve the packet (Review state) to record the send.'
            : 'Every gate this update needs is approved.';
  const ready = blocking.length === 0 && unfilled.length === 0 && view.state === 'approved';
  const closed = view.state === 'resolved' || view.state === 'de_escalated' || view.state === 'sent';

  async function mark() {
    setError(null);
    try {
      onChanged(await api.markSent(view.id));
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <section className="card mark-sent" aria-labelledby="sent-title">
      <h2 id="sent-title">Send the customer update</h2>
      <p className="muted">
        Spine sends nothing. Send the approved text yourself, then record it here; the customer cadence
        restarts.
      </p>
      <p id="sent-why" className={ready ? 'ready' : 'blocked'}>
        {why}
      </p>
      <button
        type="button"
        className="primary"
        disabled={!ready || closed || lock.locked}
        aria-describedby={lock.noteId ? `sent-why ${lock.noteId}` : 'sent-why'}
        title={lock.describe.title}
        onClick={mark}
      >
        Mark customer update as sent
      </button>
      {lock.note}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {view.sent.length > 0 && (
        <ul className="sent-list" aria-label="Updates marked as sent">
          {view.sent.map((s) => (
            <li key={s.at}>
              Marked as sent by {s.by}, {formatTime(s.at)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
