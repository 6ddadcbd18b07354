/**
 * @module The facts a reviewer can correct on the page, each with its field path, a label, the
 * kind of value it takes and what it holds now (after earlier corrections on this version). Each
 * list also offers "add a missing one" at the next free index.
 */
import {
  LIST_FACTS,
  type ListFact,
  SCALAR_FACTS,
  type ScalarFactPath,
} from '../../../../src/core/review/check-fact-correction.js';
import type { FactValue, FeedbackView } from '../../api/feedback.js';
import type { Packet } from '../../api/types.js';

export type ValueKind = 'text' | 'date' | 'count' | 'flag';

export interface FactChoice {
  readonly field: string;
  readonly label: string;
  readonly kind: ValueKind;
  /** what the packet says now, as text ('' for an addition) */
  readonly current: string;
  readonly adds: boolean;
}

const SCALAR_LABELS: Record<ScalarFactPath, string> = {
  'facts.account': 'Account',
  'facts.startedAt': 'Started at',
  'facts.affected.users': 'Users affected',
  'facts.affected.accounts': 'Accounts affected',
  'facts.workaround.exists': 'Workaround exists',
  'facts.workaround.partial': 'Workaround is partial',
};

const LIST_LABELS: Record<ListFact, string> = {
  errors: 'Error',
  tried: 'Tried',
  customerAsks: 'Customer asks',
  hypotheses: 'Hypothesis',
};

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function scalarValue(packet: Packet, path: ScalarFactPath): unknown {
  const { facts } = packet;
  switch (path) {
    case 'facts.account':
      return facts.account?.value;
    case 'facts.startedAt':
      return facts.startedAt?.value;
    case 'facts.affected.users':
      return facts.affected.users?.value;
    case 'facts.affected.accounts':
      return facts.affected.accounts?.value;
    case 'facts.workaround.exists':
      return facts.workaround.exists;
    case 'facts.workaround.partial':
      return facts.workaround.partial;
  }
}

function itemText(packet: Packet, list: ListFact, index: number): string {
  if (list === 'tried') {
    const item = packet.facts.tried[index];
    return item ? `${item.action}${item.result ? ` — ${item.result}` : ''}` : '';
  }
  return showValue(packet.facts[list][index]?.value);
}

/** Every correctable fact of the packet, for the version the feedback list is about. */
export function factChoices(
  packet: Packet,
  feedback: readonly FeedbackView[],
  version: number,
): FactChoice[] {
  const latest = new Map<string, FactValue>();
  for (const f of feedback)
    if (f.kind === 'fact' && f.version === version && f.field) latest.set(f.field, f.value);
  const now = (field: string, original: unknown) =>
    showValue(latest.has(field) ? latest.get(field) : original);

  const choices: FactChoice[] = (Object.keys(SCALAR_FACTS) as ScalarFactPath[]).map((path) => ({
    field: path,
    label: SCALAR_LABELS[path],
    kind: SCALAR_FACTS[path],
    current: now(path, scalarValue(packet, path)),
    adds: false,
  }));
  for (const list of LIST_FACTS) {
    const length = packet.facts[list].length;
    const added = [...latest.keys()].filter((field) => {
      const match = new RegExp(`^facts\\.${list}\\[(\\d+)\\]$`).exec(field);
      return match !== null && Number(match[1]) >= length;
    }).length;
    for (let index = 0; index < length + added; index++) {
      const field = `facts.${list}[${index}]`;
      choices.push({
        field,
        label: `${LIST_LABELS[list]} ${index + 1}`,
        kind: 'text',
        current: now(field, index < length ? itemText(packet, list, index) : null),
        adds: false,
      });
    }
    choices.push({
      field: `facts.${list}[${length + added}]`,
      label: `${LIST_LABELS[list]}: add a missing one`,
      kind: 'text',
      current: '',
      adds: true,
    });
  }
  return choices;
}
