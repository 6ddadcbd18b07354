/**
 * The packet view read in one PostgreSQL statement must answer exactly what the piecewise read
 * answered: the same tag and the same bytes, for the team and for customer-safe roles, for the
 * newest, an older and an unprepared version, on a store with gates, comments, an owner,
 * overrides, draft edits and a sent mark. And it must be one statement.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/storage/database.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { readPacketView } from '../../src/app/review/get-packet-view.js';
import { toCustomerView } from '../../src/core/review/customer-view.js';
import type { ReviewReader } from '../../src/ports/review-store.js';
import { CustomerViewSchema, shaped } from '../../src/server/schemas/review-responses.js';
import { teamViewJson } from '../../src/server/team-view-json.js';
import { DIALECTS } from '../helpers/dialects.js';
import { multipart, type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';
import { storeNextVersion } from '../helpers/store-packet.js';

// Text a JSON round trip through PostgreSQL could change if it were mishandled.
const AWKWARD = 'not yet: "quoted", back\\slash, tab\there, ünïcödé ✓ 🚀, line\nbreak, \u0001 control';

describe.runIf(DIALECTS.includes('postgres'))('the packet view in one PostgreSQL statement', () => {
  let svc: ReviewApp;
  let packetId: string;
  /** prepared and never read: its first read sends the stored text */
  let unread: string;
  let statements = 0;
  let counted: Kysely<Database>;

  beforeAll(async () => {
    svc = await startReviewApp('postgres');
    const config = svc.storeConfig;
    if (config.kind !== 'postgres') throw new Error('expected a PostgreSQL store');
    const pool = new pg.Pool({
      connectionString: config.url,
      max: 2,
      options: `-c search_path=${config.schema}`,
    });
    counted = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        if (event.level === 'query') statements++;
      },
    });
    packetId = await uploadAndPrepare(svc, [{ name: 'files', value: 'hello', filename: 'notes.md' }]);
    const lead = await svc.headersAs('lead');
    const support = await svc.headersAs('support');
    const send = async (method: 'POST' | 'PUT', path: string, headers: object, payload?: object) => {
      const response = await svc.app.inject({
        method,
        url: `/api/packets/${packetId}${path}`,
        headers: headers as Record<string, string>,
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${method} ${path}: ${response.body}`).toBeLessThan(300);
    };
    await send('PUT', '/drafts/brief', support, { text: `first brief ${AWKWARD}` });
    await send('PUT', '/drafts/brief', support, { text: 'second brief' });
    await send('PUT', '/drafts/customerUpdate', support, { text: 'We are on it. Next update at 16:00 UTC.' });
    await send('POST', '/override', lead, { field: 'severity', value: 'Critical', reason: AWKWARD });
    await send('PUT', '/owner', lead, { name: `Night shift ${AWKWARD}` });
    for (const gate of ['G-eta', 'G-send', 'G-severity'])
      await send('POST', `/gates/${gate}`, lead, { decision: 'approved', comment: `${gate} ${AWKWARD}` });
    await send('POST', '/transition', lead, { to: 'in_review' });
    await send('POST', '/transition', lead, { to: 'approved' });
    await send('POST', '/mark-sent', support);
    const more = multipart([{ name: 'files', value: 'more evidence', filename: 'more.md' }]);
    const next = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${packetId}/versions`,
      payload: more.payload,
      headers: { ...more.headers, ...lead },
    });
    expect(next.statusCode).toBe(202);
    await svc.queue.idle();
    await send('POST', '/gates/G-eta', lead, { decision: 'rejected', comment: AWKWARD });
    await send('PUT', '/drafts/handoff', support, { text: `v2 handoff ${AWKWARD}` });
    unread = await uploadAndPrepare(svc, [{ name: 'files', value: 'unread', filename: 'unread.md' }]);
  });
  afterAll(async () => {
    await counted?.destroy();
    await svc?.close();
  });

  const stores = () => {
    const oneStatement = kyselyReviewStore(counted);
    const { readPacketViewState: _, ...piecewise } = oneStatement;
    return { oneStatement, piecewise: piecewise as ReviewReader };
  };

  /** The answer's bytes as the route makes them for each audience. */
  const bodyOf = (view: NonNullable<Awaited<ReturnType<typeof readPacketView>>['view']>, audience: string) =>
    audience === 'team'
      ? teamViewJson(view)
      : Buffer.from(JSON.stringify(shaped(CustomerViewSchema, toCustomerView(view))));

  it('answers the same tag and bytes as the piecewise read, cold and warm, for every version and audience', async () => {
    const { oneStatement, piecewise } = stores();
    for (const [id, version] of [
      [unread, undefined],
      [packetId, undefined],
      [packetId, 1],
      [packetId, 2],
    ] as const) {
      for (const audience of ['team', 'customer']) {
        const cold = await readPacketView(oneStatement, id, { version, audience });
        const old = await readPacketView(piecewise, id, { version, audience });
        const warm = await readPacketView(oneStatement, id, { version, audience });
        const expected = bodyOf(old.view!, audience);
        expect(cold.etag).toBe(old.etag);
        expect(warm.etag).toBe(old.etag);
        expect(bodyOf(cold.view!, audience).equals(expected), `${audience} v${version} cold`).toBe(true);
        expect(bodyOf(warm.view!, audience).equals(expected), `${audience} v${version} warm`).toBe(true);
      }
    }
    // the fixture reached the state it was meant to: nothing above compared empty lists
    const { view } = await readPacketView(piecewise, packetId, { version: 1 });
    expect(view!.gates.every((g) => g.comment?.endsWith(AWKWARD))).toBe(true);
    expect(view!.overrides).toHaveLength(1);
    expect(view!.sent).toHaveLength(1);
    expect(view!.owner?.name).toContain(AWKWARD);
    expect(view!.drafts.brief).toMatchObject({ text: 'second brief', revision: 2 });
    expect(view!.versions).toHaveLength(2);
  });

  it('answers what the piecewise read gives over HTTP, with the same tag and conditional GET', async () => {
    const { piecewise } = stores();
    for (const [role, audience] of [
      ['lead', 'team'],
      ['viewer', 'customer'],
    ] as const) {
      const { cookie } = await svc.login(role);
      const response = await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${packetId}`,
        headers: { cookie },
      });
      const old = await readPacketView(piecewise, packetId, { audience });
      expect(response.headers.etag).toBe(old.etag);
      expect(response.rawPayload.equals(bodyOf(old.view!, audience)), role).toBe(true);
      const again = await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${packetId}`,
        headers: { cookie, 'if-none-match': old.etag },
      });
      expect(again.statusCode).toBe(304);
    }
  });

  it('answers a version still being prepared the same way', async () => {
    await storeNextVersion(
      svc.db,
      {
        packetId,
        files: [{ name: 'late.md', bytes: new TextEncoder().encode('late') }],
        actor: 'lead@spine.test',
      },
      new Date().toISOString(),
    );
    const { oneStatement, piecewise } = stores();
    for (const version of [undefined, 3]) {
      const next = await readPacketView(oneStatement, packetId, { version, audience: 'team' });
      const old = await readPacketView(piecewise, packetId, { version, audience: 'team' });
      expect(next.view!.packet).toBeNull();
      expect(next.etag).toBe(old.etag);
      expect(teamViewJson(next.view!).equals(teamViewJson(old.view!))).toBe(true);
    }
  });

  it('reads a view in one statement, a current tag in one, and a stale tag then the view in two', async () => {
    const { oneStatement } = stores();
    const count = async (read: () => Promise<unknown>) => {
      statements = 0;
      await read();
      return statements;
    };
    const { etag } = await readPacketView(oneStatement, packetId, { audience: 'team' });
    expect(await count(() => readPacketView(oneStatement, packetId, { audience: 'team' }))).toBe(1);
    const current = () =>
      readPacketView(oneStatement, packetId, { audience: 'team', isCurrent: (t) => t === etag });
    expect(await count(current)).toBe(1);
    expect((await current()).view).toBeNull();
    const stale = () => readPacketView(oneStatement, packetId, { audience: 'team', isCurrent: () => false });
    expect(await count(stale)).toBe(2);
    const expecting = () =>
      readPacketView(oneStatement, packetId, { audience: 'team', isCurrent: () => false, expectView: true });
    expect(await count(expecting)).toBe(1);
    expect((await expecting()).view).not.toBeNull();
  });

  it('refuses a missing packet or version with the same errors', async () => {
    const { oneStatement, piecewise } = stores();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [id, version] of [
      [missing, undefined],
      [packetId, 9],
    ] as const) {
      const old = await readPacketView(piecewise, id, { version }).catch((error: unknown) => error);
      const next = await readPacketView(oneStatement, id, { version }).catch((error: unknown) => error);
      expect(old).toBeInstanceOf(Error);
      expect(next).toEqual(old);
      expect((next as { code?: string }).code).toBe('SPINE_ERR_NOT_FOUND');
      expect((next as { detail?: string }).detail).toBe((old as { detail?: string }).detail);
    }
  });
});
