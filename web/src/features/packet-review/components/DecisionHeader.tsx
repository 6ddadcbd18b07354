/**
 * @module The decision at a glance, at the top of every packet: what broke, for whom, escalate or
 * handle and the rule that said so, severity, targets, owner, respond-by and the next updates.
 */
import type { Packet, PacketView } from '../../../api/types.js';
import { formatTime } from '../../../ui/format.js';
import { SeverityBadge } from '../../../ui/SeverityBadge.js';
import { OwnerControl } from '../../owner/OwnerControl.js';

const text = (claim: { value: unknown } | null | undefined): string | null =>
  typeof claim?.value === 'string' && claim.value.trim() !== '' ? claim.value : null;

export function DecisionHeader({ view, packet }: { view: PacketView; packet: Packet }) {
  const { decision } = packet;
  const account = text(packet.facts.account) ?? view.account;
  const tier = text(packet.facts.tier);
  const rule = decision.criteria[0];
  const suggestedSeverity = decision.severity?.level ?? null;
  return (
    <section className="decision-header card" aria-labelledby="decision-header-title">
      <h2 id="decision-header-title" className="headline">
        {view.headline ?? text(packet.facts.problem) ?? view.title}
      </h2>
      <dl className="decision-grid">
        <div>
          <dt>Account</dt>
          <dd>
            {account ?? 'unknown'}
            {tier ? <span className="muted"> · {tier}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Decision</dt>
          <dd>
            <strong className={decision.escalate ? 'escalate' : 'handle'}>
              {decision.escalate ? 'Escalate' : 'Support handles'}
            </strong>
            {rule ? (
              <span className="muted">
                {' '}
                — {rule.label} <span className="rule-id">[{rule.id}]</span>
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>
            <SeverityBadge level={view.severity} />
            {view.severity !== suggestedSeverity ? <span className="muted"> (overridden)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Targets</dt>
          <dd>
            {decision.targets.length === 0
              ? 'none'
              : [
                  view.primaryTarget ?? decision.targets[0]?.team,
                  ...decision.targets.slice(1).map((t) => t.team),
                ]
                  .filter((team, i, all) => team && all.indexOf(team) === i)
                  .join(', ')}
          </dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>
            <OwnerControl packetId={view.id} owner={view.owner} suggested={decision.owner?.name ?? null} />
          </dd>
        </div>
        <div>
          <dt>Respond by</dt>
          <dd>{formatTime(view.respondBy ?? decision.respondBy)}</dd>
        </div>
        <div>
          <dt>Next update</dt>
          <dd>
            internal {formatTime(view.nextInternalDue)}
            <br />
            customer {formatTime(view.nextCustomerDue)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
