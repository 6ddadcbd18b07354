/** @module A prepared-looking packet and gold labels for eval scorer tests, with targeted overrides. */
import type { Expected } from '../../src/core/eval/expected.js';
import type { Decision, Facts, Packet } from '../../src/core/model/packet.js';
import { makeFacts } from './make-decide-input.js';

const CUSTOMER = { name: 'Mara Lindqvist', role: 'customer', side: 'external' } as const;
const AGENT = { name: 'Tobias Wren', role: 'support', side: 'internal' } as const;
const ENGINEER = { name: 'Keiko Ashby', role: 'engineering', side: 'internal' } as const;

/** A packet for a fictional "invoice sync fails on large batches" escalation. */
export function makeEvalPacket(
  change: { facts?: Partial<Facts>; decision?: Partial<Decision>; packet?: Partial<Packet> } = {},
): Packet {
  const base: Packet = {
    schemaVersion: '1',
    asOf: '2026-03-04T17:00:00Z',
    policy: { name: 'default', version: '1', sha256: 'c'.repeat(64) },
    sources: [
      {
        id: 'S1',
        name: 'ticket.json',
        kind: 'ticket',
        format: 'zendesk',
        sha256: 'd'.repeat(64),
        items: 3,
        warnings: [],
        status: 'parsed',
      },
      {
        id: 'S2',
        name: 'slack',
        kind: 'chat',
        format: 'slack-export',
        sha256: 'e'.repeat(64),
        items: 1,
        warnings: [],
        status: 'parsed',
      },
    ],
    evidence: [
      {
        id: 'S1:c1',
        source: 'S1',
        at: '2026-03-03T08:12:00Z',
        author: CUSTOMER,
        visibility: 'public',
        text: 'Since Monday our invoice sync to Ledgerline fails with error SYNC-509 "Batch rejected". 12 users in finance cannot close the month. We already rotated the API token, no change. Is any invoice data lost?\n--\nMara Lindqvist, Finance Ops, Brightwater Foods Ltd',
      },
      {
        id: 'S1:c2',
        source: 'S1',
        at: '2026-03-03T09:40:00Z',
        author: AGENT,
        visibility: 'public',
        text: 'Thanks Mara, Tobias here. Smaller batches of 50 invoices still go through while we look.',
      },
      {
        id: 'S1:c3',
        source: 'S1',
        at: '2026-03-03T10:05:00Z',
        author: AGENT,
        visibility: 'internal',
        text: 'Private note: reproduced on sync-worker-04, batches over 200 fail.',
      },
      {
        id: 'S2:m1',
        source: 'S2',
        at: '2026-03-03T11:00:00Z',
        author: ENGINEER,
        visibility: 'internal',
        text: 'Looks like the 3.8 release halved the batch limit on the ledger connector. Fix is a config change.',
      },
    ],
    timeline: [
      { at: '2026-03-03T08:12:00Z', summary: 'Customer reported failing invoice sync', cites: ['S1:c1'] },
    ],
    facts: makeFacts({
      account: { value: 'Brightwater Foods Ltd', cites: ['S1:c1'] },
      problem: { value: 'Invoice sync fails', cites: ['S1:c1'] },
      errors: [{ value: 'SYNC-509 "Batch rejected"', cites: ['S1:c1'] }],
      affected: { users: { value: 12, cites: ['S1:c1'] }, accounts: null, scope: null, summary: '12 users' },
      startedAt: { value: '2026-03-02', cites: ['S1:c1'] },
      tried: [
        { action: 'Customer rotated the API token', result: 'no change', by: 'customer', cites: ['S1:c1'] },
      ],
      workaround: { exists: true, partial: true, text: 'Smaller batches of 50 invoices', cites: ['S1:c2'] },
      customerAsks: [{ value: 'Is any invoice data lost?', cites: ['S1:c1'] }],
      hypotheses: [
        { value: 'The 3.8 release halved the batch limit on the ledger connector', cites: ['S2:m1'] },
      ],
    }),
    decision: {
      escalate: true,
      criteria: [{ id: 'defect', label: 'Product defect', cites: ['S1:c1'] }],
      severity: { level: 'High', rationale: 'month-end close blocked', rules: [] },
      targets: [{ team: 'Engineering', reason: 'release regression', cites: ['S2:m1'] }],
      owner: null,
      respondBy: null,
      cadence: null,
    },
    unknowns: [{ question: 'How many invoices failed since Monday?', why: 'sizes the replay' }],
    drafts: {
      brief: '',
      handoff: '',
      customerUpdate: {
        text: 'Hi Mara, engineering is working on the failing invoice sync. Batches of 50 still go through. We will send the next update by {{NEXT_UPDATE}}.',
        placeholders: [{ token: '{{NEXT_UPDATE}}', gate: 'G-send' }],
      },
      internalPost: '',
      draftReview: null,
    },
    actions: [],
    gates: [{ id: 'G-send', kind: 'customer_send', subject: 'Send the update', state: 'pending' }],
  };
  return {
    ...base,
    ...change.packet,
    facts: { ...base.facts, ...change.facts },
    decision: { ...base.decision, ...change.decision },
  };
}

/** Gold labels that the default makeEvalPacket() fully satisfies. */
export function makeExpected(overrides: Partial<Expected> = {}): Expected {
  return {
    asOf: '2026-03-04T17:00:00Z',
    escalate: true,
    severity: 'High',
    targets: ['Engineering'],
    account: 'Brightwater Foods',
    affected: { users: 12 },
    startedAt: '2026-03-02',
    errors: ['SYNC-509'],
    tried: ['rotated the API token'],
    workaround: { exists: true, partial: true },
    customerAsks: ['is any invoice data lost'],
    hypotheses: ['release 3.8 halved the connector batch limit'],
    unknowns: ['how many invoices failed'],
    mustNotSayToCustomer: ['sync-worker-04', 'Keiko'],
    ...overrides,
  };
}
