/** @module The packet's review state and the moves a person can make from it. */
import { useState } from 'react';
import {
  checkTransition,
  MANUAL_STATES,
  type PacketState,
} from '../../../../../src/core/review/transitions.js';
import { api, messageOf } from '../../../api/client.js';
import type { PacketView } from '../../../api/types.js';
import { useCan } from '../../../app/can-context.js';
import { useLock } from '../../../ui/use-lock.js';

const LABELS: Record<PacketState, string> = {
  prepared: 'Back to prepared',
  in_review: 'Start review',
  changes_requested: 'Request changes',
  approved: 'Approve packet',
  sent: 'Mark customer update as sent',
  resolved: 'Resolve',
  de_escalated: 'De-escalate',
};

const NEEDS_REASON = new Set<PacketState>(['changes_requested', 'resolved', 'de_escalated']);

export function StatePanel({ view, onChanged }: { view: PacketView; onChanged: (view: PacketView) => void }) {
  const [reason, setReason] = useState('');
  const [toldBy, setToldBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lock = useLock(useCan().whyNot('packet.transition'));
  const pendingGates = view.gates.filter((g) => g.state === 'pending').length;
  const moves = MANUAL_STATES.filter(
    (to) => checkTransition({ from: view.state, to, reason: 'x', toldBy: 'x' }).ok,
  );

  async function move(to: PacketState) {
    setError(null);
    try {
      const body = NEEDS_REASON.has(to) ? reason : undefined;
      onChanged(await api.transition(view.id, to, body, to === 'de_escalated' ? toldBy : undefined));
      setReason('');
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <section className="card" aria-labelledby="state-title">
      <h2 id="state-title">Review state: {view.state.replace('_', ' ')}</h2>
      {view.closingReason && <p>Closed because: {view.closingReason}</p>}
      {moves.length > 0 && (
        <>
          <div className="button-row">
            {moves.map((to) => {
              const check = checkTransition({ from: view.state, to, reason, toldBy, pendingGates });
              return (
                <button
                  key={to}
                  type="button"
                  onClick={() => move(to)}
                  disabled={!check.ok || lock.locked}
                  title={check.ok ? undefined : check.reason}
                  {...lock.describe}
                >
                  {LABELS[to]}
                </button>
              );
            })}
          </div>
          {lock.note}
          {moves.some((to) => NEEDS_REASON.has(to)) && (
            <div className="inline-fields">
              <label>
                Reason (to request changes, resolve or de-escalate)
                <input
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  disabled={lock.locked}
                  {...lock.describe}
                />
              </label>
              {moves.includes('de_escalated') && (
                <label>
                  Who told the receiving team (to de-escalate)
                  <input
                    value={toldBy}
                    onChange={(e) => setToldBy(e.target.value)}
                    disabled={lock.locked}
                    {...lock.describe}
                  />
                </label>
              )}
            </div>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
