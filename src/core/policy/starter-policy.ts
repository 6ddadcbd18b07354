/**
 * @module A starter policy for a team: the default policy's YAML with the team's `spine init`
 * answers applied, keeping the default's comments.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { GateKind } from '../model/packet.js';

export interface InitAnswers {
  /** short team or company name, used in the policy name */
  readonly team: string;
  /** where ticket history lives (Zendesk, Freshdesk, Intercom…) */
  readonly historySystem: string;
  /** customer plans, highest first, lower-case as the account data writes them */
  readonly plans: readonly string[];
  /** commitment kinds that always need approval (sending is always gated) */
  readonly gatedKinds: readonly GateKind[];
  /** ARR at or above which a churn threat or executive ask goes to Leadership */
  readonly significantArr: number;
  /** accounts affected at which an outage or data loss counts as many customers */
  readonly manyAccounts: number;
  /** product area → owner */
  readonly owners: Readonly<Record<string, string>>;
  /** first-response targets on the highest plan, by severity (ISO durations; omitted = none) */
  readonly topPlanTargets: Readonly<Record<string, string>>;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'team'
  );
}

/** Applies `answers` to the default policy text and returns the starter policy YAML. */
export function buildStarterPolicy(defaultText: string, answers: InitAnswers): string {
  const doc = parseDocument(defaultText);
  doc.set('name', `${slug(answers.team)}-escalation`);
  doc.set('version', '0.1.0');
  doc.set(
    'description',
    `Starter policy for ${answers.team}, derived from the Spine default. Ticket history lives in ${answers.historySystem}.`,
  );
  doc.setIn(['constants', 'significantArr'], answers.significantArr);
  doc.setIn(['constants', 'manyAccounts'], answers.manyAccounts);
  const top = answers.plans[0];
  if (top) {
    doc.setIn(['constants', 'highValueTiers'], doc.createNode(answers.plans.slice(0, 1)));
    const fallback = doc.getIn(['responseTargets', 'default']);
    const targets = doc.createNode({ [top]: { ...answers.topPlanTargets } });
    doc.set('responseTargets', targets);
    if (fallback !== undefined) doc.setIn(['responseTargets', 'default'], fallback);
  }
  const owners = doc.createNode({ ...answers.owners });
  doc.setIn(['owners', 'byProductArea'], owners);
  const keep = new Set<string>([...answers.gatedKinds, 'customer_send']);
  const gates = doc.get('gates', true);
  if (isSeq(gates)) {
    gates.items = gates.items.filter((gate) => isMap(gate) && keep.has(String(gate.get('kind'))));
    const write = gates.items.find((gate) => isMap(gate) && gate.get('kind') === 'system_write');
    if (isMap(write)) {
      write.set(
        'description',
        `Writing to ${answers.historySystem} or any other system (ticket priority, status page, CRM).`,
      );
    }
  }
  return doc.toString({ lineWidth: 0 });
}
