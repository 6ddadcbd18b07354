/**
 * @module A child process for the crash test: creates one packet, then edits its draft in a loop,
 * printing `ack <revision>` only after each write's transaction committed. The parent kills it with
 * SIGKILL at some point and checks every acknowledged write survived.
 */
import { createDb, migrateToLatest, type StoreConfig } from '../../../src/adapters/storage/create-db.js';
import { kyselyReviewStore } from '../../../src/adapters/storage/kysely-review-store.js';
import { completePreparation } from '../../../src/adapters/storage/packets.js';
import { editDraft } from '../../../src/app/review/edit-draft.js';
import { makeReviewPacket } from '../../helpers/make-review-packet.js';
import { storePacket } from '../../helpers/store-packet.js';

const config = JSON.parse(process.argv[2] ?? '{}') as StoreConfig;
const db = createDb(config);
await migrateToLatest(db, config);
const now = () => new Date().toISOString();
const { id } = await storePacket(
  db,
  { title: 'crash test', files: [{ name: 'a.txt', bytes: new TextEncoder().encode('a') }], actor: 'writer' },
  now(),
);
await completePreparation(
  db,
  { packetId: id, version: 1, packet: makeReviewPacket(), markdown: '#', actor: 'writer' },
  now(),
);
process.stdout.write(`packet ${id}\n`);
for (let i = 1; ; i++) {
  const draft = await editDraft(
    kyselyReviewStore(db),
    { packetId: id, draft: 'customerUpdate', text: `text ${i}`, actor: 'writer' },
    now(),
  );
  process.stdout.write(`ack ${draft.revision}\n`);
}
