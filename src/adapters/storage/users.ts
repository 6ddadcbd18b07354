/** @module Users, sessions and API tokens in the review store. Secrets are stored only as hashes. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ReviewRole } from '../../core/review/roles.js';
import { sha256Hex } from '../../core/sha256.js';
import type { Db } from './audit.js';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: ReviewRole;
}

export interface UserWithHash extends User {
  readonly passwordHash: string;
}

const toUser = (row: { id: string; email: string; name: string; role: string }): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as ReviewRole,
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
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toUser);
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
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return { user: toUser(row), csrfToken: row.csrf_token };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(sessionId)).execute();
}

/** Creates an API token for automation; the raw token is returned once and never stored. */
export async function createApiToken(db: Db, userId: string, name: string, now: string): Promise<string> {
  const token = `spn_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('api_tokens')
    .values({ id: randomUUID(), user_id: userId, name, token_hash: hashToken(token), created_at: now })
    .execute();
  return token;
}

export async function findUserByToken(db: Db, token: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role'])
    .where('api_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}
