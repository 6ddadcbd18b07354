/**
 * @module Severity and routing as suggested by the policy, with the rules that matched and their
 * cites; each is confirmed (its gate approved) or overridden with a reason, which keeps the original.
 */
import { type FormEvent, useState } from 'react';
import { describeDuration } from '../../../../../src/core/policy/duration.js';
import { api, messageOf } from '../../../api/client.js';
import type { Packet, PacketView, User } from '../../../api/types.js';
import { useCan } from '../../../app/can-context.js';
import { CiteList } from '../../../ui/CiteLink.js';
import { formatTime } from '../../../ui/format.js';
import { SeverityBadge } from '../../../ui/SeverityBadge.js';
import { useLock } from '../../../ui/use-lock.js';

const COMMON_LEVELS = ['Critical', 'High', 'Medium', 'Low'];

interface Props {
  readonly view: PacketView;
  readonly packet: Packet;
  readonly user: User;
  readonly onChanged: () => Promise<void>;
}

export function DecisionPanel({ view, packet, onChanged }: Props) {
  const { decision } = packet;
  const suggestedSeverity = decision.severity?.level ?? null;
  const suggestedTarget = decision.targets[0]?.team ?? null;
  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">Decision</h2>
      <p>
        <strong>Escalate:</strong> {decision.escalate ? 'yes' : 'no — support can handle it'}
      </p>
      {decision.criteria.length > 0 && (
        <ul className="rules" aria-label="Escalation criteria that matched">
          {decision.criteria.map((rule) => (
            <li key={rule.id}>
              {rule.label} <span className="rule-id">[{rule.id}]</span> <CiteList cites={rule.cites} />
            </li>
          ))}
        </ul>
      )}

      <div className="decision-block">
        <h3>Severity</h3>
        <p>
          Suggested: <SeverityBadge level={suggestedSeverity} />
          {view.severity !== suggestedSeverity && (
            <>
              {' '}
              → now <SeverityBadge level={view.severity} /> (overridden)
            </>
          )}
        </p>
        {decision.severity && <p className="muted">{decision.severity.rationale}</p>}
        {decision.severity && decision.severity.rules.length > 0 && (
          <ul className="rules" aria-label="Severity rules that matched">
            {decision.severity.rules.map((rule) => (
              <li key={rule.id}>
                {rule.label} <span className="rule-id">[{rule.id}]</span> <CiteList cites={rule.cites} />
              </li>
            ))}
          </ul>
        )}
        <ConfirmOrOverride
          view={view}
          field="severity"
          gateKind="severity"
          current={view.severity}
          options={[...new Set([...(suggestedSeverity ? [suggestedSeverity] : []), ...COMMON_LEVELS])]}
          onChanged={onChanged}
        />
      </div>

      <div className="decision-block">
        <h3>Routing</h3>
        {decision.targets.length === 0 ? (
          <p className="muted">No team targeted.</p>
        ) : (
          <ol className="rules" aria-label="Routing targets, primary first">
            {decision.targets.map((target) => (
              <li key={target.team}>
                <strong>{target.team}</strong>: {target.reason} <CiteList cites={target.cites} />
              </li>
            ))}
          </ol>
        )}
        {view.primaryTarget !== suggestedTarget && (
          <p>
            Primary now: <strong>{view.primaryTarget ?? 'none'}</strong> (overridden)
          </p>
        )}
        <ConfirmOrOverride
          view={view}
          field="routing"
          gateKind="routing"
          current={view.primaryTarget}
          options={decision.targets.map((t) => t.team)}
          onChanged={onChanged}
        />
      </div>

      <dl className="facts-grid">
        <dt>Owner</dt>
        <dd>{decision.owner ? `${decision.owner.name} (${decision.owner.reason})` : 'not set'}</dd>
        <dt>Respond by</dt>
        <dd>{formatTime(decision.respondBy)}</dd>
        <dt>Update cadence</dt>
        <dd>
          {decision.cadence
            ? `internal every ${describeDuration(decision.cadence.internal)}, customer every ${describeDuration(decision.cadence.customer)}`
            : '—'}
        </dd>
      </dl>

      {view.overrides.length > 0 && (
        <div>
          <h3>Overrides</h3>
          <ul>
            {view.overrides.map((o) => (
              <li key={`${o.field}-${o.at}`}>
                {o.field}: {o.original} → <strong>{o.value}</strong> by {o.by}, {formatTime(o.at)}. Reason: “
                {o.reason}”
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface ConfirmProps {
  readonly view: PacketView;
  readonly field: 'severity' | 'routing';
  readonly gateKind: string;
  readonly current: string | null;
  readonly options: readonly string[];
  readonly onChanged: () => Promise<void>;
}

function ConfirmOrOverride({ view, field, gateKind, current, options, onChanged }: ConfirmProps) {
  const gate = view.gates.find((g) => g.kind === gateKind);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listId = `${field}-options`;
  const can = useCan();
  const confirmLock = useLock(can.whyNotGate(gateKind));
  const overrideLock = useLock(can.whyNot('decision.override', `override ${field}`));

  async function confirm() {
    if (!gate) return;
    setError(null);
    try {
      await api.decideGate(view.id, gate.id, 'approved', `confirmed ${field} ${current ?? ''}`.trim());
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function override(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api.override(view.id, field, value, reason);
      setOpen(false);
      setValue('');
      setReason('');
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div className="confirm-override">
      <div className="button-row">
        {gate && (
          <button
            type="button"
            onClick={confirm}
            disabled={gate.state === 'approved' || confirmLock.locked}
            {...(gate.state === 'approved' ? {} : confirmLock.describe)}
          >
            {gate.state === 'approved'
              ? `${field === 'severity' ? 'Severity' : 'Routing'} confirmed`
              : `Confirm ${field}`}
          </button>
        )}
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          disabled={overrideLock.locked}
          {...overrideLock.describe}
        >
          Override {field}
        </button>
      </div>
      {gate && gate.state !== 'approved' && confirmLock.note}
      {overrideLock.note}
      {open && !overrideLock.locked && (
        <form onSubmit={override} className="override-form" aria-label={`Override ${field}`}>
          <label>
            {field === 'severity' ? 'New severity' : 'New primary team'}
            <input list={listId} required value={value} onChange={(e) => setValue(e.target.value)} />
            <datalist id={listId}>
              {options.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          </label>
          <label>
            Reason for the override
            <textarea required rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            Save override
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
