/** @module Packets over HTTP: create from an upload, list, read, re-prepare, inputs and version diffs. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { getBlob } from '../../adapters/storage/blobs.js';
import type { Database } from '../../adapters/storage/database.js';
import { packetJsonText } from '../../adapters/storage/packet-cache.js';
import { createPacket, listPackets, reprepare } from '../../adapters/storage/packets.js';
import { getPacketView } from '../../app/review/get-packet-view.js';
import { SpineError } from '../../core/errors.js';
import { diffPackets } from '../../core/review/diff-packets.js';
import { PACKET_STATES } from '../../core/review/transitions.js';
import type { PacketView } from '../../core/review/views.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { currentUser, requirePermission } from '../plugins/auth.js';
import { readUpload, type UploadLimits } from '../read-upload.js';

const IsoDateTime = z.string().datetime({ offset: true });
const CreateFields = z.object({ title: z.string().trim().max(300).optional(), asOf: IsoDateTime.optional() });
const ListQuery = z.object({ state: z.string().optional() });
const IdParams = z.object({ id: z.string().uuid() });
const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });
const DiffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
const InputParams = z.object({ id: z.string().uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export interface PacketRouteOptions {
  readonly db: Kysely<Database>;
  readonly store: ReviewStore;
  readonly queue: JobQueue;
  readonly now: () => Date;
  readonly uploadLimits: UploadLimits;
}

/** The view as JSON text, embedding the stored packet text instead of serializing the packet again. */
function viewJson(view: PacketView): string {
  const stored = view.packet ? packetJsonText(view.packet) : undefined;
  if (!stored) return JSON.stringify(view);
  const { packet: _packet, ...rest } = view;
  return `{"packet":${stored},${JSON.stringify(rest).slice(1)}`;
}

export function packetRoutes(
  app: FastifyInstance,
  { db, store, queue, now, uploadLimits }: PacketRouteOptions,
): void {
  app.get('/api/packets', { preHandler: requirePermission('packet.read') }, async (request) => {
    const { state } = ListQuery.parse(request.query);
    const states = state?.split(',').filter(Boolean);
    const unknown = states?.find((s) => !(PACKET_STATES as readonly string[]).includes(s));
    if (unknown) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `state: unknown state ${unknown}`);
    return {
      packets: await listPackets(db, { states: states as (typeof PACKET_STATES)[number][] | undefined }),
    };
  });

  app.post('/api/packets', { preHandler: requirePermission('packet.create') }, async (request, reply) => {
    const user = currentUser(request);
    const upload = await readUpload(request, uploadLimits);
    if (upload.files.length === 0) {
      throw new SpineError(
        'SPINE_ERR_INVALID_ARGUMENT',
        'files: add at least one file, a zip, or pasted text',
      );
    }
    const fields = CreateFields.parse(upload.fields);
    const title =
      fields.title ||
      upload.files
        .map((f) => f.name)
        .join(', ')
        .slice(0, 120);
    const created = await createPacket(
      db,
      { title, files: upload.files, actor: user.email, asOf: fields.asOf },
      now().toISOString(),
    );
    await queue.enqueue({ packetId: created.id, version: created.version });
    return reply.status(202).send(created);
  });

  app.get('/api/packets/:id', { preHandler: requirePermission('packet.read') }, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const { version } = VersionQuery.parse(request.query);
    return reply
      .type('application/json; charset=utf-8')
      .send(viewJson(await getPacketView(store, id, version)));
  });

  app.get(
    '/api/packets/:id/markdown',
    { preHandler: requirePermission('packet.read') },
    async (request, reply) => {
      const { id } = IdParams.parse(request.params);
      const { version } = VersionQuery.parse(request.query);
      const view = await getPacketView(store, id, version);
      if (!view.markdown) throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
      return reply.type('text/markdown; charset=utf-8').send(view.markdown);
    },
  );

  app.post(
    '/api/packets/:id/versions',
    { preHandler: requirePermission('packet.create') },
    async (request, reply) => {
      const user = currentUser(request);
      const { id } = IdParams.parse(request.params);
      const upload = await readUpload(request, uploadLimits);
      if (upload.files.length === 0) {
        throw new SpineError(
          'SPINE_ERR_INVALID_ARGUMENT',
          'files: add the new evidence (files or pasted text)',
        );
      }
      const fields = CreateFields.parse(upload.fields);
      const next = await reprepare(
        db,
        { packetId: id, files: upload.files, actor: user.email, asOf: fields.asOf },
        now().toISOString(),
      );
      await queue.enqueue({ packetId: next.id, version: next.version });
      return reply.status(202).send(next);
    },
  );

  app.get('/api/packets/:id/diff', { preHandler: requirePermission('packet.read') }, async (request) => {
    const { id } = IdParams.parse(request.params);
    const { from, to } = DiffQuery.parse(request.query);
    const [a, b] = await Promise.all([getPacketView(store, id, from), getPacketView(store, id, to)]);
    if (!a.packet || !b.packet) throw new SpineError('SPINE_ERR_CONFLICT', 'both versions must be prepared');
    return { from, to, changes: diffPackets(a.packet, b.packet) };
  });

  app.get(
    '/api/packets/:id/inputs/:sha256',
    { preHandler: requirePermission('packet.read') },
    async (request, reply) => {
      const { id, sha256 } = InputParams.parse(request.params);
      const { version } = VersionQuery.parse(request.query);
      const view = await getPacketView(store, id, version);
      const input = view.inputs.find((i) => i.sha256 === sha256);
      const bytes = input ? await getBlob(db, sha256) : undefined;
      if (!input || !bytes) throw new SpineError('SPINE_ERR_NOT_FOUND', `input ${sha256} of packet ${id}`);
      // Served as a download, never rendered: ticket content is hostile.
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(input.name)}"`)
        .send(Buffer.from(bytes));
    },
  );
}
