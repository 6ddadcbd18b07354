/**
 * @module API tokens: minting one with scopes and an expiry, listing them (never the secret) and
 * revoking one. A token mints tokens only when it has the `tokens` scope, and never wider than itself.
 */
import type { Kysely } from 'kysely';
import { appendAudit } from '../../adapters/storage/audit.js';
import type { Database } from '../../adapters/storage/database.js';
import {
  type ApiTokenRecord,
  createApiToken,
  findApiToken,
  listApiTokens,
  revokeApiToken,
  type User,
} from '../../adapters/storage/users.js';
import { SpineError } from '../../core/errors.js';
import { addDuration, parseDuration } from '../../core/policy/duration.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { can } from '../../core/review/roles.js';
import { DEFAULT_TOKEN_SCOPES, type TokenScope } from '../../core/review/token-scopes.js';

export const DEFAULT_TOKEN_LIFETIME = 'P90D';
const MAX_LIFETIME_DAYS = 366;

export interface MintInput {
  readonly user: User;
  /** the calling token's scopes; null when a person (session or CLI) asks */
  readonly callerScopes: readonly TokenScope[] | null;
  readonly name: string;
  readonly scopes?: readonly TokenScope[] | undefined;
  /** ISO 8601 duration (P30D, PT12H), at most a year */
  readonly expiresIn?: string | undefined;
  /** who asked, for the audit log */
  readonly actor: string;
}

export interface MintedToken {
  readonly id: string;
  readonly token: string;
  readonly name: string;
  readonly scopes: TokenScope[];
  readonly expiresAt: string;
}

function expiryOf(expiresIn: string, now: string): string {
  const parsed = parseDuration(expiresIn);
  const total = parsed ? parsed.days + parsed.hours / 24 + parsed.minutes / 1440 : 0;
  const at = parsed && total > 0 && total <= MAX_LIFETIME_DAYS ? addDuration(now, expiresIn) : null;
  if (!at) {
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      `expiresIn: ${expiresIn} is not an ISO 8601 duration between PT1M and P${MAX_LIFETIME_DAYS}D, such as P90D`,
    );
  }
  return at;
}

export async function mintToken(db: Kysely<Database>, input: MintInput, now: string): Promise<MintedToken> {
  const scopes = [...new Set(input.scopes ?? DEFAULT_TOKEN_SCOPES)];
  if (scopes.length === 0)
    throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', 'scopes: name at least one scope');
  if (scopes.includes('admin') && !can(input.user.role, 'users.manage')) {
    throw new SpineError(
      'SPINE_ERR_FORBIDDEN',
      `scopes: the ${input.user.role} role cannot hold the admin scope`,
    );
  }
  const wider = input.callerScopes ? scopes.filter((s) => !input.callerScopes?.includes(s)) : [];
  if (wider.length > 0) {
    throw new SpineError(
      'SPINE_ERR_TOKEN_SCOPE',
      `scopes: a token cannot mint a token with ${wider.join(', ')}`,
    );
  }
  const expiresAt = expiryOf(input.expiresIn ?? DEFAULT_TOKEN_LIFETIME, now);
  return db.transaction().execute(async (trx) => {
    const { id, token } = await createApiToken(
      trx,
      { userId: input.user.id, name: input.name, scopes, expiresAt },
      now,
    );
    await appendAudit(
      trx,
      auditEvent('token.created', input.actor, null, {
        name: input.name,
        id,
        scopes,
        expiresAt,
        for: input.user.email,
      }),
      now,
    );
    return { id, token, name: input.name, scopes, expiresAt };
  });
}

/** The caller's tokens, or everyone's for an admin who asks for all. */
export function listTokens(db: Kysely<Database>, user: User, all: boolean): Promise<ApiTokenRecord[]> {
  if (all && !can(user.role, 'users.manage')) {
    throw new SpineError('SPINE_ERR_FORBIDDEN', `all: the ${user.role} role sees only its own tokens`);
  }
  return listApiTokens(db, all ? {} : { userId: user.id });
}

/** Revokes a token of the caller's own, or any token for an admin. */
export async function revokeToken(
  db: Kysely<Database>,
  input: { user: User; tokenId: string; actor: string },
  now: string,
): Promise<ApiTokenRecord> {
  const token = await findApiToken(db, input.tokenId);
  // Someone else's token is "not found" to a non-admin: its existence is not theirs to learn.
  if (!token || (token.userId !== input.user.id && !can(input.user.role, 'users.manage'))) {
    throw new SpineError('SPINE_ERR_NOT_FOUND', `token ${input.tokenId}`);
  }
  await db.transaction().execute(async (trx) => {
    await revokeApiToken(trx, token.id, now);
    await appendAudit(
      trx,
      auditEvent('token.revoked', input.actor, null, {
        id: token.id,
        name: token.name,
        for: token.userEmail,
      }),
      now,
    );
  });
  return { ...token, revokedAt: token.revokedAt ?? now };
}
