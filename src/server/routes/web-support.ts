/**
 * @module What the review page needs beside the JSON API: the current session with its CSRF token
 * and what its user may do (so a reload keeps working without signing in again), and a packet's
 * screenshot as an image, found by its source's sha256 among the stored inputs or inside an uploaded zip.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { Budget } from '../../adapters/files/budget.js';
import { isZip } from '../../adapters/files/is-zip.js';
import { DEFAULT_FILE_LIMITS } from '../../adapters/files/limits.js';
import { readZip } from '../../adapters/files/read-zip.js';
import { getBlob } from '../../adapters/storage/blobs.js';
import type { Database } from '../../adapters/storage/database.js';
import { getPacketView } from '../../app/review/get-packet-view.js';
import { SpineError } from '../../core/errors.js';
import { imageFormatOf } from '../../core/intake/screenshot.js';
import { sha256Hex } from '../../core/sha256.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { abilitiesOf, type GateApprovers } from '../abilities-of.js';
import { currentUser, requirePermission } from '../plugins/auth.js';
import { shaped } from '../schemas/review-responses.js';
import { SessionSchema } from '../schemas/session-responses.js';

const SourceParams = z.object({ id: z.string().uuid(), sourceId: z.string().regex(/^S[0-9]{1,6}$/) });
const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

const IMAGE_TYPES = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;

export interface WebSupportRouteOptions {
  readonly db: Kysely<Database>;
  readonly store: ReviewStore;
  /** which roles may approve which gate kind, from the policy */
  readonly gateApprovers: GateApprovers;
}

async function findScreenshotBytes(
  db: Kysely<Database>,
  inputs: ReadonlyArray<{ sha256: string; name: string }>,
  sha256: string,
): Promise<Uint8Array | undefined> {
  if (inputs.some((input) => input.sha256 === sha256)) return getBlob(db, sha256);
  // A screenshot inside an uploaded zip has no blob of its own: unpack with the same safe reader.
  for (const input of inputs) {
    const bytes = await getBlob(db, input.sha256);
    if (!bytes || !isZip(bytes)) continue;
    const budget = new Budget(DEFAULT_FILE_LIMITS);
    await readZip(input.name, bytes, '', budget);
    const found = budget.result.files.find((file) => sha256Hex(file.bytes) === sha256);
    if (found) return found.bytes;
  }
  return undefined;
}

export function webSupportRoutes(
  app: FastifyInstance,
  { db, store, gateApprovers }: WebSupportRouteOptions,
): void {
  app.get('/api/session', { preHandler: requirePermission('packet.read') }, async (request) => {
    // The auth hook has already found the session; an API token has none to hand back.
    const user = currentUser(request);
    if (request.csrfToken === null) {
      throw new SpineError('SPINE_ERR_UNAUTHENTICATED', 'sign in with your e-mail and password');
    }
    return shaped(SessionSchema, {
      user,
      csrfToken: request.csrfToken,
      ...abilitiesOf(user.role, gateApprovers),
    });
  });

  app.get(
    '/api/packets/:id/sources/:sourceId/image',
    { preHandler: requirePermission('packet.read_internal') },
    async (request, reply) => {
      const { id, sourceId } = SourceParams.parse(request.params);
      const { version } = VersionQuery.parse(request.query);
      const view = await getPacketView(store, id, version);
      const source = view.packet?.sources.find((s) => s.id === sourceId);
      if (source?.kind !== 'screenshot') {
        throw new SpineError('SPINE_ERR_NOT_FOUND', `screenshot ${sourceId} of packet ${id}`);
      }
      const bytes = await findScreenshotBytes(db, view.inputs, source.sha256);
      const format = bytes ? imageFormatOf(bytes) : null;
      if (!bytes || !format)
        throw new SpineError('SPINE_ERR_NOT_FOUND', `screenshot ${sourceId} of packet ${id}`);
      // Only bytes whose magic says PNG, JPEG or WebP are served, with that type and nothing to run.
      return reply
        .type(IMAGE_TYPES[format])
        .header('content-security-policy', "default-src 'none'")
        .header('cache-control', 'private, max-age=3600')
        .send(Buffer.from(bytes));
    },
  );
}
