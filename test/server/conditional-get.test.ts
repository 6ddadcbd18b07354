import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { multipart, type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

describe.each(DIALECTS)('packet reads in one round trip, with ETags, on %s', (dialect) => {
  let svc: ReviewApp;
  let packetId: string;
  let lead: { cookie: string; csrf: string };

  beforeAll(async () => {
    svc = await startReviewApp(dialect);
    lead = await svc.login('lead');
    packetId = await uploadAndPrepare(svc, [{ name: 'files', value: 'hello', filename: 'notes.md' }]);
  });
  afterAll(async () => svc.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    svc.app.inject({ method: 'GET', url, headers: { cookie: lead.cookie, ...headers } });

  it('answers the view with its owner and audit summary beside the packet', async () => {
    await svc.app.inject({
      method: 'PUT',
      url: `/api/packets/${packetId}/owner`,
      payload: { name: 'Night shift' },
      headers: { cookie: lead.cookie, 'x-csrf-token': lead.csrf },
    });
    const view = (await get(`/api/packets/${packetId}`)).json();
    expect(view.owner).toMatchObject({ name: 'Night shift', userId: null });
    expect(view.audit.events).toBe(3); // created, prepared, owner assigned
    expect(view.audit.last).toMatchObject({ name: 'packet.owner_assigned', actor: 'lead@spine.test' });
    expect(view.packet.schemaVersion).toBe('1');
  });

  it.each([`/api/packets/PACKET`, '/api/packets'])(
    'answers 304 to a current If-None-Match on %s',
    async (path) => {
      const url = path.replace('PACKET', packetId);
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await get(url, { 'if-none-match': String(first.headers.etag) });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
      const other = await get(url, { 'if-none-match': 'W/"something-else"' });
      expect(other.statusCode).toBe(200);
    },
  );

  it('changes the tag when a reviewer changes the packet', async () => {
    const before = await get(`/api/packets/${packetId}`);
    const listBefore = await get('/api/packets');
    const gate = before.json().gates.find((g: { state: string }) => g.state === 'pending');
    const decided = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${packetId}/gates/${gate.id}`,
      payload: { decision: 'approved' },
      headers: { cookie: lead.cookie, 'x-csrf-token': lead.csrf },
    });
    expect(decided.statusCode).toBe(200);
    const after = await get(`/api/packets/${packetId}`, { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.json().gates.find((g: { id: string }) => g.id === gate.id).state).toBe('approved');
    const list = await get('/api/packets', { 'if-none-match': String(listBefore.headers.etag) });
    expect(list.statusCode).toBe(200);
  });

  it('answers a repeated read with the same bytes, a read after a change with the change, and a viewer with its own view', async () => {
    const url = `/api/packets/${packetId}`;
    const first = await get(url);
    const second = await get(url);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    const gate = first.json().gates.find((g: { state: string }) => g.state === 'pending');
    const decided = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${url.split('/').pop()}/gates/${gate.id}`,
      payload: { decision: 'rejected', comment: 'not yet' },
      headers: { cookie: lead.cookie, 'x-csrf-token': lead.csrf },
    });
    expect(decided.statusCode).toBe(200);
    const changed = await get(url);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.json().gates.find((g: { id: string }) => g.id === gate.id).state).toBe('rejected');
    const viewer = await svc.login('viewer');
    const customer = await svc.app.inject({ method: 'GET', url, headers: { cookie: viewer.cookie } });
    expect(customer.statusCode).toBe(200);
    expect(customer.json()).not.toHaveProperty('gates');
    expect(customer.headers.etag).not.toBe(changed.headers.etag);
  });

  it('keeps the tag of an old version valid for that version once a newer one exists', async () => {
    const v1 = await get(`/api/packets/${packetId}`);
    const body = multipart([{ name: 'files', value: 'more', filename: 'more.md' }]);
    const next = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${packetId}/versions`,
      payload: body.payload,
      headers: { ...body.headers, cookie: lead.cookie, 'x-csrf-token': lead.csrf },
    });
    expect(next.json().version).toBe(2);
    await svc.queue.idle();
    const tag = { 'if-none-match': String(v1.headers.etag) };
    expect((await get(`/api/packets/${packetId}`, tag)).statusCode).toBe(200);
    const newest = await get(`/api/packets/${packetId}`);
    expect(newest.json().version).toBe(2);
    const old = await get(`/api/packets/${packetId}?version=1`);
    expect(old.json().packet).not.toBeNull();
    expect(
      (await get(`/api/packets/${packetId}?version=1`, { 'if-none-match': String(old.headers.etag) }))
        .statusCode,
    ).toBe(304);
    expect(old.headers.etag).not.toBe(newest.headers.etag);
  });

  it('refuses a version that does not exist, whatever the client holds', async () => {
    const missing = await get(`/api/packets/${packetId}?version=9`, { 'if-none-match': '*' });
    expect(missing.statusCode).toBe(404);
  });

  it('compresses a large answer for a client that accepts gzip', async () => {
    const plain = await get(`/api/packets/${packetId}`);
    const zipped = await get(`/api/packets/${packetId}`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });
});
