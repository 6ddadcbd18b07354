/**
 * A prepared version keeps what extraction knew besides the packet (the signals and their traces),
 * so the review page can say why each signal was set; a version stored without them reads as null.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '../../src/adapters/storage/create-db.js';
import type { Database } from '../../src/adapters/storage/database.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { completePreparation } from '../../src/adapters/storage/packets.js';
import { getPacketView } from '../../src/app/review/get-packet-view.js';
import type { Explanation } from '../../src/core/explain/format-explain.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { makeSignals } from '../helpers/make-decide-input.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { storePacket } from '../helpers/store-packet.js';

const T0 = '2026-11-19T16:00:00.000Z';
const EXPLANATION: Explanation = {
  signals: makeSignals({ dataLoss: true, reportKind: 'bug', reportKindScore: 0.71 }),
  signalTraces: {
    dataLoss: [
      { mechanism: 'pattern', rule: 'cue.DATA_LOSS', evidence: 'S1:c1', sentence: 'Rows are gone.' },
    ],
    reportKind: [
      {
        mechanism: 'classifier',
        rule: 'issue-kind',
        label: 'bug',
        score: 0.71,
        threshold: 0.4,
        evidence: 'S1:c1',
        sentence: 'Rows are gone.',
      },
    ],
  },
};

describe.each(DIALECTS)('version explanation on %s', (dialect) => {
  let store: TestStore;
  let db: Kysely<Database>;

  beforeAll(async () => {
    store = await freshStore(dialect);
    db = createDb(store.config);
    expect((await migrateToLatest(db, store.config)).error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    await store.cleanup();
  });

  async function prepared(explanationJson?: string): Promise<string> {
    const { id } = await storePacket(
      db,
      {
        title: 'Export',
        files: [{ name: 'a.txt', bytes: new TextEncoder().encode('x') }],
        actor: 'ana@x.test',
      },
      T0,
    );
    await completePreparation(
      db,
      {
        packetId: id,
        version: 1,
        packet: makeReviewPacket(),
        markdown: '# packet',
        ...(explanationJson ? { explanationJson } : {}),
        actor: 'spine',
      },
      T0,
    );
    return id;
  }

  it('returns the stored signals and traces in the packet view', async () => {
    const id = await prepared(JSON.stringify(EXPLANATION));
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view.explanation).toEqual(EXPLANATION);
  });

  it('reads a version prepared without them as null', async () => {
    const id = await prepared();
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view.explanation).toBeNull();
    expect(view.packet).not.toBeNull();
  });
});
