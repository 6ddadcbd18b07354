/** @module A review service on a fresh store, with one signed-up user per role, for API tests. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/adapters/auth/passwords.js';
import { createDb, migrateToLatest, type StoreConfig } from '../../src/adapters/storage/create-db.js';
import type { Database } from '../../src/adapters/storage/database.js';
import { insertUser } from '../../src/adapters/storage/users.js';
import { loadPolicy } from '../../src/app/load-policy.js';
import { InProcessQueue } from '../../src/app/review/in-process-queue.js';
import type { PrepareUpload } from '../../src/app/review/prepare-job.js';
import { type ReviewRole, ROLES } from '../../src/core/review/roles.js';
import { type AppOptions, buildApp } from '../../src/server/build-app.js';
import { freshStore } from './dialects.js';
import { makeReviewPacket } from './make-review-packet.js';

export const PASSWORD = 'correct horse battery staple';

/** Gate approvers as a policy would set them (leads and admins approve commitments; triage approves routing). */
export const TEST_APPROVERS = {
  severity: ['lead'],
  routing: ['lead', 'engineering_triage'],
  eta: ['lead'],
  compensation: ['lead', 'account_owner'],
  customer_send: ['lead', 'support'],
  system_write: ['lead'],
  policy_exception: ['lead'],
};

/** Stands in for the pipeline where a test is about the service, not about packet content. */
export const fixedPrepare: PrepareUpload = async (files) => ({
  packet: makeReviewPacket({ asOf: '2026-11-19T15:30:00.000Z' }),
  markdown: `# packet from ${files.map((f) => f.name).join(', ')}`,
});

export interface ReviewApp {
  readonly app: FastifyInstance;
  readonly db: Kysely<Database>;
  readonly queue: InProcessQueue;
  readonly storeConfig: StoreConfig;
  login(role: ReviewRole): Promise<{ cookie: string; csrf: string }>;
  /** The headers of a signed-in change as `role`: its session cookie and CSRF token. */
  headersAs(role: ReviewRole): Promise<{ cookie: string; 'x-csrf-token': string }>;
  close(): Promise<void>;
}

export async function startReviewApp(
  dialect: 'sqlite' | 'postgres',
  options: {
    prepare?: PrepareUpload;
    uploadLimits?: { maxFileBytes?: number; maxFiles?: number };
    /** more buildApp options (https, signInLimits, now …) */
    app?: Partial<AppOptions>;
    /** a second instance on the same store as `shareWith` (its users are already there) */
    shareWith?: ReviewApp;
    /** the PostgreSQL schema's (or SQLite folder's) name prefix for a fresh store */
    storePrefix?: string;
  } = {},
): Promise<ReviewApp> {
  const store = options.shareWith
    ? { config: options.shareWith.storeConfig, cleanup: async () => undefined }
    : await freshStore(dialect, options.storePrefix);
  const db = createDb(store.config);
  const migrated = await migrateToLatest(db, store.config);
  if (migrated.error) throw migrated.error;
  if (!options.shareWith) {
    const passwordHash = await hashPassword(PASSWORD);
    for (const role of ROLES) {
      await insertUser(
        db,
        { email: `${role}@spine.test`, name: `${role} user`, role, passwordHash },
        new Date(0).toISOString(),
      );
    }
  }
  const queue = new InProcessQueue(db, options.prepare ?? fixedPrepare);
  const app = await buildApp({
    db,
    queue,
    gateApprovers: TEST_APPROVERS,
    policy: (await loadPolicy()).policy,
    uploadLimits: options.uploadLimits ?? {},
    ...options.app,
  });
  const sessions = new Map<ReviewRole, { cookie: string; csrf: string }>();
  const service: ReviewApp = {
    app,
    db,
    queue,
    storeConfig: store.config,
    async login(role) {
      const known = sessions.get(role);
      if (known) return known;
      const response = await app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: `${role}@spine.test`, password: PASSWORD },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
      const session = { cookie, csrf: response.json().csrfToken as string };
      sessions.set(role, session);
      return session;
    },
    async headersAs(role) {
      const { cookie, csrf } = await service.login(role);
      return { cookie, 'x-csrf-token': csrf };
    },
    async close() {
      await queue.close();
      await app.close();
      await db.destroy();
      await store.cleanup();
    },
  };
  return service;
}

/** A multipart body for app.inject, built by hand so tests control every byte. */
export function multipart(parts: Array<{ name: string; value: string | Uint8Array; filename?: string }>): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = '----spine-test-boundary';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename
      ? `form-data; name="${part.name}"; filename="${part.filename}"`
      : `form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`));
    if (part.filename) chunks.push(Buffer.from('Content-Type: application/octet-stream\r\n'));
    chunks.push(Buffer.from('\r\n'), Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads `parts` as a support user and waits for the prepare job; resolves with the packet id. */
export async function uploadAndPrepare(
  svc: ReviewApp,
  parts: Parameters<typeof multipart>[0],
): Promise<string> {
  const body = multipart(parts);
  const response = await svc.app.inject({
    method: 'POST',
    url: '/api/packets',
    payload: body.payload,
    headers: { ...body.headers, ...(await svc.headersAs('support')) },
  });
  if (response.statusCode !== 202) throw new Error(`upload refused: ${response.statusCode} ${response.body}`);
  await svc.queue.idle();
  return response.json().id as string;
}
