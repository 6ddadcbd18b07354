/**
 * @module Signing in with e-mail and password. An unknown e-mail costs the same as a wrong password
 * (the password is checked against a dummy hash), and failures are limited per account and per
 * address in the store, so every instance on one database shares the count.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../../adapters/auth/passwords.js';
import { appendAudit } from '../../adapters/storage/audit.js';
import type { Database } from '../../adapters/storage/database.js';
import { clearFailures, countFailures, recordFailure } from '../../adapters/storage/login-failures.js';
import { findUserByEmail, type User } from '../../adapters/storage/users.js';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';

export interface SignInLimits {
  /** failed sign-ins for one account within the window before it is refused */
  readonly perAccount: number;
  /** failed sign-ins from one address within the window; high, since a whole office can share one */
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAccount: 10,
  perAddress: 200,
  windowMs: 15 * 60_000,
};

/** Thrown when a limit is reached; `retryAfterSeconds` is when the oldest counted failure expires. */
export class SignInLimited extends SpineError {
  readonly retryAfterSeconds: number;
  constructor(detail: string, retryAfterSeconds: number) {
    super('SPINE_ERR_RATE_LIMITED', detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash of a random password, made once, with the same parameters as real ones. */
const dummy = (): Promise<string> => {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummyHash;
};

export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; address: string },
  now: Date,
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const account = `account:${email}`;
  const address = `address:${input.address}`;
  const at = now.toISOString();
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const counts = await countFailures(db, [account, address], since);
  for (const [key, max, what] of [
    [account, limits.perAccount, 'this account'],
    [address, limits.perAddress, 'your address'],
  ] as const) {
    const seen = counts.get(key);
    if (seen && seen.count >= max) {
      const retry = Math.max(
        1,
        Math.ceil((Date.parse(seen.oldest) + limits.windowMs - now.getTime()) / 1000),
      );
      throw new SignInLimited(`too many failed sign-ins for ${what}; try again in ${retry} s`, retry);
    }
  }
  const user = await findUserByEmail(db, email);
  // Verify against a dummy hash for an unknown e-mail, so both take one argon2 verification.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummy()), input.password);
  if (!user || !ok) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, [account, address], at, since);
      await appendAudit(trx, auditEvent('user.login_failed', 'anonymous', null, { email }), at);
    });
    throw new SpineError('SPINE_ERR_UNAUTHENTICATED', 'wrong e-mail or password');
  }
  if (user.disabledAt) {
    throw new SpineError('SPINE_ERR_ACCOUNT_DISABLED', 'ask an admin to enable your account again');
  }
  await clearFailures(db, account);
  await appendAudit(db, auditEvent('user.login', user.email, null, { method: 'password' }), at);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
