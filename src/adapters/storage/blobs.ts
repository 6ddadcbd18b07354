/** @module Content-addressed input files in the review store: bytes keyed by their sha256. */
import { sha256Hex } from '../../core/sha256.js';
import type { Db } from './audit.js';

/** Stores the bytes once; storing the same bytes again is a no-op. Returns the sha256. */
export async function putBlob(db: Db, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Hex(bytes);
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
