/**
 * @module Who owns the packet now (from the packet view, no request of its own), and assigning it:
 * the people to choose from are fetched only when the reviewer opens the chooser.
 */
import { useId, useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { OwnerCandidate, PacketOwner } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { useLock } from '../../ui/use-lock.js';

export function OwnerControl({
  packetId,
  owner: shown,
  suggested,
}: {
  packetId: string;
  owner: PacketOwner | null;
  suggested: string | null;
}) {
  // An assignment made here, with the view's owner it replaced: a newer view wins over it.
  const [assigned, setAssigned] = useState<{ over: PacketOwner | null; owner: PacketOwner } | null>(null);
  const [candidates, setCandidates] = useState<OwnerCandidate[] | null>(null);
  const [choice, setChoice] = useState('');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lock = useLock(useCan().whyNot('packet.transition', 'assign an owner'));
  const selectId = useId();
  const owner = assigned && assigned.over === shown ? assigned.owner : shown;

  async function openChooser() {
    setOpen(true);
    if (candidates) return;
    try {
      setCandidates((await api.owner(packetId)).candidates);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function assign() {
    if (!choice) return;
    setError(null);
    try {
      setAssigned({ over: shown, owner: (await api.assignOwner(packetId, choice)).owner });
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
          onClick={openChooser}
          disabled={lock.locked}
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
          <select
            id={selectId}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            disabled={!candidates}
          >
            <option value="">{candidates ? 'Choose…' : 'Loading…'}</option>
            {(candidates ?? []).map((c) => (
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
