import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

describe.each(DIALECTS)('packet owner on %s', (dialect) => {
  let svc: ReviewApp;
  let id: string;

  beforeAll(async () => {
    svc = await startReviewApp(dialect);
    id = await uploadAndPrepare(svc, [{ name: 'text', value: 'Dana  9:40 AM\nsync is broken again' }]);
  });
  afterAll(async () => svc.close());

  const put = async (role: Parameters<ReviewApp['login']>[0], payload: unknown, packetId = id) =>
    svc.app.inject({
      method: 'PUT',
      url: `/api/packets/${packetId}/owner`,
      payload: payload as object,
      headers: await svc.headersAs(role),
    });

  it('has no owner until one is assigned, and lists who could own it', async () => {
    const response = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/owner`,
      headers: await svc.headersAs('success'),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.owner).toBeNull();
    expect(body.candidates.map((c: { name: string }) => c.name)).toContain('lead user');
  });

  it('assigns a user as owner, audited with what it was before', async () => {
    const candidates = (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}/owner`,
        headers: await svc.headersAs('lead'),
      })
    ).json().candidates as Array<{ id: string; name: string }>;
    const lead = candidates.find((c) => c.name === 'lead user');
    const first = await put('support', { userId: lead?.id });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().owner).toMatchObject({
      userId: lead?.id,
      name: 'lead user',
      assignedBy: 'support@spine.test',
    });
    const second = await put('lead', { name: 'Payments on-call' });
    expect(second.statusCode).toBe(200);

    const owner = (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}/owner`,
        headers: await svc.headersAs('support'),
      })
    ).json().owner;
    expect(owner).toMatchObject({ userId: null, name: 'Payments on-call', assignedBy: 'lead@spine.test' });
    const audit = (
      await svc.app.inject({
        method: 'GET',
        url: `/api/packets/${id}/audit`,
        headers: await svc.headersAs('lead'),
      })
    ).json();
    const events = (Array.isArray(audit) ? audit : audit.events) as Array<{
      name: string;
      actor: string;
      properties: unknown;
    }>;
    expect(events.filter((e) => e.name === 'packet.owner_assigned')).toEqual([
      expect.objectContaining({
        actor: 'support@spine.test',
        properties: { before: null, after: 'lead user', userId: lead?.id },
      }),
      expect.objectContaining({
        actor: 'lead@spine.test',
        properties: { before: 'lead user', after: 'Payments on-call', userId: null },
      }),
    ]);
  });

  it('refuses roles that may not assign, bad bodies, unknown users and unknown packets', async () => {
    expect((await put('engineering_triage', { name: 'Me' })).statusCode).toBe(403);
    expect((await put('lead', {})).statusCode).toBe(400);
    expect((await put('lead', { name: 'A', userId: 'b' })).statusCode).toBe(400);
    const unknownUser = await put('lead', { userId: 'no-such-user' });
    expect(unknownUser.statusCode).toBe(400);
    expect(unknownUser.json().error.message).toMatch(/userId/);
    expect((await put('lead', { name: 'A' }, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const withoutCsrf = await svc.app.inject({
      method: 'PUT',
      url: `/api/packets/${id}/owner`,
      payload: { name: 'A' },
      headers: { cookie: (await svc.login('lead')).cookie },
    });
    expect(withoutCsrf.statusCode).toBe(403);
  });
});
