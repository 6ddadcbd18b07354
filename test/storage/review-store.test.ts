import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../src/adapters/storage/audit.js';
import { getBlob } from '../../src/adapters/storage/blobs.js';
import { createDb, migrateToLatest } from '../../src/adapters/storage/create-db.js';
import type { Database } from '../../src/adapters/storage/database.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import {
  completePreparation,
  failPreparation,
  readInputs,
  unfinishedVersions,
} from '../../src/adapters/storage/packets.js';
import { loadPolicy } from '../../src/app/load-policy.js';
import { decideGate } from '../../src/app/review/decide-gate.js';
import { draftHistory } from '../../src/app/review/draft-history.js';
import { dueFollowUps } from '../../src/app/review/due-follow-ups.js';
import { editDraft } from '../../src/app/review/edit-draft.js';
import { getPacketView } from '../../src/app/review/get-packet-view.js';
import { listPackets } from '../../src/app/review/list-packets.js';
import { markSent } from '../../src/app/review/mark-sent.js';
import { overrideDecision } from '../../src/app/review/override-decision.js';
import { transitionPacket } from '../../src/app/review/transition-packet.js';
import type { Policy } from '../../src/core/policy/policy-schema.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { storeNextVersion, storePacket } from '../helpers/store-packet.js';

const T0 = '2026-11-19T16:00:00.000Z';
const T1 = '2026-11-19T16:05:00.000Z';
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(DIALECTS)('review store on %s', (dialect) => {
  let store: TestStore;
  let db: Kysely<Database>;
  let policy: Policy;

  beforeAll(async () => {
    policy = (await loadPolicy()).policy;
    store = await freshStore(dialect);
    db = createDb(store.config);
    const result = await migrateToLatest(db, store.config);
    expect(result.error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    await store.cleanup();
  });

  async function preparedPacket() {
    const created = await storePacket(
      db,
      {
        title: 'Order sync',
        files: [{ name: 'ticket.json', bytes: bytes('{"ticket":1}') }],
        actor: 'ana@x.test',
      },
      T0,
    );
    await completePreparation(
      db,
      { packetId: created.id, version: 1, packet: makeReviewPacket(), markdown: '# packet', actor: 'system' },
      T0,
    );
    return created.id;
  }

  it('keeps uploaded files content-addressed and queues version 1', async () => {
    const { id } = await storePacket(
      db,
      { title: 'Upload', files: [{ name: 'a.txt', bytes: bytes('hello') }], actor: 'ana@x.test' },
      T0,
    );
    expect(await getBlob(db, sha256Hex(bytes('hello')))).toEqual(bytes('hello'));
    expect(await readInputs(db, id, 1)).toEqual([{ name: 'a.txt', bytes: bytes('hello') }]);
    expect(await unfinishedVersions(db)).toContainEqual({ packetId: id, version: 1 });
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view.jobStatus).toBe('preparing');
    expect(view.packet).toBeNull();
  });

  it('records a prepared version with its gates, summary and follow-up due times', async () => {
    const id = await preparedPacket();
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view).toMatchObject({
      jobStatus: 'ready',
      headline: 'Order sync fails',
      severity: 'High',
      primaryTarget: 'Engineering',
      escalate: true,
    });
    expect(view.gates.map((g) => [g.id, g.state])).toEqual([
      ['G-eta', 'pending'],
      ['G-send', 'pending'],
      ['G-severity', 'pending'],
    ]);
    // One clock: counted from the packet's asOf (15:30), not from when the job finished (16:00).
    expect(view.nextInternalDue).toBe('2026-11-19T19:30:00.000Z');
    expect(view.nextCustomerDue).toBe('2026-11-19T23:30:00.000Z');
    expect(view.drafts.customerUpdate.revision).toBe(0);
  });

  it('versions draft edits with author and time, and audits before and after', async () => {
    const id = await preparedPacket();
    await editDraft(
      kyselyReviewStore(db),
      { packetId: id, draft: 'customerUpdate', text: 'v1 text {{ETA}}', actor: 'ana@x.test' },
      T0,
    );
    const second = await editDraft(
      kyselyReviewStore(db),
      { packetId: id, draft: 'customerUpdate', text: 'v2 text', actor: 'bo@x.test' },
      T1,
    );
    expect(second.revision).toBe(2);
    expect(
      (await draftHistory(kyselyReviewStore(db), id, 'customerUpdate')).map((h) => [h.revision, h.author]),
    ).toEqual([
      [1, 'ana@x.test'],
      [2, 'bo@x.test'],
    ]);
    const audit = await readAudit(db, { packetId: id });
    const edit = audit.filter((a) => a.name === 'draft.edited').at(-1);
    expect(edit?.properties).toMatchObject({ before: 'v1 text {{ETA}}', after: 'v2 text' });
  });

  it('refuses mark-as-sent before approval, while a needed gate is not approved, or a placeholder is unfilled', async () => {
    const id = await preparedPacket();
    const reviews = kyselyReviewStore(db);
    const send = () => markSent(reviews, { packetId: id, actor: 'ana@x.test' }, T1);
    const decide = (gateId: string, decision: 'approved' | 'rejected') =>
      decideGate(
        reviews,
        {
          packetId: id,
          gateId,
          decision,
          comment: decision === 'rejected' ? 'the wording promises a date' : undefined,
          actor: 'lead@x.test',
          mayDecide: () => true,
        },
        T1,
      );
    await expect(send()).rejects.toMatchObject({ code: 'SPINE_ERR_NOT_APPROVED' });
    await decide('G-severity', 'approved');
    await decide('G-send', 'rejected');
    await decide('G-eta', 'rejected');
    await transitionPacket(reviews, { packetId: id, to: 'in_review', actor: 'lead' }, T1);
    await transitionPacket(reviews, { packetId: id, to: 'approved', actor: 'lead' }, T1);
    await expect(send()).rejects.toMatchObject({ code: 'SPINE_ERR_GATES_PENDING' });
    await decide('G-send', 'approved');
    // The ETA placeholder is still in the text and its gate is not approved.
    await expect(send()).rejects.toThrow(/G-eta/);
    await decide('G-eta', 'approved');
    // Approved, but the token itself must still be replaced by the approved wording.
    await expect(send()).rejects.toThrow(/\{\{ETA\}\}/);
    await editDraft(
      reviews,
      { packetId: id, draft: 'customerUpdate', text: 'We expect a fix by Friday.', actor: 'ana@x.test' },
      T1,
    );
    await send();
    const view = await getPacketView(reviews, id);
    expect(view.state).toBe('sent');
    expect(view.sent).toHaveLength(1);
    expect(view.nextCustomerDue).toBe('2026-11-20T00:05:00.000Z');
  });

  it('lets a gate be decided only by roles the policy allows', async () => {
    const id = await preparedPacket();
    await expect(
      decideGate(
        kyselyReviewStore(db),
        { packetId: id, gateId: 'G-eta', decision: 'approved', actor: 'x', mayDecide: () => false },
        T1,
      ),
    ).rejects.toMatchObject({ code: 'SPINE_ERR_FORBIDDEN' });
    expect((await getPacketView(kyselyReviewStore(db), id)).gates.find((g) => g.id === 'G-eta')?.state).toBe(
      'pending',
    );
  });

  it('records an override with the original suggestion and the reason', async () => {
    const id = await preparedPacket();
    await overrideDecision(
      kyselyReviewStore(db),
      policy,
      { packetId: id, field: 'severity', value: 'Critical', reason: 'all tenants', actor: 'lead' },
      T1,
    );
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view.severity).toBe('Critical');
    expect(view.overrides).toEqual([
      { field: 'severity', original: 'High', value: 'Critical', reason: 'all tenants', by: 'lead', at: T1 },
    ]);
  });

  it('walks the review states and refuses approval with pending gates', async () => {
    const id = await preparedPacket();
    await transitionPacket(kyselyReviewStore(db), { packetId: id, to: 'in_review', actor: 'lead' }, T1);
    await expect(
      transitionPacket(kyselyReviewStore(db), { packetId: id, to: 'approved', actor: 'lead' }, T1),
    ).rejects.toThrow(/pending/);
    for (const gate of ['G-eta', 'G-send', 'G-severity']) {
      await decideGate(
        kyselyReviewStore(db),
        { packetId: id, gateId: gate, decision: 'approved', actor: 'lead', mayDecide: () => true },
        T1,
      );
    }
    await transitionPacket(kyselyReviewStore(db), { packetId: id, to: 'approved', actor: 'lead' }, T1);
    await transitionPacket(
      kyselyReviewStore(db),
      { packetId: id, to: 'de_escalated', reason: 'how-to', toldBy: 'lead in #eng', actor: 'lead' },
      T1,
    );
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view).toMatchObject({ state: 'de_escalated', closingReason: 'how-to', toldBy: 'lead in #eng' });
    const names = (await readAudit(db, { packetId: id })).map((a) => a.name);
    expect(names.filter((n) => n === 'packet.transitioned')).toHaveLength(3);
  });

  it('re-preparing keeps the old version and its inputs, adding the new files', async () => {
    const id = await preparedPacket();
    const next = await storeNextVersion(
      db,
      { packetId: id, files: [{ name: 'reply.eml', bytes: bytes('From: x') }], actor: 'ana' },
      T1,
    );
    expect(next.version).toBe(2);
    expect((await readInputs(db, id, 2)).map((f) => f.name)).toEqual(['reply.eml', 'ticket.json']);
    expect((await getPacketView(kyselyReviewStore(db), id, 1)).packet?.schemaVersion).toBe('1');
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'done'],
      [2, 'queued'],
    ]);
    await failPreparation(db, { packetId: id, version: 2, error: 'boom', actor: 'system' }, T1);
    expect((await getPacketView(kyselyReviewStore(db), id)).jobStatus).toBe('failed');
  });

  it('lists what is due or overdue, soonest first', async () => {
    const id = await preparedPacket();
    const due = await dueFollowUps(
      kyselyReviewStore(db),
      '2026-11-19T21:00:00.000Z',
      '2026-11-19T23:00:00.000Z',
    );
    const mine = due.filter((d) => d.packetId === id);
    expect(mine).toEqual([
      { packetId: id, title: 'Order sync', kind: 'internal', due: '2026-11-19T19:30:00.000Z', overdue: true },
    ]);
    expect((await listPackets(kyselyReviewStore(db))).some((p) => p.id === id)).toBe(true);
  });
});
