import { describe, expect, it } from 'vitest';
import { can, canDecideGate, PERMISSIONS, type ReviewRole, ROLES } from '../../src/core/review/roles.js';
import { blockingGates, unfilledPlaceholders } from '../../src/core/review/send-blockers.js';
import { abilitiesOf } from '../../src/server/abilities-of.js';
import type { GateView, PacketSummary, Session } from '../../web/src/api/types.js';
import { listRoles, makeCan } from '../../web/src/app/make-can.js';
import { href, parseRoute } from '../../web/src/app/parse-route.js';
import { describeEvent } from '../../web/src/features/audit-log/describe-event.js';
import { nextDue, sortQueue } from '../../web/src/features/queue/next-due.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function summary(id: string, overrides: Partial<PacketSummary> = {}): PacketSummary {
  return {
    id,
    title: id,
    headline: null,
    account: null,
    state: 'in_review',
    version: 1,
    jobStatus: 'ready',
    severity: 'High',
    escalate: true,
    primaryTarget: 'Engineering',
    createdBy: 'a@b.c',
    createdAt: '2026-11-19T00:00:00Z',
    updatedAt: '2026-11-19T00:00:00Z',
    nextInternalDue: null,
    nextCustomerDue: null,
    respondBy: null,
    ...overrides,
  };
}

const gate = (id: string, kind: string, state: GateView['state']): GateView => ({
  id,
  kind,
  subject: id,
  state,
  decidedBy: null,
  decidedAt: null,
  comment: null,
});

describe('hash routes', () => {
  it.each([
    ['', { view: 'queue' }],
    ['#/new', { view: 'intake' }],
    ['#/packets/p1', { view: 'packet', id: 'p1', cite: null }],
    ['#/packets/p1/cite/S2%3Aocr3', { view: 'packet', id: 'p1', cite: 'S2:ocr3' }],
    ['#/packets/p1/audit', { view: 'audit', id: 'p1' }],
    ['#/packets/p1/cite/%E0%A4%A', { view: 'packet', id: 'p1', cite: '%E0%A4%A' }],
    ['#/elsewhere', { view: 'queue' }],
  ] satisfies [string, ReturnType<typeof parseRoute>][])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips a citation link through its href', () => {
    expect(parseRoute(href.cite('p 1', 'S10:f.subject'))).toEqual({
      view: 'packet',
      id: 'p 1',
      cite: 'S10:f.subject',
    });
  });
});

describe('queue order', () => {
  it('puts overdue follow-ups first, then the soonest due, then undated, and closed packets last', () => {
    const packets = [
      summary('closed', { state: 'resolved', nextInternalDue: '2026-11-19T00:00:00Z' }),
      summary('undated'),
      summary('later', { nextCustomerDue: '2026-11-21T00:00:00Z' }),
      summary('overdue', {
        nextInternalDue: '2026-11-20T11:00:00Z',
        nextCustomerDue: '2026-11-22T00:00:00Z',
      }),
      summary('soon', { nextInternalDue: '2026-11-20T13:00:00Z' }),
    ];
    expect(sortQueue(packets, NOW).map((p) => p.id)).toEqual([
      'overdue',
      'soon',
      'later',
      'undated',
      'closed',
    ]);
    expect(nextDue(packets[3] as PacketSummary, NOW)).toEqual({
      kind: 'internal',
      at: '2026-11-20T11:00:00Z',
      overdue: true,
    });
  });
});

describe('what blocks "mark as sent"', () => {
  const packet = makeReviewPacket({
    drafts: {
      ...makeReviewPacket().drafts,
      customerUpdate: { text: 'Fix by {{ETA}}.', placeholders: [{ token: '{{ETA}}', gate: 'G-eta' }] },
    },
  });
  const placeholders = packet.drafts.customerUpdate.placeholders;
  const gates = [
    gate('G-send', 'customer_send', 'approved'),
    gate('G-eta', 'eta', 'pending'),
    gate('G-write', 'system_write', 'pending'),
  ];

  it('is the send gate and the gate of each placeholder still in the text, not other gates', () => {
    expect(blockingGates(gates, placeholders, 'Fix by {{ETA}}.').map((g) => g.id)).toEqual(['G-eta']);
    expect(blockingGates(gates, placeholders, 'We are on it.')).toEqual([]);
    expect(
      blockingGates([gate('G-send', 'customer_send', 'rejected')], placeholders, 'x').map((g) => g.id),
    ).toEqual(['G-send']);
  });

  it('lists placeholders still to be written in, once each', () => {
    expect(unfilledPlaceholders('Fix by {{ETA}}; {{COMPENSATION}} credit; again {{ETA}}.')).toEqual([
      '{{ETA}}',
      '{{COMPENSATION}}',
    ]);
    expect(unfilledPlaceholders('Fix by Friday {lowercase} {{not a token}}.')).toEqual([]);
  });
});

describe('audit sentences', () => {
  it('says who overrode what, from what to what, and why', () => {
    const text = describeEvent({
      id: 1,
      packetId: 'p',
      actor: 'lead@x.test',
      name: 'decision.overridden',
      properties: { field: 'severity', before: 'Critical', after: 'High', reason: 'one tenant' },
      at: '2026-11-20T12:00:00Z',
    });
    expect(text.summary).toBe('lead@x.test overrode severity from Critical to High — reason: “one tenant”');
  });

  it('keeps before and after of a draft edit for the reader to open', () => {
    const text = describeEvent({
      id: 2,
      packetId: 'p',
      actor: 'sam@x.test',
      name: 'draft.edited',
      properties: { draft: 'customerUpdate', version: 1, before: 'Hi', after: 'Hello' },
      at: '2026-11-20T12:00:00Z',
    });
    expect(text).toEqual({ summary: 'sam@x.test edited the customer update', before: 'Hi', after: 'Hello' });
  });
});

describe('what the signed-in user may do (useCan)', () => {
  // Shaped like the shipped policy: only the send is for support; routing also for triage.
  const APPROVERS = {
    severity: ['lead'],
    routing: ['lead', 'engineering_triage'],
    customer_send: ['support', 'success', 'lead'],
  };
  /** The session exactly as the service answers it for `role`. */
  const sessionOf = (role: ReviewRole): Session => ({
    user: { id: 'u1', email: `${role}@x.test`, name: role, role },
    csrfToken: 'csrf',
    ...abilitiesOf(role, APPROVERS),
  });

  it('tells support who may override severity and which gates are not theirs', () => {
    const support = makeCan(sessionOf('support'));
    expect(support.whyNot('decision.override', 'override severity')).toBe(
      'Only leads and admins can override severity; you are signed in as support.',
    );
    expect(support.whyNot('draft.edit')).toBeNull();
    expect(support.whyNotGate('customer_send')).toBeNull();
    expect(support.whyNotGate('severity')).toMatch(
      /^Under the policy, only leads and admins can approve or reject severity gates; you are signed in as support\.$/,
    );
    expect(support.whyNotGate('routing')).toMatch(
      /^Under the policy, only engineering triage, leads and admins can /,
    );
  });

  it('leaves a gate kind the policy does not list to leads and admins, as the service does', () => {
    expect(makeCan(sessionOf('lead')).whyNotGate('data_export')).toBeNull();
    expect(makeCan(sessionOf('admin')).whyNotGate('data_export')).toBeNull();
    expect(makeCan(sessionOf('support')).whyNotGate('data_export')).toMatch(
      /only leads and admins can approve or reject data export gates/,
    );
  });

  it('allows on the page exactly what the service allows, for every role, permission and gate kind', () => {
    for (const role of ROLES) {
      const page = makeCan(sessionOf(role));
      for (const permission of PERMISSIONS) {
        expect([role, permission, page.whyNot(permission) === null]).toEqual([
          role,
          permission,
          can(role, permission),
        ]);
      }
      for (const kind of [...Object.keys(APPROVERS), 'data_export']) {
        expect([role, kind, page.whyNotGate(kind) === null]).toEqual([
          role,
          kind,
          can(role, 'gate.decide') && canDecideGate(role, kind, APPROVERS),
        ]);
      }
    }
  });

  it.each([
    [['admin'], 'admins'],
    [['lead', 'admin'], 'leads and admins'],
    [['support', 'account_owner', 'lead'], 'support agents, account owners and leads'],
  ] satisfies [ReviewRole[], string][])('names %j as "%s"', (roles, text) => {
    expect(listRoles(roles)).toBe(text);
  });
});
