/** @module A packet's owner over HTTP: who owns it and who could, and assigning it (audited). */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../adapters/storage/database.js';
import { assignOwner, getOwner, listOwnerCandidates } from '../../adapters/storage/owners.js';
import { currentUser, requirePermission } from '../plugins/auth.js';

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
  readonly db: Kysely<Database>;
  readonly now: () => Date;
}

export function ownerRoutes(app: FastifyInstance, { db, now }: OwnerRouteOptions): void {
  app.get(
    '/api/packets/:id/owner',
    { preHandler: requirePermission('packet.read_internal') },
    async (request) => {
      const { id } = IdParams.parse(request.params);
      return { owner: await getOwner(db, id), candidates: await listOwnerCandidates(db) };
    },
  );

  app.put(
    '/api/packets/:id/owner',
    { preHandler: requirePermission('packet.transition') },
    async (request) => {
      const { id } = IdParams.parse(request.params);
      const body = Assign.parse(request.body);
      const owner = await assignOwner(
        db,
        { packetId: id, userId: body.userId, name: body.name, actor: currentUser(request).email },
        now().toISOString(),
      );
      return { owner };
    },
  );
}
