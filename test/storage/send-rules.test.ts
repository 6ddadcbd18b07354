import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '../../src/adapters/storage/create-db.js';
import type { Database } from '../../src/adapters/storage/database.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { completePreparation } from '../../src/adapters/storage/packets.js';
import { loadPolicy } from '../../src/app/load-policy.js';
import { decideGate } from '../../src/app/review/decide-gate.js';
import { editDraft } from '../../src/app/review/edit-draft.js';
import { getPacketView } from '../../src/app/review/get-packet-view.js';
import { markSent } from '../../src/app/review/mark-sent.js';
import { overrideDecision } from '../../src/app/review/override-decision.js';
import { transitionPacket } from '../../src/app/review/transition-packet.js';
import type { Policy } from '../../src/core/policy/policy-schema.js';
import type { ReviewStore } from '../../src/ports/review-store.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { storePacket } from '../helpers/store-packet.js';

const AS_OF = '2026-11-19T15:30:00.000Z';
const T0 = '2026-11-19T16:00:00.000Z';
const T1 = '2026-11-19T16:05:00.000Z';
const FILLED = 'Hello, we found the cause and expect a fix by Friday 16:00 UTC.';

describe.each(DIALECTS)('sending and overrides on %s', (dialect) => {
  let store: TestStore;
  let db: Kysely<Database>;
  let reviews: ReviewStore;
  let policy: Policy;

  beforeAll(async () => {
    policy = (await loadPolicy()).policy;
    store = await freshStore(dialect);
    db = createDb(store.config);
    expect((await migrateToLatest(db, store.config)).error).toBeUndefined();
    reviews = kyselyReviewStore(db);
  });

  afterAll(async () => {
    await db.destroy();
    await store.cleanup();
  });

  async function preparedPacket(): Promise<string> {
    const { id } = await storePacket(
      db,
      { title: 'Order sync', files: [{ name: 'ticket.json', bytes: new Uint8Array([1]) }], actor: 'ana' },
      T0,
    );
    const packet = makeReviewPacket({ asOf: AS_OF });
    await completePreparation(db, { packetId: id, version: 1, packet, markdown: '# p', actor: 'spine' }, T0);
    return id;
  }

  /** Every gate of the packet approved and the update's placeholder filled in. */
  async function approveGatesAndFill(id: string): Promise<void> {
    for (const gateId of ['G-eta', 'G-send', 'G-severity']) {
      await decideGate(
        reviews,
        { packetId: id, gateId, decision: 'approved', actor: 'lead', mayDecide: () => true },
        T1,
      );
    }
    await editDraft(reviews, { packetId: id, draft: 'customerUpdate', text: FILLED, actor: 'ana' }, T1);
  }

  /** A packet approved with every gate approved and the placeholder filled in: ready to send. */
  async function approvedPacket(): Promise<string> {
    const id = await preparedPacket();
    await approveGatesAndFill(id);
    await transitionPacket(reviews, { packetId: id, to: 'in_review', actor: 'lead' }, T1);
    await transitionPacket(reviews, { packetId: id, to: 'approved', actor: 'lead' }, T1);
    return id;
  }

  it('refuses "sent" while the packet is prepared, even with every gate approved and the text filled', async () => {
    const id = await preparedPacket();
    await approveGatesAndFill(id);
    await expect(markSent(reviews, { packetId: id, actor: 'ana' }, T1)).rejects.toMatchObject({
      code: 'SPINE_ERR_NOT_APPROVED',
    });
    expect((await getPacketView(reviews, id)).sent).toEqual([]);
  });

  it('records "sent" once: approved → sent, and a second mark is refused', async () => {
    const id = await approvedPacket();
    await markSent(reviews, { packetId: id, actor: 'ana' }, T1);
    await expect(markSent(reviews, { packetId: id, actor: 'bo' }, T1)).rejects.toMatchObject({
      code: 'SPINE_ERR_ALREADY_SENT',
    });
    const view = await getPacketView(reviews, id);
    expect(view.state).toBe('sent');
    expect(view.sent.map((s) => s.by)).toEqual(['ana']);
  });

  it('records one "sent" when two people mark it at the same moment', async () => {
    const id = await approvedPacket();
    const results = await Promise.allSettled([
      markSent(reviews, { packetId: id, actor: 'ana' }, T1),
      markSent(reviews, { packetId: id, actor: 'bo' }, T1),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await getPacketView(reviews, id)).sent).toHaveLength(1);
  });

  it('freezes gates once the update is sent: a later decision is refused with a coded error', async () => {
    const id = await approvedPacket();
    await markSent(reviews, { packetId: id, actor: 'ana' }, T1);
    await expect(
      decideGate(
        reviews,
        { packetId: id, gateId: 'G-send', decision: 'rejected', actor: 'lead', mayDecide: () => true },
        T1,
      ),
    ).rejects.toMatchObject({ code: 'SPINE_ERR_GATES_FROZEN' });
    await expect(
      transitionPacket(reviews, { packetId: id, to: 'in_review', actor: 'lead' }, T1),
    ).rejects.toMatchObject({ code: 'SPINE_ERR_CONFLICT' });
    const gate = (await getPacketView(reviews, id)).gates.find((g) => g.id === 'G-send');
    expect(gate?.state).toBe('approved');
  });

  it('refuses an override value the policy does not define and changes nothing', async () => {
    const id = await preparedPacket();
    const attempt = overrideDecision(
      reviews,
      policy,
      { packetId: id, field: 'severity', value: 'Banana <b>x</b>', reason: 'test', actor: 'lead' },
      T1,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'SPINE_ERR_INVALID_ARGUMENT' });
    await expect(attempt).rejects.toThrow(/value: .*Critical, High, Medium/);
    await expect(
      overrideDecision(
        reviews,
        policy,
        { packetId: id, field: 'routing', value: 'Marketing', reason: 'test', actor: 'lead' },
        T1,
      ),
    ).rejects.toThrow(/value: not a team/);
    const view = await getPacketView(reviews, id);
    expect(view.severity).toBe('High');
    expect(view.overrides).toEqual([]);
  });

  it('re-derives respond-by and follow-ups from the policy when the severity goes up', async () => {
    const id = await preparedPacket();
    const before = await getPacketView(reviews, id);
    await overrideDecision(
      reviews,
      policy,
      { packetId: id, field: 'severity', value: 'critical', reason: 'every tenant', actor: 'lead' },
      T1,
    );
    const after = await getPacketView(reviews, id);
    expect(after.severity).toBe('Critical');
    const critical = policy.cadence.Critical;
    expect(critical).toBeDefined();
    // Counted from the packet's asOf, the same clock the queue and the page use.
    const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
    const hoursOf = (d: string) => Number(/T(\d+)H/.exec(d)?.[1]);
    expect(after.nextInternalDue).toBe(plus(AS_OF, hoursOf(critical?.internal ?? '')));
    expect(after.nextCustomerDue).toBe(plus(AS_OF, hoursOf(critical?.customer ?? '')));
    expect(Date.parse(after.nextInternalDue ?? '')).toBeLessThan(Date.parse(before.nextInternalDue ?? ''));
    expect(Date.parse(after.nextCustomerDue ?? '')).toBeLessThan(Date.parse(before.nextCustomerDue ?? ''));
    // No tier on this packet: the policy's default response target for Critical.
    expect(after.respondBy).toBe(plus(AS_OF, hoursOf(policy.responseTargets.default?.Critical ?? '')));
  });

  it('answers not-found for a version that does not exist', async () => {
    const id = await preparedPacket();
    await expect(getPacketView(reviews, id, 99)).rejects.toMatchObject({ code: 'SPINE_ERR_NOT_FOUND' });
    expect((await getPacketView(reviews, id, 1)).version).toBe(1);
  });
});
