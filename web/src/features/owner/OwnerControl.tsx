/** @module Who owns the packet now, and assigning it: to oneself, or to anyone with an account. */
import { useCallback, useEffect, useId, useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { OwnerCandidate, PacketOwner } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { useLock } from '../../ui/use-lock.js';

export function OwnerControl({ packetId, suggested }: { packetId: string; suggested: string | null }) {
  const [owner, setOwner] = useState<PacketOwner | null | undefined>(undefined);
  const [candidates, setCandidates] = useState<OwnerCandidate[]>([]);
  const [choice, setChoice] = useState('');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lock = useLock(useCan().whyNot('packet.transition', 'assign an owner'));
  const selectId = useId();

  const load = useCallback(async () => {
    try {
      const answered = await api.owner(packetId);
      setOwner(answered.owner);
      setCandidates(answered.candidates);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [packetId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function assign() {
    if (!choice) return;
    setError(null);
    try {
      setOwner((await api.assignOwner(packetId, choice)).owner);
      setOpen(false);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <span className="owner">
      {owner ? (
        <strong>{owner.name}</strong>
      ) : (
        <span>
          not assigned{suggested ? <span className="muted"> (policy suggests {suggested})</span> : null}
        </span>
      )}{' '}
      {!open && (
        <button
          type="button"
          className="link-button"
          onClick={() => setOpen(true)}
          disabled={lock.locked || owner === undefined}
          {...lock.describe}
        >
          {owner ? 'Reassign' : 'Assign owner'}
        </button>
      )}
      {open && (
        <span className="inline-fields">
          <label htmlFor={selectId} className="visually-hidden">
            Owner
          </label>
          <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose…</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.role.replace('_', ' ')})
              </option>
            ))}
          </select>
          <button type="button" onClick={assign} disabled={!choice}>
            Assign
          </button>
          <button type="button" className="link-button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </span>
      )}
      {lock.note}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </span>
  );
}
