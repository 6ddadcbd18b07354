/** @module Content-addressed input files in the review store: bytes keyed by their sha256. */
import { createHash } from 'node:crypto';
import type { Db } from './audit.js';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Stores the bytes once; storing the same bytes again is a no-op. Returns the sha256. */
export async function putBlob(db: Db, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Of(bytes);
  await db
    .insertInto('blobs')
    .values({ sha256, size: bytes.length, bytes: Buffer.from(bytes) })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

export async function getBlob(db: Db, sha256: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('blobs').select('bytes').where('sha256', '=', sha256).executeTakeFirst();
  return row ? new Uint8Array(row.bytes) : undefined;
}
