/**
 * Feedback over the API on both stores: a receiver rates the handoff, a reviewer corrects a fact,
 * both audited and read back; bad fields and unknown packets get clear errors; the feedback table
 * has exactly the columns other readers (metrics) query.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

type Role = Parameters<ReviewApp['login']>[0];
const NO_PACKET = '00000000-0000-4000-8000-00000000f00d';

describe.each(DIALECTS)('feedback on %s', (dialect) => {
  let svc: ReviewApp;
  let id: string;

  beforeAll(async () => {
    svc = await startReviewApp(dialect);
    // the stand-in pipeline: account Example Co, one error ERR_SYNC_413, 3 users (make-review-packet.ts)
    id = await uploadAndPrepare(svc, [{ name: 'files', value: 'sync broke', filename: 'notes.md' }]);
  });
  afterAll(async () => svc.close());

  const post = async (role: Role, payload: unknown, packetId = id) =>
    svc.app.inject({
      method: 'POST',
      url: `/api/packets/${packetId}/feedback`,
      payload: payload as object,
      headers: await svc.headersAs(role),
    });
  const read = async (packetId = id) =>
    svc.app.inject({
      method: 'GET',
      url: `/api/packets/${packetId}/feedback`,
      headers: await svc.headersAs('support'),
    });
  const audit = async () =>
    (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}/audit`,
        headers: await svc.headersAs('lead'),
      })
    ).json().events as Array<{ name: string; actor: string; properties: Record<string, unknown> }>;

  it('records a receiver’s rating with what was missing, audited, and reads it back', async () => {
    const rated = await post('engineering_triage', {
      kind: 'handoff',
      rating: 'had-to-ask',
      note: '  Which connector version they run  ',
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({
      version: 1,
      kind: 'handoff',
      rating: 'had-to-ask',
      field: null,
      note: 'Which connector version they run',
      actor: 'engineering_triage@spine.test',
    });
    const listed = await read();
    expect(listed.statusCode).toBe(200);
    expect(listed.json().feedback).toEqual([rated.json()]);
    const events = (await audit()).filter((e) => e.name === 'handoff.rated');
    expect(events).toEqual([
      expect.objectContaining({
        actor: 'engineering_triage@spine.test',
        properties: { version: 1, rating: 'had-to-ask', note: 'Which connector version they run' },
      }),
    ]);
  });

  it('records a corrected fact with its right value, auditing what it was before', async () => {
    const corrected = await post('account_owner', {
      kind: 'fact',
      field: 'facts.account',
      value: 'Example Company Ltd',
      note: 'Example Co is the trading name',
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.json()).toMatchObject({
      kind: 'fact',
      field: 'facts.account',
      value: 'Example Company Ltd',
    });
    const counted = await post('support', { kind: 'fact', field: 'facts.affected.users', value: 40 });
    expect(counted.json().value).toBe(40);
    const added = await post('support', { kind: 'fact', field: 'facts.errors[1]', value: 'ERR_AUTH_401' });
    expect(added.statusCode, added.body).toBe(201);
    const events = (await audit()).filter((e) => e.name === 'fact.corrected');
    expect(events.map((e) => [e.properties.field, e.properties.before, e.properties.after])).toEqual([
      ['facts.account', 'Example Co', 'Example Company Ltd'],
      ['facts.affected.users', 3, 40],
      ['facts.errors[1]', null, 'ERR_AUTH_401'],
    ]);
    // a second correction of the same field says what the first one made it
    await post('lead', { kind: 'fact', field: 'facts.account', value: 'Example Company Limited' });
    const last = (await audit()).filter((e) => e.name === 'fact.corrected').at(-1);
    expect(last?.properties).toMatchObject({
      before: 'Example Company Ltd',
      after: 'Example Company Limited',
    });
    const kinds = (await read()).json().feedback.map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual(['handoff', 'fact', 'fact', 'fact', 'fact']);
  });

  it.each([
    [
      { kind: 'fact', field: 'decision.escalate', value: false },
      /decision.escalate is not a fact; severity and routing are changed with an override/,
    ],
    [
      { kind: 'fact', field: 'facts.owner', value: 'x' },
      /facts.owner is not a fact that can be corrected; use one of facts.account/,
    ],
    [{ kind: 'fact', field: 'facts.errors[9]', value: 'x' }, /facts.errors has 1 item\(s\) and 1 added/],
    [{ kind: 'fact', field: 'facts.affected.users', value: 'forty' }, /whole number/],
    [{ kind: 'fact', field: 'facts.account' }, /value/],
    [{ kind: 'handoff', rating: 'great' }, /rating/],
    [{ kind: 'handoff', rating: 'had-to-ask', note: 'x'.repeat(2001) }, /note/],
    [{ kind: 'praise' }, /kind/],
  ])('refuses %j with 400 naming what is wrong', async (payload, message) => {
    const response = await post('support', payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('SPINE_ERR_INVALID_ARGUMENT');
    expect(response.json().error.message).toMatch(message);
  });

  it('answers 404 for a packet that does not exist', async () => {
    const posted = await post('support', { kind: 'handoff', rating: 'knew-first-move' }, NO_PACKET);
    expect(posted.statusCode).toBe(404);
    expect((await read(NO_PACKET)).statusCode).toBe(404);
    const exported = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${NO_PACKET}/export-case`,
      headers: await svc.headersAs('lead'),
    });
    expect(exported.statusCode).toBe(404);
  });

  it('refuses a session change without its CSRF token', async () => {
    const { cookie } = await svc.login('support');
    const response = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/feedback`,
      payload: { kind: 'handoff', rating: 'knew-first-move' },
      headers: { cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('SPINE_ERR_CSRF');
  });

  it('refuses to export a version nobody approved', async () => {
    const response = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/export-case`,
      headers: await svc.headersAs('lead'),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('SPINE_ERR_NOT_APPROVED');
    expect(response.json().error.message).toMatch(/approve version 1 .* before exporting it as an eval case/);
  });

  it('keeps feedback in a table with exactly the columns other readers query', async () => {
    const columns =
      dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from pragma_table_info('feedback')`.execute(svc.db)).rows
        : (
            await sql<{ name: string }>`select column_name as name from information_schema.columns
              where table_name = 'feedback' and table_schema = current_schema()`.execute(svc.db)
          ).rows;
    expect(columns.map((c) => c.name).sort()).toEqual(
      [
        'id',
        'packet_id',
        'packet_version',
        'kind',
        'rating',
        'field',
        'value',
        'note',
        'actor',
        'created_at',
      ].sort(),
    );
    const rows = await svc.db.selectFrom('feedback').selectAll().orderBy('id').execute();
    expect(rows[0]).toMatchObject({ packet_id: id, kind: 'handoff', rating: 'had-to-ask', value: null });
    expect(rows[2]).toMatchObject({ kind: 'fact', field: 'facts.affected.users', value: '40', rating: null });
    expect(rows.every((row) => !Number.isNaN(Date.parse(row.created_at)))).toBe(true);
  });

  it('exports an approved packet, but refuses one whose stored input name would leave the case folder', async () => {
    const lead = await svc.headersAs('lead');
    const move = (to: string) =>
      svc.app.inject({
        method: 'POST',
        url: `/api/packets/${id}/transition`,
        payload: { to },
        headers: lead,
      });
    expect((await move('in_review')).statusCode).toBe(200);
    const view = (await svc.app.inject({ method: 'GET', url: `/api/packets/${id}`, headers: lead })).json();
    for (const gate of view.gates as Array<{ id: string }>) {
      const decided = await svc.app.inject({
        method: 'POST',
        url: `/api/packets/${id}/gates/${gate.id}`,
        payload: { decision: 'approved' },
        headers: lead,
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    expect((await move('approved')).statusCode).toBe(200);
    const exportCase = () =>
      svc.app.inject({ method: 'GET', url: `/api/packets/${id}/export-case`, headers: lead });
    const ok = await exportCase();
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers['content-disposition']).toBe(`attachment; filename="case-${id}-v1.zip"`);
    // A name the upload path would never store, written straight into the store.
    const stored = await svc.db
      .selectFrom('packet_inputs')
      .selectAll()
      .where('packet_id', '=', id)
      .executeTakeFirstOrThrow();
    await svc.db
      .insertInto('packet_inputs')
      .values({ ...stored, name: '../../outside.txt' })
      .execute();
    const refused = await exportCase();
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/input "\.\.\/\.\.\/outside\.txt" .* refusing to export it/);
  });
});
