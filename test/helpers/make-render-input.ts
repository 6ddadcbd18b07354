/** @module Factories for renderer tests: a small policy, sources, evidence and a RenderInput. */
import type { Evidence, Source, SourceKind } from '../../src/core/model/evidence.js';
import type { Decision, Gate } from '../../src/core/model/packet.js';
import { type Policy, PolicySchema } from '../../src/core/policy/policy-schema.js';
import type { RenderInput } from '../../src/core/render/render-input.js';
import { makeFacts } from './make-decide-input.js';

/** A minimal valid policy with one never-say rule and a High cadence. */
export function makeRenderPolicy(): Policy {
  return PolicySchema.parse({
    name: 'test-policy',
    version: '1',
    tiers: [{ name: 'Engineering', description: 'fixes defects', order: 2 }],
    severities: [{ level: 'High', description: 'blocked', order: 2, default: true, conditions: [] }],
    escalation: {
      criteria: [{ id: 'esc-defect', label: 'Product defect', when: 'signals.productDefect' }],
      handleInSupport: [],
    },
    routing: { default: 'Engineering', rules: [] },
    cadence: { High: { internal: 'PT4H', customer: 'PT8H', customerLabel: 'every 4–8 hours' } },
    gates: [{ kind: 'eta', approvers: ['lead'], description: 'ETA' }],
    language: {
      neverSay: [{ pattern: 'root cause is', why: 'speculation before the review', kind: 'internal' }],
      approved: { eta: '[ETA — pending approval]' },
    },
  });
}

/** A source of the given kind. */
export function makeSource(id: string, kind: SourceKind, name = `${id}.txt`): Source {
  return { id, name, kind, format: 'text', sha256: '0'.repeat(64), items: 1, warnings: [], status: 'parsed' };
}

/** One evidence item; `who` is 'customer' (public, external) or a staff name (internal). */
export function item(id: string, text: string, who: string, options: Partial<Evidence> = {}): Evidence {
  const customer = who === 'customer';
  return {
    id,
    source: id.split(':')[0] ?? 'S1',
    at: '2026-03-10T09:00:00.000Z',
    author: customer
      ? { name: 'Rosa Delgado', role: 'customer', side: 'external' }
      : { name: who, role: 'engineering', side: 'internal' },
    visibility: customer ? 'public' : 'internal',
    text,
    ...options,
  };
}

const DECISION: Decision = {
  escalate: true,
  criteria: [{ id: 'esc-defect', label: 'Product defect', cites: ['S1:c1'] }],
  severity: { level: 'High', rationale: 'blocked', rules: [] },
  targets: [{ team: 'Engineering', reason: 'defect', cites: ['S1:c1'] }],
  owner: null,
  respondBy: '2026-03-10T13:00:00.000Z',
  cadence: { internal: 'PT4H', customer: 'PT8H' },
};

/** A RenderInput over the given evidence; sources are derived from the ids (S9 is the draft). */
export function makeRenderInput(evidence: Evidence[], overrides: Partial<RenderInput> = {}): RenderInput {
  const ids = [...new Set(evidence.map((e) => e.source))].sort();
  const gates: Gate[] = [
    { id: 'G-eta', kind: 'eta', subject: 'ETA wording', state: 'pending' },
    { id: 'G-send', kind: 'customer_send', subject: 'send the update', state: 'pending' },
  ];
  return {
    sources: ids.map((id) => makeSource(id, id === 'S9' ? 'draft' : 'ticket')),
    evidence,
    facts: makeFacts(),
    decision: DECISION,
    gates,
    actions: [],
    unknowns: [],
    policy: makeRenderPolicy(),
    asOf: '2026-03-11T12:00:00.000Z',
    ...overrides,
  };
}
