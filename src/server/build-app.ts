/**
 * @module buildApp: the review service's Fastify instance with its plugins and routes. It never
 * listens: `spine serve` does, and tests call `app.inject`.
 */
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../adapters/storage/database.js';
import { kyselyReviewStore } from '../adapters/storage/kysely-review-store.js';
import { kyselySignalsStore } from '../adapters/storage/kysely-signals-store.js';
import type { SignInLimits } from '../app/auth/sign-in.js';
import { SpineError } from '../core/errors.js';
import type { Policy } from '../core/policy/policy-schema.js';
import type { JobQueue } from '../ports/job-queue.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './read-upload.js';
import { feedbackRoutes } from './routes/feedback.js';
import { metricsRoutes } from './routes/metrics.js';
import { ownerRoutes } from './routes/owner.js';
import { packetRoutes } from './routes/packets.js';
import { reviewRoutes } from './routes/review.js';
import { sessionRoutes } from './routes/session.js';
import { signalsRoutes } from './routes/signals.js';
import { webSupportRoutes } from './routes/web-support.js';

/** Well above what a busy team behind one proxy sends (about 200 requests a second). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60_000;

export interface AppOptions {
  readonly db: Kysely<Database>;
  readonly queue: JobQueue;
  /** which roles may approve which gate kind, from the policy */
  readonly gateApprovers: Readonly<Record<string, readonly string[]>>;
  /** the policy whose severity levels, teams, response targets and cadence overrides use */
  readonly policy: Policy;
  readonly now?: () => Date;
  readonly uploadLimits?: Partial<UploadLimits>;
  /** requests per minute per client address, counted by each instance (failed sign-ins are counted in the store) */
  readonly rateLimitPerMinute?: number;
  readonly cookieSecure?: boolean;
  /** served over HTTPS (directly or behind a TLS proxy): adds HSTS and upgrade-insecure-requests */
  readonly https?: boolean;
  /** failed sign-ins allowed per account and per address (defaults in app/auth/sign-in.ts) */
  readonly signInLimits?: SignInLimits;
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
  const https = options.https ?? false;
  await app.register(helmet, {
    // Over plain HTTP, HSTS is meaningless and upgrade-insecure-requests makes the browser fetch the
    // page's own scripts over HTTPS, which fails: both only when the service is served over HTTPS.
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
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
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new SpineError(
        'SPINE_ERR_RATE_LIMITED',
        `over ${context.max} requests a minute; retry in ${context.after}`,
      ),
  });
  await app.register(cookie);
  // A packet view is tens of KB of JSON; gzip or brotli (quality 4) make it a few KB on the wire.
  await app.register(compress, { threshold: 2048, encodings: ['br', 'gzip'] });
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
  const store = kyselyReviewStore(options.db);

  app.get('/healthz', async () => ({ ok: true }));
  sessionRoutes(app, {
    db: options.db,
    now,
    cookieSecure: options.cookieSecure ?? https,
    gateApprovers: options.gateApprovers,
    signInLimits: options.signInLimits,
  });
  packetRoutes(app, { store, queue: options.queue, now, uploadLimits });
  reviewRoutes(app, { store, policy: options.policy, now, gateApprovers: options.gateApprovers });
  webSupportRoutes(app, { db: options.db, store, gateApprovers: options.gateApprovers });
  ownerRoutes(app, { store, now });
  feedbackRoutes(app, { store, now });
  const signals = kyselySignalsStore(options.db);
  metricsRoutes(app, { signals, policy: options.policy, now });
  signalsRoutes(app, { signals, policy: options.policy, now });

  if (options.webRoot) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: 'index.html' });
  }
  return app;
}
