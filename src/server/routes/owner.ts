/** @module A packet's owner over HTTP: who owns it and who could, and assigning it (audited). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assignOwner, getOwner } from '../../app/review/assign-owner.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { currentUser, requirePermission } from '../plugins/auth.js';
import { OwnerAnswerSchema, OwnerListSchema, shaped } from '../schemas/review-responses.js';

const IdParams = z.object({ id: z.string().uuid() });
const Assign = z
  .object({
    userId: z.string().trim().min(1).max(100).optional(),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .refine((body) => Boolean(body.userId) !== Boolean(body.name), {
    message: 'give either userId or name',
  });

export interface OwnerRouteOptions {
  readonly store: ReviewStore;
  readonly now: () => Date;
}

export function ownerRoutes(app: FastifyInstance, { store, now }: OwnerRouteOptions): void {
  app.get(
    '/api/packets/:id/owner',
    { preHandler: requirePermission('packet.read_internal') },
    async (request) => {
      const { id } = IdParams.parse(request.params);
      return shaped(OwnerListSchema, await getOwner(store, id));
    },
  );

  app.put(
    '/api/packets/:id/owner',
    { preHandler: requirePermission('packet.transition') },
    async (request) => {
      const { id } = IdParams.parse(request.params);
      const body = Assign.parse(request.body);
      const owner = await assignOwner(
        store,
        { packetId: id, userId: body.userId, name: body.name, actor: currentUser(request).email },
        now().toISOString(),
      );
      return shaped(OwnerAnswerSchema, { owner });
    },
  );
}
