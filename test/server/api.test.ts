import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, PERMISSIONS, type ReviewRole } from '../../src/core/review/roles.js';
import { DIALECTS } from '../helpers/dialects.js';
import {
  multipart,
  PASSWORD,
  type ReviewApp,
  startReviewApp,
  TEST_APPROVERS,
  uploadAndPrepare,
} from '../helpers/review-app.js';

/** The role's permissions in the table's order, as the session endpoints list them. */
const grantsOf = (role: ReviewRole) => PERMISSIONS.filter((permission) => can(role, permission));

describe.each(DIALECTS)('review API on %s', (dialect) => {
  let svc: ReviewApp;

  beforeAll(async () => {
    svc = await startReviewApp(dialect, { uploadLimits: { maxFileBytes: 64 * 1024, maxFiles: 5 } });
  });
  afterAll(async () => svc.close());

  const createPacket = () =>
    uploadAndPrepare(svc, [
      { name: 'title', value: 'Order sync failing' },
      { name: 'files', value: '{"ticket":{"id":1}}', filename: 'ticket.json' },
      { name: 'text', value: 'Dana  9:40 AM\nsync is broken again' },
    ]);

  it('signs in with an HttpOnly, SameSite=Strict session cookie and refuses a wrong password', async () => {
    const ok = await svc.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'lead@spine.test', password: 'correct horse battery staple' },
    });
    expect(ok.statusCode).toBe(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(ok.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    const bad = await svc.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'lead@spine.test', password: 'nope' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('SPINE_ERR_UNAUTHENTICATED');
  });

  it('tells a support user and a lead what their role may do, at login, from /api/me and /api/session', async () => {
    // The grant table is the oracle for the permissions (test/server/authz-matrix.test.ts checks the
    // table itself, endpoint by endpoint); TEST_APPROVERS: support approves only the customer send,
    // leads every kind the policy lists.
    const expected = {
      support: { permissions: grantsOf('support'), gateKinds: ['customer_send'] },
      lead: { permissions: grantsOf('lead'), gateKinds: Object.keys(TEST_APPROVERS).sort() },
    } as const;
    // the two lists differ, so a server answering with another role's grants fails below
    expect(expected.support.permissions).not.toEqual(expected.lead.permissions);
    for (const role of ['support', 'lead'] as const) {
      const login = await svc.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: `${role}@spine.test`, password: PASSWORD },
      });
      const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
      const me = await svc.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      const session = await svc.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
      for (const response of [login, me, session]) {
        expect(response.statusCode).toBe(200);
        const body = response.json();
        // The fields the page had before stay as they were.
        expect(body.user).toMatchObject({ email: `${role}@spine.test`, role });
        expect(body.permissions).toEqual(expected[role].permissions);
        expect(body.gateKinds).toEqual(expected[role].gateKinds);
        expect(body.gateApprovers.severity).toEqual(['lead']);
      }
      expect(login.json().csrfToken).toBe(session.json().csrfToken);
    }
  });

  it('refuses a change sent with the session cookie but without the CSRF token', async () => {
    const { cookie } = await svc.login('support');
    const response = await svc.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'x' },
      headers: { cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('SPINE_ERR_CSRF');
  });

  it('accepts an API token for automation, without a cookie', async () => {
    const created = await svc.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'helpdesk sync' },
      headers: await svc.headersAs('support'),
    });
    const token = created.json().token as string;
    expect(token).toMatch(/^spn_/);
    const me = await svc.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json().user.role).toBe('support');
    const wrong = await svc.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: 'Bearer spn_nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('creates a packet from files and pasted text, prepares it as a job and keeps the inputs', async () => {
    const id = await createPacket();
    const view = (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}`,
        headers: await svc.headersAs('support'),
      })
    ).json();
    expect(view).toMatchObject({ jobStatus: 'ready', severity: 'High', state: 'prepared' });
    expect(view.inputs.map((i: { name: string }) => i.name)).toEqual(['pasted.txt', 'ticket.json']);
    const input = view.inputs.find((i: { name: string }) => i.name === 'ticket.json');
    const download = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/inputs/${input.sha256}`,
      headers: await svc.headersAs('support'),
    });
    expect(download.body).toBe('{"ticket":{"id":1}}');
    expect(download.headers['content-disposition']).toMatch(/attachment/);
  });

  it('rejects uploads over the limits with a reason, and an empty upload with the field at fault', async () => {
    const big = multipart([{ name: 'files', value: new Uint8Array(70 * 1024), filename: 'big.log' }]);
    const tooBig = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: big.payload,
      headers: { ...big.headers, ...(await svc.headersAs('support')) },
    });
    expect(tooBig.statusCode).toBe(413);
    const many = multipart(
      Array.from({ length: 7 }, (_, i) => ({ name: 'files', value: 'x', filename: `f${i}.txt` })),
    );
    const tooMany = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: many.payload,
      headers: { ...many.headers, ...(await svc.headersAs('support')) },
    });
    expect(tooMany.statusCode).toBe(413);
    const none = multipart([{ name: 'title', value: 'nothing' }]);
    const empty = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: none.payload,
      headers: { ...none.headers, ...(await svc.headersAs('support')) },
    });
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.json().error.detail).toMatch(/^files:/);
  });

  it('reduces hostile upload names to safe relative paths', async () => {
    const body = multipart([
      { name: 'files', value: 'x', filename: '../../etc/passwd' },
      { name: 'files', value: 'y', filename: '..\\..\\.ssh\\\u0007id_rsa' },
      { name: 'files', value: 'z', filename: '/' },
    ]);
    const response = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: body.payload,
      headers: { ...body.headers, ...(await svc.headersAs('support')) },
    });
    await svc.queue.idle();
    const view = (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${response.json().id}`,
        headers: await svc.headersAs('support'),
      })
    ).json();
    expect(view.inputs.map((i: { name: string }) => i.name).sort()).toEqual([
      'etc/passwd',
      'ssh/id_rsa',
      'upload',
    ]);
  });

  it('answers bad requests with 4xx naming the field, never 500', async () => {
    const headers = await svc.headersAs('lead');
    const badId = await svc.app.inject({ method: 'GET', url: '/api/packets/not-a-uuid', headers });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.detail).toMatch(/^id:/);
    const id = await createPacket();
    const badBody = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/override`,
      payload: { field: 'severity', value: 'Critical' },
      headers,
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().error.detail).toMatch(/^reason:/);
    const badJson = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/transition`,
      payload: '{"to":',
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(badJson.statusCode).toBe(400);
    const missing = await svc.app.inject({
      method: 'GET',
      url: '/api/packets/00000000-0000-4000-8000-000000000000',
      headers,
    });
    expect(missing.statusCode).toBe(404);
    const badState = await svc.app.inject({ method: 'GET', url: '/api/packets?state=bogus', headers });
    expect(badState.statusCode).toBe(400);
  });

  it('walks a review: edit, override, gates, mark as sent, approve, audit and export', async () => {
    const id = await createPacket();
    const lead = await svc.headersAs('lead');
    const support = await svc.headersAs('support');
    const edit = await svc.app.inject({
      method: 'PUT',
      url: `/api/packets/${id}/drafts/customerUpdate`,
      payload: { text: 'Hello, we are on it. Next update by {{ETA}}.' },
      headers: support,
    });
    expect(edit.json().revision).toBe(1);
    const override = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/override`,
      payload: { field: 'severity', value: 'Critical', reason: 'every tenant is affected' },
      headers: lead,
    });
    expect(override.json().overrides[0]).toMatchObject({ original: 'High', value: 'Critical' });
    const early = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/mark-sent`,
      headers: support,
    });
    expect(early.statusCode).toBe(409);
    // support may approve the send, but the policy keeps ETA wording for leads.
    const etaBySupport = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/gates/G-eta`,
      payload: { decision: 'approved' },
      headers: support,
    });
    expect(etaBySupport.statusCode).toBe(403);
    for (const gate of ['G-eta', 'G-send', 'G-severity']) {
      const decided = await svc.app.inject({
        method: 'POST',
        url: `/api/packets/${id}/gates/${gate}`,
        payload: { decision: 'approved', comment: 'ok' },
        headers: lead,
      });
      expect(decided.json().state).toBe('approved');
    }
    await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/transition`,
      payload: { to: 'in_review' },
      headers: lead,
    });
    const approved = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/transition`,
      payload: { to: 'approved' },
      headers: lead,
    });
    expect(approved.json().state).toBe('approved');
    const unfilled = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/mark-sent`,
      headers: support,
    });
    expect(unfilled.statusCode).toBe(409);
    expect(unfilled.json().error.message).toMatch(/\{\{ETA\}\}/);
    await svc.app.inject({
      method: 'PUT',
      url: `/api/packets/${id}/drafts/customerUpdate`,
      payload: { text: 'Hello, we are on it. Next update by 16:00 UTC today.' },
      headers: support,
    });
    const sent = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/mark-sent`,
      headers: support,
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().state).toBe('sent');
    expect(sent.json().sent[0].text).toBe('Hello, we are on it. Next update by 16:00 UTC today.');
    const audit = (
      await svc.app.inject({ method: 'GET', url: `/api/packets/${id}/audit`, headers: support })
    ).json();
    const names = audit.events.map((e: { name: string }) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'packet.created',
        'packet.prepared',
        'draft.edited',
        'decision.overridden',
        'gate.approved',
        'packet.marked_sent',
      ]),
    );
    const csv = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/audit/export?format=csv`,
      headers: lead,
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toBe('id,at,actor,event,properties');
    expect(csv.body).toContain('"decision.overridden"');
  });

  it('re-prepares with new evidence as a new version and diffs the versions', async () => {
    const id = await createPacket();
    const body = multipart([{ name: 'text', value: 'Customer: still broken today' }]);
    const next = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/versions`,
      payload: body.payload,
      headers: { ...body.headers, ...(await svc.headersAs('support')) },
    });
    expect(next.json().version).toBe(2);
    await svc.queue.idle();
    const diff = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/diff?from=1&to=2`,
      headers: await svc.headersAs('support'),
    });
    expect(diff.statusCode).toBe(200);
    expect(Array.isArray(diff.json().changes)).toBe(true);
  });

  it('lists follow-ups that are due within a window', async () => {
    await createPacket();
    const due = await svc.app.inject({
      method: 'GET',
      url: '/api/follow-ups?within=P2D',
      headers: await svc.headersAs('support'),
    });
    expect(due.json().items.length).toBeGreaterThan(0);
    expect(due.json().items[0]).toHaveProperty('overdue');
    const bad = await svc.app.inject({
      method: 'GET',
      url: '/api/follow-ups?within=tomorrow',
      headers: await svc.headersAs('support'),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('sets a strict Content-Security-Policy', async () => {
    const response = await svc.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['content-security-policy']).toMatch(/object-src 'none'/);
  });
});
