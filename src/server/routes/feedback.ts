/**
 * @module Feedback and eval-case export over HTTP: rate a handoff or correct a fact
 * (`POST /api/packets/:id/feedback`), read a packet's feedback, and download the reviewed packet as
 * an eval case zip (`GET /api/packets/:id/export-case`, leads and admins: it holds the inputs).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zipCase } from '../../adapters/files/write-case.js';
import { exportCase } from '../../app/review/export-case.js';
import { correctFact, packetFeedback, rateHandoff } from '../../app/review/give-feedback.js';
import { FACT_TEXT_MAX, FEEDBACK_NOTE_MAX, HANDOFF_RATINGS } from '../../core/review/feedback.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { currentUser, requirePermission } from '../plugins/auth.js';
import { shaped } from '../schemas/review-responses.js';
import { FeedbackListSchema, FeedbackSchema } from '../schemas/team-responses.js';

const IdParams = z.object({ id: z.string().uuid() });
const Note = z.string().max(FEEDBACK_NOTE_MAX).optional();
const Feedback = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('handoff'),
    rating: z.enum(HANDOFF_RATINGS),
    /** what was missing */
    note: Note,
  }),
  z.object({
    kind: z.literal('fact'),
    field: z.string().trim().min(1).max(100),
    // text, a count, a yes/no, or null for "there is none"; which one the field takes is checked in the core
    value: z.union([z.string().max(FACT_TEXT_MAX), z.number(), z.boolean(), z.null()]),
    note: Note,
  }),
]);

export interface FeedbackRouteOptions {
  readonly store: ReviewStore;
  readonly now: () => Date;
}

export function feedbackRoutes(app: FastifyInstance, { store, now }: FeedbackRouteOptions): void {
  app.post(
    '/api/packets/:id/feedback',
    { preHandler: requirePermission('feedback.give') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const body = Feedback.parse(request.body);
      const actor = currentUser(request).email;
      const at = now().toISOString();
      const saved =
        body.kind === 'handoff'
          ? await rateHandoff(store, { packetId: id, rating: body.rating, note: body.note, actor }, at)
          : await correctFact(
              store,
              { packetId: id, field: body.field, value: body.value, note: body.note, actor },
              at,
            );
      return reply.status(201).send(shaped(FeedbackSchema, saved));
    },
  );

  app.get(
    '/api/packets/:id/feedback',
    { preHandler: requirePermission('packet.read_internal') },
    async (request) => {
      const { id } = IdParams.parse(request.params);
      return shaped(FeedbackListSchema, { feedback: await packetFeedback(store, id) });
    },
  );

  app.get(
    '/api/packets/:id/export-case',
    { preHandler: requirePermission('case.export') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const exported = await exportCase(
        store,
        { packetId: id, actor: currentUser(request).email },
        now().toISOString(),
      );
      const zip = await zipCase(exported.files, new Date(exported.asOf));
      reply.header('content-disposition', `attachment; filename="case-${id}-v${exported.version}.zip"`);
      return reply.type('application/zip').send(zip);
    },
  );
}
