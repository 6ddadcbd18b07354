/** @module The review queue: every packet with severity, account, age and its next follow-up. */
import { useEffect, useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { PacketSummary } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { href } from '../../app/parse-route.js';
import { DisabledLink } from '../../ui/DisabledLink.js';
import { dueIn, formatSpan, formatTime } from '../../ui/format.js';
import { SeverityBadge } from '../../ui/SeverityBadge.js';
import { useLock } from '../../ui/use-lock.js';
import { nextDue, sortQueue } from './next-due.js';

const CLOSED = new Set(['resolved', 'de_escalated']);

export function QueuePage() {
  const [packets, setPackets] = useState<PacketSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const newPacket = useLock(useCan().whyNot('packet.create'));

  useEffect(() => {
    api.packets().then(
      (result) => setPackets(result.packets),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, []);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!packets) return <p className="loading">Loading the queue…</p>;
  const sorted = sortQueue(packets, now);
  const overdue = sorted.filter((p) => !CLOSED.has(p.state) && nextDue(p, now)?.overdue).length;

  return (
    <section aria-labelledby="queue-title">
      <div className="page-head">
        <h1 id="queue-title">Review queue</h1>
        {newPacket.locked ? (
          <DisabledLink lock={newPacket} className="button primary">
            New packet
          </DisabledLink>
        ) : (
          <a className="button primary" href={href.intake()}>
            New packet
          </a>
        )}
      </div>
      {newPacket.note}
      {overdue > 0 && (
        <p className="overdue-banner" role="status">
          {overdue} packet{overdue === 1 ? ' has' : 's have'} an overdue follow-up.
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="muted">No packets yet. Start with “New packet”.</p>
      ) : (
        <table className="queue">
          <caption className="visually-hidden">Packets, overdue follow-ups first</caption>
          <thead>
            <tr>
              <th scope="col">Packet</th>
              <th scope="col">Account</th>
              <th scope="col">Severity</th>
              <th scope="col">State</th>
              <th scope="col">Age</th>
              <th scope="col">Next due</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((packet) => {
              const due = CLOSED.has(packet.state) ? null : nextDue(packet, now);
              const phrase = due ? dueIn(due.at, now) : null;
              return (
                <tr key={packet.id} className={due?.overdue ? 'is-overdue' : undefined}>
                  <td>
                    <a href={href.packet(packet.id)}>{packet.title}</a>
                    {packet.headline && <span className="headline">{packet.headline}</span>}
                    {packet.jobStatus !== 'ready' && <span className="badge job">{packet.jobStatus}</span>}
                  </td>
                  <td>{packet.account ?? <span className="muted">unknown</span>}</td>
                  <td>
                    <SeverityBadge level={packet.severity} />
                  </td>
                  <td>{packet.state.replace('_', ' ')}</td>
                  <td title={formatTime(packet.createdAt)}>
                    {formatSpan(now - new Date(packet.createdAt).getTime())}
                  </td>
                  <td>
                    {due && phrase ? (
                      <span className={due.overdue ? 'due overdue' : 'due'}>
                        {due.overdue && <strong>Overdue: </strong>}
                        {due.kind} update {phrase.text}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
