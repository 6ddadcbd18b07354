/** @module The timeline and the next actions, each line with its citations. */
import type { Packet } from '../../../api/types.js';
import { CiteList } from '../../../ui/CiteLink.js';
import { formatTime } from '../../../ui/format.js';

export function FactsPanel({ packet }: { packet: Packet }) {
  return (
    <>
      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">Next actions ({packet.actions.length})</h2>
        <ul>
          {packet.actions.map((action) => (
            <li key={action.id}>
              {action.what}{' '}
              <span className="muted">
                — {action.owner ?? 'no owner'}, due {formatTime(action.due)}
              </span>
              {action.gate && <span className="badge gate-ref">needs {action.gate}</span>}
            </li>
          ))}
        </ul>
      </section>
      <details className="card">
        <summary>Timeline ({packet.timeline.length})</summary>
        <ol className="timeline">
          {packet.timeline.map((entry) => (
            <li key={`${entry.at}-${entry.summary}`}>
              <span className="muted">{formatTime(entry.at)}</span> {entry.summary}{' '}
              <CiteList cites={entry.cites} />
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
