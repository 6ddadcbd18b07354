/**
 * @module Failed sign-ins in the store, so every instance on one database counts the same ones.
 * Keys are `account:<email>` and `address:<ip>`.
 */
import type { Db } from './audit.js';

/** How many failures each key has at or after `since`, and the oldest of them. */
export async function countFailures(
  db: Db,
  keys: readonly string[],
  since: string,
): Promise<Map<string, { count: number; oldest: string }>> {
  const rows = await db
    .selectFrom('login_failures')
    .select((eb) => ['key', eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('key', 'in', [...keys])
    .where('at', '>=', since)
    .groupBy('key')
    .execute();
  return new Map(rows.map((r) => [r.key, { count: Number(r.n), oldest: String(r.oldest) }]));
}

/** Records one failure under each key, and forgets failures older than `forgetBefore`. */
export async function recordFailure(
  db: Db,
  keys: readonly string[],
  at: string,
  forgetBefore: string,
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at })))
    .execute();
  await db.deleteFrom('login_failures').where('at', '<', forgetBefore).execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
