/**
 * @module A packet for a role outside the reviewing team (a viewer): the customer-safe view the
 * service answers with, which holds only public evidence and the updates marked as sent.
 */
import { useEffect, useState } from 'react';
import { ApiError, api, messageOf } from '../../api/client.js';
import type { CustomerView } from '../../api/types.js';
import { href } from '../../app/parse-route.js';
import { formatTime } from '../../ui/format.js';

export function CustomerPacketPage({ id }: { id: string }) {
  const [view, setView] = useState<CustomerView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.customerPacket(id).then(
      (answered) => {
        if (current && answered.id === id) setView(answered);
      },
      (failure: unknown) => {
        if (!current) return;
        const missing = failure instanceof ApiError && (failure.status === 404 || failure.status === 400);
        setError(missing ? `There is no packet ${id}.` : messageOf(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [id]);

  if (error)
    return (
      <section className="card">
        <p role="alert" className="error">
          {error}
        </p>
        <a href={href.queue()}>Back to the queue</a>
      </section>
    );
  if (!view) return <p className="loading">Loading the packet…</p>;
  return (
    <>
      <div className="page-head">
        <h1>{view.title}</h1>
        <div className="head-meta">
          <span className="badge state">{view.state.replace('_', ' ')}</span>
          <span className="muted">{view.account ?? ''}</span>
        </div>
      </div>
      <p className="muted">
        You see what the customer can see: public messages and the updates sent to them.
      </p>
      <section className="card" aria-labelledby="sent-title">
        <h2 id="sent-title">Updates sent ({view.sent.length})</h2>
        {view.sent.length === 0 ? (
          <p>No update has been sent yet.</p>
        ) : (
          <ol>
            {view.sent.map((mark) => (
              <li key={mark.at}>
                <span className="muted">{formatTime(mark.at)}</span>
                <p className="draft-text">{mark.text}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="public-title">
        <h2 id="public-title">Public conversation ({view.evidence.length})</h2>
        <ol className="evidence-list">
          {view.evidence.map((item) => (
            <li key={item.id} className="evidence">
              <span className="muted">
                {item.author ?? 'unknown'} · {formatTime(item.at)}
              </span>
              <p>{item.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
