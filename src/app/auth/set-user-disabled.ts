/**
 * @module Disabling and enabling an account. Disabling ends its sessions and revokes its API tokens
 * in the same transaction; enabling lets it sign in again (revoked tokens stay revoked).
 */
import type { Kysely } from 'kysely';
import { appendAudit } from '../../adapters/storage/audit.js';
import type { Database } from '../../adapters/storage/database.js';
import { findUserById, setUserDisabled, type UserRecord } from '../../adapters/storage/users.js';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';

export async function setDisabled(
  db: Kysely<Database>,
  input: { userId: string; disabled: boolean; actor: { id: string | null; email: string } },
  now: string,
): Promise<UserRecord> {
  const user = await findUserById(db, input.userId);
  if (!user) throw new SpineError('SPINE_ERR_NOT_FOUND', `user ${input.userId}`);
  if (input.disabled && user.id === input.actor.id) {
    throw new SpineError('SPINE_ERR_CONFLICT', 'you cannot disable your own account');
  }
  await db.transaction().execute(async (trx) => {
    await setUserDisabled(trx, user.id, input.disabled, now);
    await appendAudit(
      trx,
      auditEvent(input.disabled ? 'user.disabled' : 'user.enabled', input.actor.email, null, {
        email: user.email,
      }),
      now,
    );
  });
  return { ...user, disabledAt: input.disabled ? now : null };
}
