/** @module One draft: read with live citation links, edit as text, and its version history. */
import { useState } from 'react';
import { api, messageOf } from '../../../api/client.js';
import type { DraftName, DraftRevision, DraftView } from '../../../api/types.js';
import { useCan } from '../../../app/can-context.js';
import { DraftText } from '../../../ui/DraftText.js';
import { formatTime } from '../../../ui/format.js';
import { useLock } from '../../../ui/use-lock.js';

interface Props {
  readonly packetId: string;
  readonly name: DraftName;
  readonly label: string;
  readonly draft: DraftView;
  readonly original: string;
  readonly onSaved: () => Promise<void>;
}

export function DraftEditor({ packetId, name, label, draft, original, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(draft.text);
  const [history, setHistory] = useState<DraftRevision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lock = useLock(useCan().whyNot('draft.edit'));

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await api.editDraft(packetId, name, text);
      setEditing(false);
      if (history) setHistory((await api.draftHistory(packetId, name)).history);
      await onSaved();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  async function toggleHistory() {
    if (history) {
      setHistory(null);
      return;
    }
    try {
      setHistory((await api.draftHistory(packetId, name)).history);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div className="draft">
      <p className="muted revision">
        {draft.revision === 0
          ? 'As prepared by Spine'
          : `Revision ${draft.revision} by ${draft.author ?? 'unknown'}, ${formatTime(draft.at)}`}
      </p>
      {editing ? (
        <div className="draft-edit">
          <label>
            {label} text
            <textarea rows={16} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" className="primary" onClick={save} disabled={busy}>
              Save {label.toLowerCase()}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setText(draft.text);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <DraftText text={draft.text} />
          <div className="button-row">
            <button
              type="button"
              disabled={lock.locked}
              {...lock.describe}
              onClick={() => {
                setText(draft.text);
                setEditing(true);
              }}
            >
              Edit {label.toLowerCase()}
            </button>
            <button type="button" aria-expanded={history !== null} onClick={toggleHistory}>
              Version history
            </button>
          </div>
          {lock.note}
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {history && (
        <ol className="history" aria-label={`${label} version history`}>
          <li>
            <details>
              <summary>Original, as prepared</summary>
              <pre>{original}</pre>
            </details>
          </li>
          {history.map((rev) => (
            <li key={`${rev.version}-${rev.revision}`}>
              <details>
                <summary>
                  Version {rev.version}, revision {rev.revision}: {rev.author}, {formatTime(rev.at)}
                </summary>
                <pre>{rev.text}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
