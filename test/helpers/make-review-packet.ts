/** @module A small, contract-shaped packet for review-service and renderer tests (not a prepared one). */
import type { Packet } from '../../src/core/model/packet.js';
import { makeFacts } from './make-decide-input.js';

export function makeReviewPacket(overrides: Partial<Packet> = {}): Packet {
  return {
    schemaVersion: '1',
    asOf: '2026-11-19T15:30:00.000Z',
    policy: { name: 'default', version: '1', sha256: 'a'.repeat(64) },
    sources: [
      {
        id: 'S1',
        name: 'ticket.json',
        kind: 'ticket',
        format: 'zendesk',
        sha256: 'b'.repeat(64),
        items: 1,
        warnings: [],
        status: 'parsed',
      },
    ],
    evidence: [
      {
        id: 'S1:c1',
        source: 'S1',
        at: '2026-11-18T09:00:00.000Z',
        author: { name: 'Dana Customer', role: 'customer', side: 'external' },
        visibility: 'public',
        text: 'Order sync fails with ERR_SYNC_413 for 3 users.',
      },
    ],
    timeline: [
      { at: '2026-11-18T09:00:00.000Z', summary: 'Customer reported the failure', cites: ['S1:c1'] },
    ],
    facts: makeFacts({
      account: { value: 'Example Co', cites: ['S1:c1'] },
      problem: { value: 'Order sync fails', cites: ['S1:c1'] },
      errors: [{ value: 'ERR_SYNC_413', cites: ['S1:c1'] }],
      affected: { users: { value: 3, cites: ['S1:c1'] }, accounts: null, scope: null, summary: '3 users' },
    }),
    decision: {
      escalate: true,
      criteria: [{ id: 'product-defect', label: 'Product defect', cites: ['S1:c1'] }],
      severity: { level: 'High', rationale: 'core workflow blocked', rules: [] },
      targets: [{ team: 'Engineering', reason: 'product defect', cites: ['S1:c1'] }],
      owner: null,
      respondBy: null,
      cadence: { internal: 'PT4H', customer: 'PT8H' },
    },
    unknowns: [{ question: 'When can the fix be deployed?', why: 'the customer asked' }],
    drafts: {
      brief: 'Brief',
      handoff: 'Handoff',
      customerUpdate: {
        text: 'Hello, we are looking into the sync failure. We expect an update by {{ETA}}.',
        placeholders: [{ token: '{{ETA}}', gate: 'G-eta' }],
      },
      internalPost: 'Internal post',
      draftReview: null,
    },
    actions: [{ id: 'A1', what: 'Confirm severity', owner: 'lead', due: null, gate: 'G-severity' }],
    gates: [
      { id: 'G-eta', kind: 'eta', subject: 'ETA wording', state: 'pending' },
      { id: 'G-send', kind: 'customer_send', subject: 'Send the customer update', state: 'pending' },
      { id: 'G-severity', kind: 'severity', subject: 'Severity High', state: 'pending' },
    ],
    ...overrides,
  };
}
