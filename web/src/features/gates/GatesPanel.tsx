/** @module Approval gates, each approved or rejected on its own with a comment. */
import { useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { GateView, PacketView } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { formatTime } from '../../ui/format.js';
import { useLock } from '../../ui/use-lock.js';

export function GatesPanel({ view, onChanged }: { view: PacketView; onChanged: () => Promise<void> }) {
  const pending = view.gates.filter((g) => g.state === 'pending').length;
  return (
    <section className="card" aria-labelledby="gates-title">
      <h2 id="gates-title">
        Approval gates ({pending} pending of {view.gates.length})
      </h2>
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
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lock = useLock(useCan().whyNotGate(gate.kind));

  async function decide(decision: 'approved' | 'rejected') {
    setBusy(true);
    setError(null);
    try {
      await api.decideGate(packetId, gate.id, decision, comment);
      setComment('');
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`gate gate-${gate.state}`} aria-label={`Gate ${gate.id}`}>
      <div className="gate-head">
        <span className={`badge gate-${gate.state}`}>{gate.state}</span> <strong>{gate.id}</strong>{' '}
        <span className="muted">({gate.kind.replace('_', ' ')})</span>
      </div>
      <p>{gate.subject}</p>
      {gate.decidedBy && (
        <p className="muted">
          {gate.state} by {gate.decidedBy}, {formatTime(gate.decidedAt)}
          {gate.comment ? `: “${gate.comment}”` : ''}
        </p>
      )}
      <div className="gate-actions">
        <label>
          Comment on {gate.id}
          <input
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={4000}
            disabled={lock.locked}
            {...lock.describe}
          />
        </label>
        <button
          type="button"
          className="approve"
          disabled={busy || gate.state === 'approved' || lock.locked}
          onClick={() => decide('approved')}
          {...lock.describe}
        >
          Approve {gate.id}
        </button>
        <button
          type="button"
          className="reject"
          disabled={busy || gate.state === 'rejected' || lock.locked}
          onClick={() => decide('rejected')}
          {...lock.describe}
        >
          Reject {gate.id}
        </button>
      </div>
      {lock.note}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
