/** @module Signing in and out, who am I, API tokens and user management. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../adapters/auth/passwords.js';
import { appendAudit } from '../../adapters/storage/audit.js';
import type { Database } from '../../adapters/storage/database.js';
import {
  createApiToken,
  createSession,
  deleteSession,
  findUserByEmail,
  insertUser,
  listUsers,
} from '../../adapters/storage/users.js';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { ROLES } from '../../core/review/roles.js';
import { abilitiesOf, type GateApprovers } from '../abilities-of.js';
import { currentUser, requirePermission, SESSION_COOKIE } from '../plugins/auth.js';

const SESSION_TTL_MS = 12 * 3_600_000;

const Login = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
const NewToken = z.object({ name: z.string().trim().min(1).max(100) });
const NewUser = z.object({
  email: z.string().trim().email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().min(12).max(1024),
});

export interface SessionRouteOptions {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  readonly cookieSecure: boolean;
  /** which roles may approve which gate kind, from the policy */
  readonly gateApprovers: GateApprovers;
}

export function sessionRoutes(
  app: FastifyInstance,
  { db, now, cookieSecure, gateApprovers }: SessionRouteOptions,
): void {
  app.post(
    '/api/login',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = Login.parse(request.body);
      const user = await findUserByEmail(db, body.email);
      const at = now().toISOString();
      if (!user || !(await verifyPassword(user.passwordHash, body.password))) {
        await appendAudit(
          db,
          auditEvent('user.login_failed', 'anonymous', null, { email: body.email.toLowerCase() }),
          at,
        );
        throw new SpineError('SPINE_ERR_UNAUTHENTICATED', 'wrong e-mail or password');
      }
      const session = await createSession(db, user.id, now(), SESSION_TTL_MS);
      await appendAudit(db, auditEvent('user.login', user.email, null, { method: 'password' }), at);
      reply.setCookie(SESSION_COOKIE, session.id, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: cookieSecure,
        expires: new Date(session.expiresAt),
      });
      return {
        user: { id: user.id, email: user.email, name: user.name, role: user.role },
        csrfToken: session.csrfToken,
        ...abilitiesOf(user.role, gateApprovers),
      };
    },
  );

  app.post('/api/logout', async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) await deleteSession(db, sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/me', { preHandler: requirePermission('packet.read') }, async (request) => {
    const user = currentUser(request);
    return { user, ...abilitiesOf(user.role, gateApprovers) };
  });

  app.post('/api/tokens', { preHandler: requirePermission('packet.read') }, async (request) => {
    const user = currentUser(request);
    const { name } = NewToken.parse(request.body);
    const at = now().toISOString();
    const token = await db.transaction().execute(async (trx) => {
      const raw = await createApiToken(trx, user.id, name, at);
      await appendAudit(trx, auditEvent('token.created', user.email, null, { name }), at);
      return raw;
    });
    return { token, name };
  });

  app.get('/api/users', { preHandler: requirePermission('users.manage') }, async () => ({
    users: await listUsers(db),
  }));

  app.post('/api/users', { preHandler: requirePermission('users.manage') }, async (request, reply) => {
    const actor = currentUser(request);
    const body = NewUser.parse(request.body);
    if (await findUserByEmail(db, body.email)) {
      throw new SpineError('SPINE_ERR_CONFLICT', `a user with e-mail ${body.email} exists`);
    }
    const passwordHash = await hashPassword(body.password);
    const at = now().toISOString();
    const user = await db.transaction().execute(async (trx) => {
      const created = await insertUser(
        trx,
        { email: body.email, name: body.name, role: body.role, passwordHash },
        at,
      );
      await appendAudit(
        trx,
        auditEvent('user.created', actor.email, null, { email: created.email, role: created.role }),
        at,
      );
      return created;
    });
    return reply.status(201).send({ user });
  });
}
