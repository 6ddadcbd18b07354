/**
 * @module Who is calling: a session cookie (with a CSRF token on every change) or an API token
 * (`Authorization: Bearer spn_…`, for automation). `requirePermission` guards each route.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/storage/database.js';
import { findSession, findUserByToken, type User } from '../../adapters/storage/users.js';
import { SpineError } from '../../core/errors.js';
import { can, type Permission } from '../../core/review/roles.js';
import { SCOPE_OF, type TokenScope } from '../../core/review/token-scopes.js';
import { isSameSecret } from './same-secret.js';

export const SESSION_COOKIE = 'spine_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    authMethod: 'session' | 'token' | null;
    /** the signed-in session's CSRF token (null for API tokens and anonymous calls) */
    csrfToken: string | null;
    /** an API token's id and scopes (null for sessions and anonymous calls) */
    token: { id: string; scopes: TokenScope[] } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuth(app: FastifyInstance, db: Kysely<Database>, now: () => Date): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('token', null);
  app.addHook('preHandler', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await findUserByToken(db, header.slice('Bearer '.length).trim(), now());
      if (!found) {
        throw new SpineError('SPINE_ERR_UNAUTHENTICATED', 'the API token is not valid, expired or revoked');
      }
      request.user = found.user;
      request.authMethod = 'token';
      request.token = { id: found.tokenId, scopes: found.scopes };
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (!sessionId) return;
    const session = await findSession(db, sessionId, now());
    if (!session) return;
    // Cookies are sent by the browser on their own: a change must also prove it came from our page.
    if (
      !SAFE_METHODS.has(request.method) &&
      !isSameSecret(request.headers['x-csrf-token'], session.csrfToken)
    ) {
      throw new SpineError('SPINE_ERR_CSRF', 'send the x-csrf-token header you received at login');
    }
    request.user = session.user;
    request.authMethod = 'session';
    request.csrfToken = session.csrfToken;
  });
}

/**
 * A preHandler that lets the request through only for a signed-in user whose role has `permission`,
 * and, for an API token, whose scopes include `scope` (by default the scope the permission needs).
 */
export function requirePermission(permission: Permission, scope: TokenScope = SCOPE_OF[permission]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!request.user) throw new SpineError('SPINE_ERR_UNAUTHENTICATED', 'sign in or send an API token');
    if (!can(request.user.role, permission)) {
      throw new SpineError('SPINE_ERR_FORBIDDEN', `the ${request.user.role} role may not ${permission}`);
    }
    if (request.token && !request.token.scopes.includes(scope)) {
      throw new SpineError(
        'SPINE_ERR_TOKEN_SCOPE',
        `this token has scopes ${request.token.scopes.join(', ') || '(none)'}; the call needs ${scope}`,
      );
    }
  };
}

export function currentUser(request: FastifyRequest): User {
  if (!request.user) throw new SpineError('SPINE_ERR_UNAUTHENTICATED', 'sign in or send an API token');
  return request.user;
}
