/** @module Reviewing over HTTP: states, draft edits, gate decisions, overrides, mark-as-sent, follow-ups, audit. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { decideGate } from '../../app/review/decide-gate.js';
import { draftHistory } from '../../app/review/draft-history.js';
import { dueFollowUps } from '../../app/review/due-follow-ups.js';
import { editDraft } from '../../app/review/edit-draft.js';
import { getPacketView } from '../../app/review/get-packet-view.js';
import { markSent } from '../../app/review/mark-sent.js';
import { overrideDecision } from '../../app/review/override-decision.js';
import { exportPacketAudit, packetAudit, recentAudit } from '../../app/review/read-audit.js';
import { transitionPacket } from '../../app/review/transition-packet.js';
import { SpineError } from '../../core/errors.js';
import { addDuration } from '../../core/policy/duration.js';
import type { Policy } from '../../core/policy/policy-schema.js';
import { canDecideGate } from '../../core/review/roles.js';
import { MANUAL_STATES } from '../../core/review/transitions.js';
import { DRAFT_NAMES } from '../../core/review/views.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { currentUser, requirePermission } from '../plugins/auth.js';
import {
  AuditEventsSchema,
  DraftHistorySchema,
  DraftViewSchema,
  FollowUpsSchema,
  GateViewSchema,
  sendJsonText,
  shaped,
} from '../schemas/review-responses.js';
import { teamViewJson } from '../team-view-json.js';

const IdParams = z.object({ id: z.string().uuid() });
const DraftParams = IdParams.extend({ draft: z.enum(DRAFT_NAMES) });
const GateParams = IdParams.extend({ gateId: z.string().min(1).max(100) });
const Transition = z.object({
  to: z.enum(MANUAL_STATES),
  reason: z.string().trim().max(4000).optional(),
  toldBy: z.string().trim().max(300).optional(),
});
const DraftEdit = z.object({ text: z.string().max(100_000) });
const GateDecision = z.object({
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().trim().max(4000).optional(),
});
const Override = z.object({
  field: z.enum(['severity', 'routing']),
  value: z.string().trim().min(1).max(100),
  reason: z.string().trim().min(1, 'say why you override the suggestion').max(4000),
});
const FollowUpQuery = z.object({ within: z.string().regex(/^P/).default('PT24H') });
const ExportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

export interface ReviewRouteOptions {
  readonly store: ReviewStore;
  /** the policy whose levels, teams, response targets and cadence apply */
  readonly policy: Policy;
  readonly now: () => Date;
  readonly gateApprovers: Readonly<Record<string, readonly string[]>>;
}

function csvCell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function reviewRoutes(
  app: FastifyInstance,
  { store, policy, now, gateApprovers }: ReviewRouteOptions,
): void {
  const at = () => now().toISOString();

  app.post(
    '/api/packets/:id/transition',
    { preHandler: requirePermission('packet.transition') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const body = Transition.parse(request.body);
      await transitionPacket(store, { packetId: id, ...body, actor: currentUser(request).email }, at());
      return sendJsonText(reply, teamViewJson(await getPacketView(store, id)));
    },
  );

  app.put(
    '/api/packets/:id/drafts/:draft',
    { preHandler: requirePermission('draft.edit') },
    async (request) => {
      const { id, draft } = DraftParams.parse(request.params);
      const { text } = DraftEdit.parse(request.body);
      const edited = await editDraft(
        store,
        { packetId: id, draft, text, actor: currentUser(request).email },
        at(),
      );
      return shaped(DraftViewSchema, edited);
    },
  );

  app.get(
    '/api/packets/:id/drafts/:draft/history',
    { preHandler: requirePermission('packet.read_internal') },
    async (request) => {
      const { id, draft } = DraftParams.parse(request.params);
      return shaped(DraftHistorySchema, { history: await draftHistory(store, id, draft) });
    },
  );

  app.post(
    '/api/packets/:id/gates/:gateId',
    { preHandler: requirePermission('gate.decide') },
    async (request) => {
      const { id, gateId } = GateParams.parse(request.params);
      const body = GateDecision.parse(request.body);
      const user = currentUser(request);
      const decided = await decideGate(
        store,
        {
          packetId: id,
          gateId,
          ...body,
          actor: user.email,
          mayDecide: (kind) => canDecideGate(user.role, kind, gateApprovers),
        },
        at(),
      );
      return shaped(GateViewSchema, decided);
    },
  );

  app.post(
    '/api/packets/:id/override',
    { preHandler: requirePermission('decision.override') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const body = Override.parse(request.body);
      await overrideDecision(
        store,
        policy,
        { packetId: id, ...body, actor: currentUser(request).email },
        at(),
      );
      return sendJsonText(reply, teamViewJson(await getPacketView(store, id)));
    },
  );

  app.post(
    '/api/packets/:id/mark-sent',
    { preHandler: requirePermission('packet.mark_sent') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      await markSent(store, { packetId: id, actor: currentUser(request).email, policy }, at());
      return sendJsonText(reply, teamViewJson(await getPacketView(store, id)));
    },
  );

  app.get('/api/packets/:id/audit', { preHandler: requirePermission('audit.read') }, async (request) => {
    const { id } = IdParams.parse(request.params);
    return shaped(AuditEventsSchema, { events: await packetAudit(store, id) });
  });

  app.get(
    '/api/packets/:id/audit/export',
    { preHandler: requirePermission('audit.export') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const { format } = ExportQuery.parse(request.query);
      const events = await exportPacketAudit(
        store,
        { packetId: id, format, actor: currentUser(request).email },
        at(),
      );
      reply.header('content-disposition', `attachment; filename="audit-${id}.${format}"`);
      if (format === 'json')
        return reply.type('application/json').send(JSON.stringify({ packetId: id, events }, null, 2));
      const lines = ['id,at,actor,event,properties'];
      for (const e of events) lines.push([e.id, e.at, e.actor, e.name, e.properties].map(csvCell).join(','));
      return reply.type('text/csv; charset=utf-8').send(`${lines.join('\n')}\n`);
    },
  );

  app.get('/api/follow-ups', { preHandler: requirePermission('packet.read_internal') }, async (request) => {
    const { within } = FollowUpQuery.parse(request.query);
    const start = at();
    const until = addDuration(start, within);
    if (!until)
      throw new SpineError(
        'SPINE_ERR_INVALID_ARGUMENT',
        `within: ${within} is not an ISO 8601 duration like PT24H`,
      );
    return shaped(FollowUpsSchema, { now: start, until, items: await dueFollowUps(store, start, until) });
  });

  app.get('/api/audit', { preHandler: requirePermission('audit.export') }, async () =>
    shaped(AuditEventsSchema, { events: await recentAudit(store) }),
  );
}
