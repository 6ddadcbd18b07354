/**
 * @module A fact's or a signal's trace in plain words for a support lead ("Found by the classifier:
 * bug report, score 0.82 (threshold 0.40)"), and the packet's facts and set signals as rows to show
 * beside their traces. Pure: the page and its tests share it.
 */
import type { Explanation } from '../../../../../src/core/explain/format-explain.js';
import type { Signals } from '../../../../../src/core/model/signals.js';
import type { Trace } from '../../../../../src/core/model/trace.js';
import type { Packet } from '../../../api/types.js';

/** What each extractor looks for, as a reader would say it. */
const EXTRACTS: Record<string, string> = {
  'extract-account': 'the account',
  'extract-tier': 'the tier or plan',
  'extract-problem': 'the problem',
  'extract-symptoms': 'symptoms',
  'extract-errors': 'error messages',
  'extract-affected': 'who is affected',
  'extract-started-at': 'when it started',
  'extract-environment': 'versions and environment',
  'extract-tried': 'what was already tried',
  'extract-workaround': 'workarounds',
  'extract-asks': 'what the customer asks',
  'extract-deadlines': 'deadlines',
  'extract-commitments': 'promises made',
  'extract-posture': "the customer's mood and pressure",
  'extract-hypotheses': 'theories about the cause',
  'extract-reproduction': 'reproduction steps',
  'extract-pattern': 'the same problem elsewhere',
};

/** What our side said, for the sentence-structure rules of the assessment. */
const ASSESSMENTS: Record<string, string> = {
  'assess-no-escalation': 'our side says it needs no escalation',
  'assess-handle-in-support': 'our side says support handles it',
  'assess-not-a-defect': 'our side says it is not a defect',
  'assess-defect': 'our side says it is a defect',
  'assess-customer-side': "our side says the cause is on the customer's side",
  'assess-documented': 'our side says it is documented behaviour',
  'assess-resolved': 'our side says it is resolved',
};

/** Classifier labels as words; the security model's positive label is '1'. */
const LABELS: Record<string, Record<string, string>> = {
  'issue-kind': { bug: 'bug report', feature: 'feature request', question: 'question' },
  security: { '1': 'security report', '0': 'not a security report' },
  'security-concern': { '1': 'in the security area', '0': 'not in the security area' },
};

const SIGNAL_NAMES: Partial<Record<keyof Signals, string>> = {
  tier: 'Tier',
  arr: 'Annual revenue',
  renewalDays: 'Days to renewal',
  affectedUsers: 'Users affected',
  affectedAccounts: 'Accounts affected',
  otherCustomersAffected: 'Other customers affected',
  security: 'Security or privacy',
  crossTenantData: "Another tenant's data",
  securityConcern: 'Security to confirm (classifier)',
  dataLoss: 'Data lost or wrong',
  outage: 'Outage',
  blocked: 'Customer blocked',
  workaround: 'Workaround',
  regression: 'Began after a release',
  bugConfirmed: 'Bug confirmed',
  productDefect: 'Product defect',
  documentedBehavior: 'Documented behaviour',
  featureRequest: 'Feature request',
  billing: 'Billing',
  compensationRequested: 'Compensation asked',
  compensationWithinAuthority: "Within support's authority",
  churnRisk: 'Churn risk',
  executiveAsk: 'Executive asked for',
  slaBreached: 'SLA breached',
  ownershipDispute: 'Nobody owns it',
  contractClaim: 'Contract invoked',
  engineeringWork: 'Engineering has work on it',
  leadershipDecides: 'Leadership to decide',
  productDecides: 'Product to decide',
  l2Step: 'A step only L2 may take',
  recurrence: 'Happened before',
  fixReleased: 'Fix already released',
  deadlineHours: 'Hours to deadline',
  vendorIncident: 'Vendor incident',
  assessment: "Our side's assessment",
  reportKind: 'Kind of report (classifier)',
  productArea: 'Product area',
};

const words = (id: string): string =>
  id
    .replace(/^cue\./, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

const score = (n: number): string => n.toFixed(2);

/**
 * The trace's mechanism in plain words, without the evidence (the page links that after "from").
 *
 * @example describeTrace({ mechanism: 'classifier', rule: 'issue-kind', label: 'bug', score: 0.82,
 *   threshold: 0.4, evidence: 'S1:c1', sentence: '…' })
 *   // 'Found by the classifier: bug report, score 0.82 (threshold 0.40)'
 */
export function describeTrace(trace: Trace): string {
  const rule = trace.rule ?? '';
  switch (trace.mechanism) {
    case 'classifier': {
      const label = trace.label ?? '';
      const named = LABELS[rule]?.[label] ?? (label || 'a label');
      const scored = trace.score === undefined ? '' : `, score ${score(trace.score)}`;
      const bar = trace.threshold === undefined ? '' : ` (threshold ${score(trace.threshold)})`;
      const why = trace.features?.length ? `; strongest words: ${trace.features.join(', ')}` : '';
      return `Found by the classifier: ${named}${scored}${bar}${why}`;
    }
    case 'pattern':
      if (EXTRACTS[rule]) return `Found by a wording rule for ${EXTRACTS[rule]}`;
      if (rule.startsWith('cue.') || /^[A-Z_]+$/.test(rule))
        return `Found by wording that suggests ${words(rule)}`;
      return `Found by a wording rule${rule ? ` (${rule})` : ''}`;
    case 'field':
      return `Read from a ticket or account field${EXTRACTS[rule] ? ` for ${EXTRACTS[rule]}` : ''}`;
    case 'structure':
      return `Read from how the sentence is built: ${ASSESSMENTS[rule] ?? words(rule)}`;
    case 'derived':
      return 'Worked out from other evidence (a count, a failed request, a status page or a log line)';
    default:
      return `Found by ${trace.mechanism}${rule ? ` (${rule})` : ''}`;
  }
}

/** A signal's name as the page shows it. */
export function signalName(key: string): string {
  const known = SIGNAL_NAMES[key as keyof Signals];
  if (known) return known;
  const spaced = words(key);
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export interface FactRow {
  /** a stable key for the list */
  readonly key: string;
  /** the kind of fact ("Tried", "Customer asks") */
  readonly group: string;
  readonly text: string;
  readonly cites: readonly string[];
  readonly trace: Trace | undefined;
}

type Entry = { readonly cites: readonly string[]; readonly trace?: Trace | undefined };

/** Every cited fact of the packet, in the order a lead reads a case, with its trace (if any). */
export function factRows(packet: Packet): FactRow[] {
  const f = packet.facts;
  const rows: FactRow[] = [];
  const add = (group: string, text: string, fact: Entry | null | undefined) => {
    if (!fact || fact.cites.length === 0 || text.trim() === '') return;
    rows.push({ key: `${group}-${rows.length}`, group, text, cites: fact.cites, trace: fact.trace });
  };
  const value = (fact: { value: unknown } | null): string => (fact ? String(fact.value) : '');
  add('Account', value(f.account), f.account);
  add('Tier', value(f.tier), f.tier);
  add('Problem', value(f.problem), f.problem);
  add('Users affected', value(f.affected.users), f.affected.users);
  add('Accounts affected', value(f.affected.accounts), f.affected.accounts);
  add('Scope', value(f.affected.scope), f.affected.scope);
  add('Started', value(f.startedAt), f.startedAt);
  for (const c of f.symptoms) add('Symptom', value(c), c);
  for (const c of f.errors) add('Error', value(c), c);
  for (const c of f.environment) add('Environment', value(c), c);
  for (const t of f.tried) add('Tried', `${t.action}${t.result ? ` → ${t.result}` : ''}`, t);
  const w = f.workaround;
  const workaround = w.text ?? (w.exists === null ? '' : w.exists ? 'yes' : 'none');
  add('Workaround', `${workaround}${w.partial ? ' (partial)' : ''}`, w);
  for (const c of f.customerAsks) add('Customer asks', value(c), c);
  for (const d of f.deadlines) add('Deadline', d.text, d);
  for (const c of f.commitments) add('Promise made', value(c), c);
  for (const c of f.posture) add('Posture', value(c), c);
  for (const c of f.hypotheses) add('Hypothesis', value(c), c);
  if (f.reproduction) add('Reproduction', f.reproduction.steps.join(' / '), f.reproduction);
  for (const c of f.pattern) add('Pattern', value(c), c);
  return rows;
}

export interface SignalRow {
  readonly key: string;
  readonly name: string;
  /** the value as words: 'yes' for a set flag, else the value */
  readonly value: string;
  readonly traces: readonly Trace[];
}

/** The signals that are set (a true flag, a named value, a count above zero), each with its traces. */
export function signalRows(explanation: Explanation): SignalRow[] {
  const rows: SignalRow[] = [];
  const signals = explanation.signals as Record<string, unknown>;
  for (const key of Object.keys(signals).sort()) {
    // the score is shown inside the reportKind trace
    if (key === 'reportKindScore') continue;
    const v = signals[key];
    const set =
      v === true ||
      (typeof v === 'string' && v !== '' && v !== 'none' && v !== 'other' && v !== 'unknown') ||
      (typeof v === 'number' && v > 0);
    if (!set) continue;
    const traces = explanation.signalTraces[key as keyof Signals] ?? [];
    rows.push({ key, name: signalName(key), value: v === true ? 'yes' : String(v), traces });
  }
  return rows;
}
