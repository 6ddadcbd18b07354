/**
 * @module Approval gates, compact: one line per gate with its state and, while it is pending, one
 * decision: approve, or reject with a reason (asked for only then). A rejected gate can still be
 * approved; an approved one has no controls. "Approve all I may approve" covers this role's gates.
 */
import { useId, useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { GateView, PacketView } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { formatTime } from '../../ui/format.js';
import { useLock } from '../../ui/use-lock.js';

export function GatesPanel({ view, onChanged }: { view: PacketView; onChanged: () => Promise<void> }) {
  const can = useCan();
  const pending = view.gates.filter((g) => g.state === 'pending');
  const mine = pending.filter((g) => can.whyNotGate(g.kind) === null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function approveAll() {
    setBusy(true);
    setError(null);
    try {
      for (const gate of mine) await api.decideGate(view.id, gate.id, 'approved', '');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      await onChanged();
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="gates-title">
      <div className="gates-head">
        <h2 id="gates-title">
          Approval gates ({pending.length} pending of {view.gates.length})
        </h2>
        {pending.length > 0 && (
          <button type="button" className="approve" onClick={approveAll} disabled={busy || mine.length === 0}>
            Approve all I may approve ({mine.length})
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="gates">
        {view.gates.map((gate) => (
          <GateRow key={gate.id} packetId={view.id} gate={gate} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function GateRow({
  packetId,
  gate,
  onChanged,
}: {
  packetId: string;
  gate: GateView;
  onChanged: () => Promise<void>;
}) {
  // Rejecting opens a reason field: a rejection sends the work back, and the next person needs the why.
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lock = useLock(useCan().whyNotGate(gate.kind));
  const reasonId = useId();

  async function decide(decision: 'approved' | 'rejected') {
    setBusy(true);
    setError(null);
    try {
      await api.decideGate(packetId, gate.id, decision, decision === 'rejected' ? reason : '');
      setRejecting(false);
      setReason('');
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`gate gate-${gate.state}`} aria-label={`Gate ${gate.id}`}>
      <div className="gate-line">
        <span className={`badge gate-${gate.state}`}>{gate.state}</span> <strong>{gate.id}</strong>{' '}
        <span className="gate-subject">{gate.subject}</span>
        {gate.decidedBy && (
          <span className="muted">
            {' '}
            — {gate.state} by {gate.decidedBy}, {formatTime(gate.decidedAt)}
            {gate.comment ? `: “${gate.comment}”` : ''}
          </span>
        )}
      </div>
      {gate.state !== 'approved' && !rejecting && (
        <div className="gate-actions">
          <button
            type="button"
            className="approve"
            disabled={busy || lock.locked}
            onClick={() => decide('approved')}
            {...lock.describe}
          >
            Approve {gate.id}
          </button>
          {gate.state === 'pending' && (
            <button
              type="button"
              className="reject"
              disabled={busy || lock.locked}
              onClick={() => setRejecting(true)}
              {...lock.describe}
            >
              Reject {gate.id}…
            </button>
          )}
        </div>
      )}
      {rejecting && (
        <form
          className="gate-actions"
          onSubmit={(event) => {
            event.preventDefault();
            void decide('rejected');
          }}
        >
          <label htmlFor={reasonId}>Why reject {gate.id}?</label>
          <input
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={4000}
            required
            // biome-ignore lint/a11y/noAutofocus: the field the reviewer just asked for
            autoFocus
          />
          <button type="submit" className="reject" disabled={busy || reason.trim() === ''}>
            Confirm rejection of {gate.id}
          </button>
          <button type="button" className="link-button" onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </form>
      )}
      {gate.state !== 'approved' && lock.note}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
