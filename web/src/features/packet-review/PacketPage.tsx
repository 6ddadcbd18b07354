/**
 * @module One packet under review: what is unknown, the decision, the drafts and the gates on the
 * left; the evidence on the right, where a followed citation shows its item highlighted.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, loadPacket, messageOf } from '../../api/client.js';
import type { PacketView, User } from '../../api/types.js';
import { href } from '../../app/parse-route.js';
import { CiteContext } from '../../ui/cite-context.js';
import { SeverityBadge } from '../../ui/SeverityBadge.js';
import { GatesPanel } from '../gates/GatesPanel.js';
import { MarkSent } from '../gates/MarkSent.js';
import { SourceList } from '../intake/SourceList.js';
import { DecisionHeader } from './components/DecisionHeader.js';
import { DecisionPanel } from './components/DecisionPanel.js';
import { DraftsPanel } from './components/DraftsPanel.js';
import { type EvidenceFilter, EvidencePanel } from './components/EvidencePanel.js';
import { FactsAndSignals } from './components/FactsAndSignals.js';
import { FactsPanel } from './components/FactsPanel.js';
import { FeedbackPanel } from './components/FeedbackPanel.js';
import { KnownUnknowns } from './components/KnownUnknowns.js';
import { StatePanel } from './components/StatePanel.js';

const POLL_MS = 1000;

/**
 * Mounted once per packet id (App keys it by id), so nothing of another packet survives a route
 * change; and it acts only on a view whose id is the one in the route.
 */
export function PacketPage({ id, cite, user }: { id: string; cite: string | null; user: User }) {
  const [loaded, setView] = useState<PacketView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [filter, setFilter] = useState<EvidenceFilter>('all');
  const view = loaded?.id === id ? loaded : null;

  const refresh = useCallback(async () => {
    try {
      const answered = await api.packet(id);
      if (answered.id === id) setView(answered);
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [id]);

  useEffect(() => {
    let current = true;
    loadPacket(id).then(
      (answered) => {
        if (current && answered.id === id) setView(answered);
      },
      (failure: unknown) => {
        if (!current) return;
        if (failure instanceof ApiError && (failure.status === 404 || failure.status === 400))
          setMissing(true);
        else setError(messageOf(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [id]);

  // A packet still preparing is polled until its job ends.
  const preparing = view?.jobStatus === 'preparing';
  useEffect(() => {
    if (!preparing) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [preparing, refresh]);

  const packet = view?.packet ?? null;
  const cites = useMemo(
    () => ({ packetId: id, evidence: new Map((packet?.evidence ?? []).map((item) => [item.id, item])) }),
    [id, packet],
  );

  // The load benchmark and test read this mark: the packet and its evidence are on screen.
  useEffect(() => {
    if (packet) performance.mark('spine:packet-rendered', { detail: { evidence: packet.evidence.length } });
  }, [packet]);

  if (missing)
    return (
      <section className="card not-found" aria-labelledby="not-found-title">
        <h1 id="not-found-title">No such packet</h1>
        <p>
          There is no packet <code>{id}</code>. The link may be mistyped, or the packet was never created.
        </p>
        <p>
          <a href={href.queue()}>Back to the queue</a>
        </p>
      </section>
    );
  if (error && !view)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!view) return <p className="loading">Loading the packet…</p>;

  return (
    <CiteContext.Provider value={cites}>
      <div className="page-head">
        <h1>{view.title}</h1>
        <div className="head-meta">
          <SeverityBadge level={view.severity} />
          <span className="badge state">{view.state.replace('_', ' ')}</span>
          <span className="muted">
            version {view.version}
            {packet ? ` · as of ${packet.asOf.slice(0, 16).replace('T', ' ')} UTC` : ''}
          </span>
          <a href={href.audit(view.id)}>Audit log</a>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {view.jobStatus === 'preparing' && (
        <p role="status" className="progress-line">
          <progress aria-label="Preparing" /> Preparing the packet…
        </p>
      )}
      {view.jobStatus === 'failed' && (
        <p role="alert" className="error">
          Preparing failed: {view.error}
        </p>
      )}
      {packet && <DecisionHeader view={view} packet={packet} />}
      {packet && (
        <div className="packet-layout">
          <div className="review-column">
            <KnownUnknowns unknowns={packet.unknowns} />
            <StatePanel view={view} onChanged={setView} />
            <DecisionPanel view={view} packet={packet} user={user} onChanged={refresh} />
            <DraftsPanel
              view={view}
              packet={packet}
              onChanged={refresh}
              onShowPublic={() => setFilter('public')}
            />
            <GatesPanel view={view} onChanged={refresh} />
            <MarkSent view={view} packet={packet} onChanged={setView} />
            <FactsPanel packet={packet} gates={view.gates} />
            <FactsAndSignals packet={packet} explanation={view.explanation ?? null} />
            <FeedbackPanel view={view} packet={packet} user={user} />
            <details className="card">
              <summary>Files read ({packet.sources.length})</summary>
              <SourceList sources={packet.sources} />
            </details>
          </div>
          <EvidencePanel
            packetId={view.id}
            packet={packet}
            selected={cite}
            filter={filter}
            onFilter={setFilter}
          />
        </div>
      )}
    </CiteContext.Provider>
  );
}
