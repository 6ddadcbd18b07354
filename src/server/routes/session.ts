/** @module Signing in and out, who am I, API tokens and user management. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashPassword } from '../../adapters/auth/passwords.js';
import { appendAudit } from '../../adapters/storage/audit.js';
import type { Database } from '../../adapters/storage/database.js';
import {
  createSession,
  deleteSession,
  findUserByEmail,
  insertUser,
  listUsers,
} from '../../adapters/storage/users.js';
import { listTokens, mintToken, revokeToken } from '../../app/auth/api-tokens.js';
import { setDisabled } from '../../app/auth/set-user-disabled.js';
import { DEFAULT_SIGN_IN_LIMITS, SignInLimited, type SignInLimits, signIn } from '../../app/auth/sign-in.js';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { ROLES } from '../../core/review/roles.js';
import { TOKEN_SCOPES } from '../../core/review/token-scopes.js';
import { abilitiesOf, type GateApprovers } from '../abilities-of.js';
import { currentUser, requirePermission, SESSION_COOKIE } from '../plugins/auth.js';
import { shaped } from '../schemas/review-responses.js';
import {
  MeSchema,
  MintedTokenSchema,
  NewUserSchema,
  OkSchema,
  RevokedTokenSchema,
  SessionSchema,
  TokenListSchema,
  UserAnswerSchema,
  UserListSchema,
} from '../schemas/session-responses.js';

const SESSION_TTL_MS = 12 * 3_600_000;

const Login = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
const NewToken = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length).optional(),
  expiresIn: z.string().max(40).optional(),
});
const TokenList = z.object({ all: z.stringbool().default(false) });
const TokenParams = z.object({ tokenId: z.string().uuid() });
const UserParams = z.object({ id: z.string().uuid() });
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
  readonly signInLimits?: SignInLimits | undefined;
}

export function sessionRoutes(
  app: FastifyInstance,
  { db, now, cookieSecure, gateApprovers, signInLimits }: SessionRouteOptions,
): void {
  // The per-instance limit only stops floods; failed sign-ins are counted in the store (sign-in.ts).
  app.post(
    '/api/login',
    { config: { rateLimit: { max: 300, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = Login.parse(request.body);
      let user: Awaited<ReturnType<typeof signIn>>;
      try {
        user = await signIn(
          db,
          { ...body, address: request.ip },
          now(),
          signInLimits ?? DEFAULT_SIGN_IN_LIMITS,
        );
      } catch (error) {
        if (error instanceof SignInLimited) reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
      const session = await createSession(db, user.id, now(), SESSION_TTL_MS);
      reply.setCookie(SESSION_COOKIE, session.id, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: cookieSecure,
        expires: new Date(session.expiresAt),
      });
      return shaped(SessionSchema, {
        user,
        csrfToken: session.csrfToken,
        ...abilitiesOf(user.role, gateApprovers),
      });
    },
  );

  app.post('/api/logout', async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) await deleteSession(db, sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return shaped(OkSchema, { ok: true });
  });

  app.get('/api/me', { preHandler: requirePermission('packet.read') }, async (request) => {
    const user = currentUser(request);
    return shaped(MeSchema, { user, ...abilitiesOf(user.role, gateApprovers) });
  });

  // Every role manages its own tokens; a token needs the `tokens` scope to do so.
  app.post(
    '/api/tokens',
    { preHandler: requirePermission('packet.read', 'tokens') },
    async (request, reply) => {
      const user = currentUser(request);
      const body = NewToken.parse(request.body);
      const minted = await mintToken(
        db,
        { user, callerScopes: request.token?.scopes ?? null, ...body, actor: user.email },
        now().toISOString(),
      );
      return reply.send(shaped(MintedTokenSchema, minted));
    },
  );

  app.get('/api/tokens', { preHandler: requirePermission('packet.read', 'tokens') }, async (request) => {
    const { all } = TokenList.parse(request.query);
    return shaped(TokenListSchema, { tokens: await listTokens(db, currentUser(request), all) });
  });

  app.delete(
    '/api/tokens/:tokenId',
    { preHandler: requirePermission('packet.read', 'tokens') },
    async (request) => {
      const { tokenId } = TokenParams.parse(request.params);
      const user = currentUser(request);
      const token = await revokeToken(db, { user, tokenId, actor: user.email }, now().toISOString());
      return shaped(RevokedTokenSchema, { token });
    },
  );

  for (const action of ['disable', 'enable'] as const) {
    app.post(
      `/api/users/:id/${action}`,
      { preHandler: requirePermission('users.manage') },
      async (request) => {
        const { id } = UserParams.parse(request.params);
        const actor = currentUser(request);
        const user = await setDisabled(
          db,
          { userId: id, disabled: action === 'disable', actor: { id: actor.id, email: actor.email } },
          now().toISOString(),
        );
        return shaped(UserAnswerSchema, { user });
      },
    );
  }

  app.get('/api/users', { preHandler: requirePermission('users.manage') }, async () =>
    shaped(UserListSchema, { users: await listUsers(db) }),
  );

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
    return reply.status(201).send(shaped(NewUserSchema, { user }));
  });
}
