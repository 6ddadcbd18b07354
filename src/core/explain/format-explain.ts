/** @module `spine prepare --explain`: every fact and every set signal with the trace that produced it. */
import type { Packet } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import type { Trace } from '../model/trace.js';

/** What extraction knew besides the packet: the signals and their traces. */
export interface Explanation {
  readonly signals: Signals;
  readonly signalTraces: Partial<Record<keyof Signals, readonly Trace[]>>;
  /** claims only the customer made that our side later explained: no signal, traced apart */
  readonly explainedClaims?: Partial<
    Record<keyof Signals, { readonly claims: readonly Trace[]; readonly by: Trace }>
  >;
}

const clip = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function traceLine(t: Trace | undefined): string {
  if (!t) return '    (no trace)';
  const how = [
    t.mechanism,
    t.rule,
    t.label,
    t.score === undefined ? undefined : t.score.toFixed(2),
    t.threshold === undefined ? undefined : `(threshold ${t.threshold})`,
    t.features?.length ? `[${t.features.join(', ')}]` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(' ');
  return `    ${how} · ${t.evidence} · "${clip(t.sentence)}"`;
}

type Entry = { readonly cites: readonly string[]; readonly trace?: Trace };

function factLines(packet: Packet): string[] {
  const f = packet.facts;
  const lines: string[] = [];
  const add = (name: string, text: string, fact: Entry | null) => {
    if (!fact || fact.cites.length === 0) return;
    lines.push(`- ${name}: ${clip(text, 120)}  [${fact.cites.join(', ')}]`, traceLine(fact.trace));
  };
  const many = (name: string, list: ReadonlyArray<Entry & { value: unknown }>) => {
    for (const c of list) add(name, String(c.value), c);
  };
  for (const [name, c] of [
    ['account', f.account],
    ['tier', f.tier],
    ['problem', f.problem],
    ['affected.users', f.affected.users],
    ['affected.accounts', f.affected.accounts],
    ['affected.scope', f.affected.scope],
    ['startedAt', f.startedAt],
  ] as const)
    if (c) add(name, String(c.value), c);
  many('symptom', f.symptoms);
  many('error', f.errors);
  many('environment', f.environment);
  for (const t of f.tried) add(`tried (${t.by})`, `${t.action}${t.result ? ` → ${t.result}` : ''}`, t);
  if (f.workaround.cites.length > 0)
    add('workaround', f.workaround.text ?? String(f.workaround.exists), f.workaround);
  many('ask', f.customerAsks);
  for (const d of f.deadlines) add('deadline', `${d.text}${d.at ? ` (${d.at})` : ''}`, d);
  many('commitment', f.commitments);
  many('posture', f.posture);
  many('hypothesis', f.hypotheses);
  if (f.reproduction) add('reproduction', f.reproduction.steps.join(' / '), f.reproduction);
  many('pattern', f.pattern);
  return lines;
}

function signalLines(explanation: Explanation): string[] {
  const lines: string[] = [];
  const s = explanation.signals;
  for (const key of Object.keys(s).sort() as (keyof Signals)[]) {
    const value = s[key];
    const set =
      value === true || (typeof value === 'string' && value !== '' && value !== 'none' && value !== 'other');
    if (!set && !(typeof value === 'number' && value > 0)) continue;
    const traces = explanation.signalTraces[key] ?? [];
    lines.push(`- ${key}${value === true ? '' : ` = ${value}`}`);
    if (traces.length === 0) lines.push('    (no trace)');
    for (const t of traces) lines.push(traceLine(t));
  }
  return lines;
}

function explainedLines(explanation: Explanation): string[] {
  const claims = explanation.explainedClaims ?? {};
  const keys = Object.keys(claims).sort() as (keyof Signals)[];
  if (keys.length === 0) return [];
  const lines = ['', 'Claims our side explained (no signal)'];
  for (const key of keys) {
    const entry = claims[key];
    if (!entry) continue;
    lines.push(`- ${key}`, ...entry.claims.map(traceLine), `  explained by`, traceLine(entry.by));
  }
  return lines;
}

/** The explanation as plain text: facts, set signals, explained claims, then the decision's rules. */
export function formatExplain(packet: Packet, explanation: Explanation): string {
  const d = packet.decision;
  const rules = (list: ReadonlyArray<{ id: string; cites: readonly string[] }>) =>
    list.map((r) => `- ${r.id}  [${r.cites.join(', ')}]`);
  return [
    'Facts (mechanism rule · evidence · sentence)',
    ...factLines(packet),
    '',
    'Signals set',
    ...signalLines(explanation),
    ...explainedLines(explanation),
    '',
    `Decision: ${d.escalate ? 'escalate' : 'handle in support'}${d.severity ? `, ${d.severity.level}` : ''}${d.targets[0] ? `, to ${d.targets.map((t) => t.team).join(', ')}` : ''}`,
    ...rules(d.criteria),
    ...rules(d.severity?.rules ?? []),
    '',
  ].join('\n');
}
