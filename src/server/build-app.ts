/**
 * @module buildApp: the review service's Fastify instance with its plugins and routes. It never
 * listens: `spine serve` does, and tests call `app.inject`.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../adapters/storage/database.js';
import type { JobQueue } from '../ports/job-queue.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './read-upload.js';
import { ownerRoutes } from './routes/owner.js';
import { packetRoutes } from './routes/packets.js';
import { reviewRoutes } from './routes/review.js';
import { sessionRoutes } from './routes/session.js';
import { webSupportRoutes } from './routes/web-support.js';

export interface AppOptions {
  readonly db: Kysely<Database>;
  readonly queue: JobQueue;
  /** which roles may approve which gate kind, from the policy */
  readonly gateApprovers: Readonly<Record<string, readonly string[]>>;
  readonly now?: () => Date;
  readonly uploadLimits?: Partial<UploadLimits>;
  /** requests per minute per client address (login has its own, stricter limit) */
  readonly rateLimitPerMinute?: number;
  readonly cookieSecure?: boolean;
  /** folder with the built web page (index.html + assets); omitted → API only */
  readonly webRoot?: string | undefined;
  readonly logger?: FastifyServerOptions['logger'];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
  });
  registerErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
  });
  await app.register(rateLimit, { max: options.rateLimitPerMinute ?? 12_000, timeWindow: '1 minute' });
  await app.register(cookie);
  const uploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...options.uploadLimits };
  await app.register(multipart, {
    // keep a folder upload's relative paths; read-upload.ts reduces them to safe segments
    preservePath: true,
    limits: {
      fileSize: uploadLimits.maxFileBytes,
      files: uploadLimits.maxFiles,
      fields: 20,
      fieldSize: 5 * 1024 * 1024,
    },
  });
  registerAuth(app, options.db, now);

  app.get('/healthz', async () => ({ ok: true }));
  sessionRoutes(app, {
    db: options.db,
    now,
    cookieSecure: options.cookieSecure ?? false,
    gateApprovers: options.gateApprovers,
  });
  packetRoutes(app, { db: options.db, queue: options.queue, now, uploadLimits });
  reviewRoutes(app, { db: options.db, now, gateApprovers: options.gateApprovers });
  ownerRoutes(app, { db: options.db, now });
  webSupportRoutes(app, { db: options.db, gateApprovers: options.gateApprovers });

  if (options.webRoot) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: 'index.html' });
  }
  return app;
}
