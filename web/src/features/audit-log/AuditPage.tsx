/** @module The packet's history, oldest first, in sentences; edited texts can be opened. */
import { useEffect, useState } from 'react';
import { api, messageOf } from '../../api/client.js';
import type { AuditRow } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { href } from '../../app/parse-route.js';
import { DisabledLink } from '../../ui/DisabledLink.js';
import { formatTime } from '../../ui/format.js';
import { useLock } from '../../ui/use-lock.js';
import { describeEvent } from './describe-event.js';

export function AuditPage({ id }: { id: string }) {
  const [events, setEvents] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportLock = useLock(useCan().whyNot('audit.export'));

  useEffect(() => {
    api.audit(id).then(
      (result) => setEvents(result.events),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [id]);

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">Audit log</h1>
        <div className="head-meta">
          {(['json', 'csv'] as const).map((format) =>
            exportLock.locked ? (
              <DisabledLink key={format} lock={exportLock}>
                Export {format.toUpperCase()}
              </DisabledLink>
            ) : (
              <a key={format} href={api.auditExportUrl(id, format)} download>
                Export {format.toUpperCase()}
              </a>
            ),
          )}
          <a href={href.packet(id)}>Back to the packet</a>
        </div>
      </div>
      {exportLock.note}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!events && !error && <p className="loading">Loading the history…</p>}
      {events && (
        <ol className="audit" aria-label="History, oldest first">
          {events.map((event) => {
            const described = describeEvent(event);
            return (
              <li key={event.id} className={`audit-event ev-${event.name.replace('.', '-')}`}>
                <time dateTime={event.at}>{formatTime(event.at)}</time>
                <span className="audit-summary">{described.summary}</span>
                {(described.before !== undefined || described.after !== undefined) && (
                  <details>
                    <summary>Show the text</summary>
                    <div className="before-after">
                      {described.before !== undefined && (
                        <div>
                          <h4>Before</h4>
                          <pre>{described.before}</pre>
                        </div>
                      )}
                      {described.after !== undefined && (
                        <div>
                          <h4>{described.before !== undefined ? 'After' : 'Text'}</h4>
                          <pre>{described.after}</pre>
                        </div>
                      )}
                    </div>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
