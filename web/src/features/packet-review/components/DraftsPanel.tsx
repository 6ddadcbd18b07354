/**
 * @module The drafts as tabs: the customer update (public evidence only, placeholders tied to
 * their gates), the brief, the handoff note and the internal post; each editable with its history.
 */
import { type KeyboardEvent, useRef, useState } from 'react';
import type { DraftName, Packet, PacketView } from '../../../api/types.js';
import { DraftEditor } from './DraftEditor.js';

const TABS: ReadonlyArray<{ name: DraftName; label: string }> = [
  { name: 'brief', label: 'Brief' },
  { name: 'customerUpdate', label: 'Customer update' },
  { name: 'handoff', label: 'Handoff note' },
  { name: 'internalPost', label: 'Internal post' },
];

interface Props {
  readonly view: PacketView;
  readonly packet: Packet;
  readonly onChanged: () => Promise<void>;
  readonly onShowPublic: () => void;
}

export function DraftsPanel({ view, packet, onChanged, onShowPublic }: Props) {
  const [active, setActive] = useState<DraftName>('brief');
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  function onKey(event: KeyboardEvent, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    const tab = TABS[next];
    if (tab) setActive(tab.name);
    tabs.current[next]?.focus();
  }

  const publicCount = packet.evidence.filter((e) => e.visibility === 'public').length;
  const internalCount = packet.evidence.length - publicCount;

  return (
    <section className="card" aria-labelledby="drafts-title">
      <h2 id="drafts-title">Drafts</h2>
      <div role="tablist" aria-label="Drafts" className="tabs">
        {TABS.map((tab, index) => (
          <button
            key={tab.name}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.name}`}
            aria-selected={active === tab.name}
            aria-controls={`panel-${tab.name}`}
            tabIndex={active === tab.name ? 0 : -1}
            onClick={() => setActive(tab.name)}
            onKeyDown={(event) => onKey(event, index)}
          >
            {tab.label}
            {view.drafts[tab.name].revision > 0 && <span className="edited"> (edited)</span>}
          </button>
        ))}
      </div>
      {TABS.filter((tab) => tab.name === active).map((tab) => (
        <div key={tab.name} role="tabpanel" id={`panel-${tab.name}`} aria-labelledby={`tab-${tab.name}`}>
          {tab.name === 'customerUpdate' && (
            <div className="public-only">
              <p>
                <span className="badge vis-public">Public evidence only</span> Built from the {publicCount}{' '}
                public item{publicCount === 1 ? '' : 's'}; {internalCount} internal item
                {internalCount === 1 ? ' is' : 's are'} withheld. A leak guard drops any sentence naming an
                internal host, version or staff member.{' '}
                <button type="button" className="link-button" onClick={onShowPublic}>
                  Show the public evidence
                </button>
              </p>
              {packet.drafts.customerUpdate.placeholders.length > 0 && (
                <ul className="placeholders" aria-label="Placeholders waiting for approval">
                  {packet.drafts.customerUpdate.placeholders.map((p) => {
                    const gate = view.gates.find((g) => g.id === p.gate);
                    return (
                      <li key={p.token}>
                        <mark className="placeholder">{p.token}</mark> waits for gate {p.gate} (
                        {gate?.state ?? 'missing'})
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          )}
          <DraftEditor
            key={`${view.id}-${tab.name}-${view.version}`}
            packetId={view.id}
            name={tab.name}
            label={tab.label}
            draft={view.drafts[tab.name]}
            original={
              tab.name === 'customerUpdate' ? packet.drafts.customerUpdate.text : packet.drafts[tab.name]
            }
            onSaved={onChanged}
          />
        </div>
      ))}
      {packet.drafts.draftReview && packet.drafts.draftReview.length > 0 && (
        <div className="draft-review">
          <h3>Review of the team's draft reply ({packet.drafts.draftReview.length})</h3>
          <ul>
            {packet.drafts.draftReview.map((finding) => (
              <li key={`${finding.kind}-${finding.quote}`}>
                <span className="badge finding">{finding.kind}</span> <q>{finding.quote}</q> — {finding.why}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
