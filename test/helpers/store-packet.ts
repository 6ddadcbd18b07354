/**
 * @module Storing a packet (or a new version) through the real use cases, without queueing its
 * prepare job: the tests run the job themselves, hand it to a worker, or leave it as a crash would.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/storage/database.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { type CreatePacketInput, createPacket } from '../../src/app/review/create-packet.js';
import { type ReprepareInput, repreparePacket } from '../../src/app/review/reprepare-packet.js';

const NOT_QUEUED = { enqueue: async () => undefined };

export function storePacket(db: Kysely<Database>, input: CreatePacketInput, now: string) {
  return createPacket({ store: kyselyReviewStore(db), queue: NOT_QUEUED }, input, now);
}

export function storeNextVersion(db: Kysely<Database>, input: ReprepareInput, now: string) {
  return repreparePacket({ store: kyselyReviewStore(db), queue: NOT_QUEUED }, input, now);
}
