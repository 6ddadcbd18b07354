/**
 * @module The evidence beside the review: the followed citation's item first (its screenshot with
 * the OCR line boxed, its log lines, its message), then every item by source, public and internal
 * marked apart. Text is rendered as text, always.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Evidence, Packet, Source } from '../../../api/types.js';
import { href } from '../../../app/parse-route.js';
import { formatTime } from '../../../ui/format.js';
import { VisibilityBadge } from '../../../ui/VisibilityBadge.js';
import { ScreenshotView } from './ScreenshotView.js';

export type EvidenceFilter = 'all' | 'public' | 'internal';

interface Props {
  readonly packetId: string;
  readonly packet: Packet;
  readonly selected: string | null;
  readonly filter: EvidenceFilter;
  readonly onFilter: (filter: EvidenceFilter) => void;
}

export function EvidencePanel({ packetId, packet, selected, filter, onFilter }: Props) {
  const sources = useMemo(() => new Map(packet.sources.map((s) => [s.id, s])), [packet]);
  const groups = useMemo(() => {
    const bySource = new Map<string, Evidence[]>();
    for (const item of packet.evidence) {
      if (filter !== 'all' && item.visibility !== filter) continue;
      const list = bySource.get(item.source) ?? [];
      list.push(item);
      bySource.set(item.source, list);
    }
    return [...bySource.entries()];
  }, [packet, filter]);
  const item = selected ? packet.evidence.find((e) => e.id === selected) : undefined;
  const focusTarget = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!selected) return;
    // The cited item's card sits at the top of the column: bring it into view and move focus there.
    focusTarget.current?.scrollIntoView({ block: 'nearest' });
    focusTarget.current?.focus({ preventScroll: true });
  }, [selected]);

  return (
    <aside className="evidence-column" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence ({packet.evidence.length})</h2>
      {selected && (
        <section
          className="card selected-evidence"
          aria-labelledby="selected-title"
          tabIndex={-1}
          ref={focusTarget}
        >
          <div className="selected-head">
            <h3 id="selected-title">Cited: {selected}</h3>
            {item && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const row = document.getElementById(`ev-${selected}`);
                  row?.scrollIntoView({ block: 'center' });
                  row?.querySelector('a')?.focus({ preventScroll: true });
                }}
              >
                Show among its source's items
              </button>
            )}
          </div>
          {item ? (
            <SelectedItem packetId={packetId} item={item} source={sources.get(item.source)} packet={packet} />
          ) : (
            <p role="alert" className="error">
              {selected} is not an item of this packet.
            </p>
          )}
        </section>
      )}
      <fieldset className="filter">
        <legend>Show</legend>
        {(['all', 'public', 'internal'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="evidence-filter"
              checked={filter === value}
              onChange={() => onFilter(value)}
            />
            {value === 'all' ? 'All' : value === 'public' ? 'Public only' : 'Internal only'}
          </label>
        ))}
      </fieldset>
      <div className="evidence-list">
        {groups.map(([sourceId, items]) => {
          const source = sources.get(sourceId);
          return (
            <section key={sourceId} aria-label={`Source ${sourceId} ${source?.name ?? ''}`}>
              <h3 className="source-head">
                {sourceId} · {source?.name ?? 'unknown source'}{' '}
                <span className="muted">({source?.kind})</span>
              </h3>
              <ol>
                {items.map((e) => (
                  <EvidenceRow key={e.id} packetId={packetId} item={e} selected={e.id === selected} />
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </aside>
  );
}

function EvidenceRow({ packetId, item, selected }: { packetId: string; item: Evidence; selected: boolean }) {
  return (
    <li
      id={`ev-${item.id}`}
      className={`evidence vis-${item.visibility}${selected ? ' is-selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
    >
      <div className="ev-head">
        <a href={href.cite(packetId, item.id)} className="ev-id">
          {item.id}
        </a>
        <VisibilityBadge visibility={item.visibility} />
        {item.author && (
          <span className="ev-author">
            {item.author.name} <span className="muted">({item.author.role})</span>
          </span>
        )}
        {item.at && <span className="muted">{formatTime(item.at)}</span>}
      </div>
      <p className="ev-text">{item.text}</p>
    </li>
  );
}

interface SelectedProps {
  readonly packetId: string;
  readonly item: Evidence;
  readonly source: Source | undefined;
  readonly packet: Packet;
}

function SelectedItem({ packetId, item, source, packet }: SelectedProps) {
  const unit = item.meta?.unit;
  return (
    <div className={`evidence vis-${item.visibility} is-selected`}>
      <p className="ev-head">
        <VisibilityBadge visibility={item.visibility} />
        <span>{source ? `${source.name} (${source.kind}${unit ? `, ${unit}` : ''})` : item.source}</span>
        {item.author && (
          <span className="ev-author">
            {item.author.name}{' '}
            <span className="muted">
              ({item.author.role}, {item.author.side})
            </span>
          </span>
        )}
        {item.at && <span className="muted">{formatTime(item.at)}</span>}
      </p>
      {unit === 'ocr' && source ? (
        <ScreenshotView
          packetId={packetId}
          source={source}
          lines={packet.evidence.filter((e) => e.source === item.source && e.meta?.unit === 'ocr')}
          selected={item}
        />
      ) : null}
      {unit === 'log' ? (
        <pre className="log-lines">
          {item.text.split('\n').map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log lines are identified by their place
            <mark key={i} className="log-line">
              {line}
              {'\n'}
            </mark>
          ))}
        </pre>
      ) : (
        <blockquote className="ev-text selected-text">
          <mark>{item.text}</mark>
        </blockquote>
      )}
      {item.meta?.lowConfidence && (
        <p className="warning">OCR confidence {item.meta.confidence}%: check against the image.</p>
      )}
    </div>
  );
}
