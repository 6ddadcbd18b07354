/** @module Users, sessions and API tokens in the review store. Secrets are stored only as hashes. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ReviewRole } from '../../core/review/roles.js';
import { isTokenScope, type TokenScope } from '../../core/review/token-scopes.js';
import { sha256Hex } from '../../core/sha256.js';
import type { Db } from './audit.js';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: ReviewRole;
}

/** A user as an admin sees it: with when it was disabled (null while it may sign in). */
export interface UserRecord extends User {
  readonly disabledAt: string | null;
}

export interface UserWithHash extends UserRecord {
  readonly passwordHash: string;
}

const toUser = (row: { id: string; email: string; name: string; role: string }): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as ReviewRole,
});

const toUserRecord = (row: Parameters<typeof toUser>[0] & { disabled_at: string | null }): UserRecord => ({
  ...toUser(row),
  disabledAt: row.disabled_at ?? null,
});

export const hashToken = (token: string): string => sha256Hex(token);

export async function insertUser(
  db: Db,
  user: { email: string; name: string; role: ReviewRole; passwordHash: string },
  now: string,
): Promise<User> {
  const id = randomUUID();
  const email = user.email.trim().toLowerCase();
  await db
    .insertInto('users')
    .values({
      id,
      email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: now,
    })
    .execute();
  return { id, email, name: user.name, role: user.role };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithHash | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? { ...toUserRecord(row), passwordHash: row.password_hash } : undefined;
}

export async function findUserById(db: Db, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUserRecord(row) : undefined;
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toUserRecord);
}

/**
 * Disables an account: it can no longer sign in, its sessions end and its API tokens are revoked.
 * Enabling it again lets it sign in; revoked tokens stay revoked.
 */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, now: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled_at: disabled ? now : null })
    .where('id', '=', userId)
    .execute();
  if (!disabled) return;
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  await revokeLiveTokens(db, 'user_id', userId, now);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Creates a session; returns its id (the cookie value) and the CSRF token bound to it. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  ttlMs: number,
): Promise<{ id: string; csrfToken: string; expiresAt: string }> {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(id),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { id, csrfToken, expiresAt };
}

export async function findSession(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<{ user: User; csrfToken: string } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'sessions.csrf_token',
      'sessions.expires_at',
    ])
    .where('sessions.id', '=', hashToken(sessionId))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return { user: toUser(row), csrfToken: row.csrf_token };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(sessionId)).execute();
}

export interface ApiTokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly userEmail: string;
  readonly name: string;
  readonly scopes: TokenScope[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
}

const scopesOf = (text: string): TokenScope[] => text.split(/\s+/).filter(isTokenScope);

/** Creates an API token for automation; the raw token is returned once and never stored. */
export async function createApiToken(
  db: Db,
  input: { userId: string; name: string; scopes: readonly TokenScope[]; expiresAt: string | null },
  now: string,
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = `spn_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: input.userId,
      name: input.name,
      token_hash: hashToken(token),
      created_at: now,
      scopes: input.scopes.join(' '),
      expires_at: input.expiresAt,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}

/** The user and scopes behind a token that is not revoked, not expired and whose user is enabled. */
export async function findUserByToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ user: User; tokenId: string; scopes: TokenScope[] } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.disabled_at',
      'api_tokens.id as token_id',
      'api_tokens.scopes',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
    ])
    .where('api_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at) return undefined;
  if (row.expires_at && row.expires_at <= now.toISOString()) return undefined;
  return { user: toUser(row), tokenId: row.token_id, scopes: scopesOf(row.scopes) };
}

/** Tokens, newest first: one user's, or everyone's when `userId` is omitted. Never the secret. */
export async function listApiTokens(db: Db, filter: { userId?: string }): Promise<ApiTokenRecord[]> {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'users.email',
      'api_tokens.name',
      'api_tokens.scopes',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
    ])
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id');
  if (filter.userId) query = query.where('api_tokens.user_id', '=', filter.userId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userEmail: r.email,
    name: r.name,
    scopes: scopesOf(r.scopes),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  }));
}

export async function findApiToken(db: Db, id: string): Promise<ApiTokenRecord | undefined> {
  return (await listApiTokens(db, {})).find((t) => t.id === id);
}

export async function revokeApiToken(db: Db, id: string, now: string): Promise<void> {
  await revokeLiveTokens(db, 'id', id, now);
}

/** Revokes the tokens with this id or user that are still live; a revoked token keeps its first time. */
async function revokeLiveTokens(db: Db, column: 'id' | 'user_id', value: string, now: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where(column, '=', value)
    .where('revoked_at', 'is', null)
    .execute();
}
