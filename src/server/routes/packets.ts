/**
 * @module Packets over HTTP: create from an upload, list, read (with ETag and conditional GET),
 * re-prepare, inputs and version diffs. Each route parses its input, checks the role, calls a use
 * case and shapes the answer through its response schema.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createPacket } from '../../app/review/create-packet.js';
import { getPacketView, readPacketView } from '../../app/review/get-packet-view.js';
import { listPackets } from '../../app/review/list-packets.js';
import { readPacketInput } from '../../app/review/read-packet-input.js';
import { repreparePacket } from '../../app/review/reprepare-packet.js';
import { SpineError } from '../../core/errors.js';
import { toCustomerView } from '../../core/review/customer-view.js';
import { diffPackets } from '../../core/review/diff-packets.js';
import { can } from '../../core/review/roles.js';
import { PACKET_STATES } from '../../core/review/transitions.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { isCurrentFor, listEtag } from '../conditional-get.js';
import { currentUser, requirePermission } from '../plugins/auth.js';
import { readUpload, type UploadLimits } from '../read-upload.js';
import {
  CustomerListSchema,
  CustomerViewSchema,
  DiffSchema,
  PacketListSchema,
  sendJsonText,
  shaped,
} from '../schemas/review-responses.js';
import { teamViewJson } from '../team-view-json.js';
import { ViewBodyCache } from '../view-body-cache.js';

const IsoDateTime = z.string().datetime({ offset: true });
const CreateFields = z.object({ title: z.string().trim().max(300).optional(), asOf: IsoDateTime.optional() });
const ListQuery = z.object({
  state: z
    .string()
    .optional()
    .transform((value) => value?.split(',').filter(Boolean))
    .pipe(z.array(z.enum(PACKET_STATES)).optional()),
});
const IdParams = z.object({ id: z.string().uuid() });
const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });
const DiffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
const InputParams = z.object({ id: z.string().uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** Reads are revalidated on every use and never cached for anyone else. */
const CACHE_CONTROL = 'private, no-cache';

export interface PacketRouteOptions {
  readonly store: ReviewStore;
  readonly queue: JobQueue;
  readonly now: () => Date;
  readonly uploadLimits: UploadLimits;
}

/** Who the answer is for: the reviewing team, or a role that may only see customer-safe content. */
function audienceOf(request: FastifyRequest): 'team' | 'customer' {
  return can(currentUser(request).role, 'packet.read_internal') ? 'team' : 'customer';
}

function notModified(reply: FastifyReply, etag: string): FastifyReply {
  return reply.status(304).header('etag', etag).header('cache-control', CACHE_CONTROL).send();
}

export function packetRoutes(
  app: FastifyInstance,
  { store, queue, now, uploadLimits }: PacketRouteOptions,
): void {
  app.get('/api/packets', { preHandler: requirePermission('packet.read') }, async (request, reply) => {
    const { state } = ListQuery.parse(request.query);
    const audience = audienceOf(request);
    const packets = await listPackets(store, { states: state });
    const etag = listEtag(audience, packets);
    if (isCurrentFor(request)(etag)) return notModified(reply, etag);
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
    return audience === 'team'
      ? shaped(PacketListSchema, { packets })
      : shaped(CustomerListSchema, { packets });
  });

  app.post('/api/packets', { preHandler: requirePermission('packet.create') }, async (request, reply) => {
    const upload = await readUpload(request, uploadLimits);
    if (upload.files.length === 0) {
      throw new SpineError(
        'SPINE_ERR_INVALID_ARGUMENT',
        'files: add at least one file, a zip, or pasted text',
      );
    }
    const fields = CreateFields.parse(upload.fields);
    const created = await createPacket(
      { store, queue },
      { ...fields, files: upload.files, actor: currentUser(request).email },
      now().toISOString(),
    );
    return reply.status(202).send(created);
  });

  const teamBodies = new ViewBodyCache();
  app.get('/api/packets/:id', { preHandler: requirePermission('packet.read') }, async (request, reply) => {
    const { id } = IdParams.parse(request.params);
    const { version } = VersionQuery.parse(request.query);
    const audience = audienceOf(request);
    const clientHas = isCurrentFor(request);
    const read = (isCurrent: (tag: string) => boolean, expectView: boolean) =>
      readPacketView(store, id, { version, audience, isCurrent, expectView });
    // The team's answer for a tag already made here is copied, not assembled again; with no copy
    // here or at the client that could be current, the view is read with its tag.
    const mayHold =
      request.headers['if-none-match'] !== undefined || (audience === 'team' && teamBodies.holds(id));
    let { etag, view } = await read(
      (tag) => clientHas(tag) || (audience === 'team' && teamBodies.has(id, tag)),
      !mayHold,
    );
    if (!view && clientHas(etag)) return notModified(reply, etag);
    const made = view ? undefined : teamBodies.get(id, etag);
    if (made) {
      reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
      return sendJsonText(reply, made);
    }
    // Dropped from the cache since it was looked at: read the view after all.
    if (!view) ({ etag, view } = await read(clientHas, true));
    if (!view) return notModified(reply, etag);
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
    if (audience === 'customer') return shaped(CustomerViewSchema, toCustomerView(view));
    const body = teamViewJson(view);
    teamBodies.set(id, etag, body);
    return sendJsonText(reply, body);
  });

  app.get(
    '/api/packets/:id/markdown',
    { preHandler: requirePermission('packet.read_internal') },
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
      const { id } = IdParams.parse(request.params);
      const upload = await readUpload(request, uploadLimits);
      if (upload.files.length === 0) {
        throw new SpineError(
          'SPINE_ERR_INVALID_ARGUMENT',
          'files: add the new evidence (files or pasted text)',
        );
      }
      const { asOf } = CreateFields.parse(upload.fields);
      const next = await repreparePacket(
        { store, queue },
        { packetId: id, files: upload.files, actor: currentUser(request).email, asOf },
        now().toISOString(),
      );
      return reply.status(202).send(next);
    },
  );

  app.get(
    '/api/packets/:id/diff',
    { preHandler: requirePermission('packet.read_internal') },
    async (request) => {
      const { id } = IdParams.parse(request.params);
      const { from, to } = DiffQuery.parse(request.query);
      const [a, b] = await Promise.all([getPacketView(store, id, from), getPacketView(store, id, to)]);
      if (!a.packet || !b.packet)
        throw new SpineError('SPINE_ERR_CONFLICT', 'both versions must be prepared');
      return shaped(DiffSchema, { from, to, changes: diffPackets(a.packet, b.packet) });
    },
  );

  app.get(
    '/api/packets/:id/inputs/:sha256',
    { preHandler: requirePermission('packet.read_internal') },
    async (request, reply) => {
      const { id, sha256 } = InputParams.parse(request.params);
      const { version } = VersionQuery.parse(request.query);
      const input = await readPacketInput(store, { packetId: id, sha256, version });
      // Served as a download, never rendered: ticket content is hostile.
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(input.name)}"`)
        .send(Buffer.from(input.bytes));
    },
  );
}
