/** @module The timeline and the next actions, each line with its citations. */
import type { GateView, Packet } from '../../../api/types.js';
import { CiteList } from '../../../ui/CiteLink.js';
import { formatTime } from '../../../ui/format.js';
import { blockingGateOf } from '../action-gate.js';

export function FactsPanel({ packet, gates }: { packet: Packet; gates: readonly GateView[] }) {
  return (
    <>
      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">Next actions ({packet.actions.length})</h2>
        <ul>
          {packet.actions.map((action) => {
            const blocking = blockingGateOf(action, gates);
            return (
              <li key={action.id}>
                {action.what}{' '}
                <span className="muted">
                  — {action.owner ?? 'no owner'}, due {formatTime(action.due)}
                </span>
                {blocking && <span className="badge gate-ref">needs {blocking}</span>}
              </li>
            );
          })}
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
