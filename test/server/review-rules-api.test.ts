import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { multipart, type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

describe.each(DIALECTS)('review rules over HTTP on %s', (dialect) => {
  let svc: ReviewApp;
  let id: string;

  beforeAll(async () => {
    svc = await startReviewApp(dialect);
    id = await uploadAndPrepare(svc, [{ name: 'files', value: 'hello', filename: 'notes.md' }]);
  });
  afterAll(async () => svc.close());

  it('answers 404 for a version that does not exist: view, markdown, diff and inputs', async () => {
    const headers = await svc.headersAs('support');
    const sha = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';
    for (const url of [
      `/api/packets/${id}?version=99`,
      `/api/packets/${id}/markdown?version=99`,
      `/api/packets/${id}/diff?from=1&to=99`,
      `/api/packets/${id}/diff?from=99&to=1`,
      `/api/packets/${id}/inputs/${sha}?version=99`,
    ]) {
      const response = await svc.app.inject({ method: 'GET', url, headers });
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.json().error.code).toBe('SPINE_ERR_NOT_FOUND');
    }
    const ok = await svc.app.inject({ method: 'GET', url: `/api/packets/${id}?version=1`, headers });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses to reject a gate without a reason, and records the reason given', async () => {
    const headers = await svc.headersAs('lead');
    const url = `/api/packets/${id}/gates/G-eta`;
    for (const payload of [{ decision: 'rejected' }, { decision: 'rejected', comment: '   ' }]) {
      const bare = await svc.app.inject({ method: 'POST', url, payload, headers });
      expect([bare.statusCode, bare.json().error.detail]).toEqual([
        400,
        'comment: say why G-eta is rejected',
      ]);
    }
    const reasoned = await svc.app.inject({
      method: 'POST',
      url,
      payload: { decision: 'rejected', comment: 'engineering has not confirmed a date' },
      headers,
    });
    expect(reasoned.json()).toMatchObject({
      state: 'rejected',
      comment: 'engineering has not confirmed a date',
    });
    const approved = await svc.app.inject({
      method: 'POST',
      url,
      payload: { decision: 'approved' },
      headers,
    });
    expect(approved.json().state).toBe('approved');
  });

  it('refuses an override that is not a policy level with 400 naming the field and the allowed values', async () => {
    const response = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/override`,
      payload: { field: 'severity', value: 'Banana <b>x</b>', reason: 'test' },
      headers: await svc.headersAs('lead'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('SPINE_ERR_INVALID_ARGUMENT');
    expect(response.json().error.detail).toMatch(
      /^value: not a severity level .*; use one of Critical, High, Medium$/,
    );
  });

  it('returns the re-derived due times with the view after a severity override', async () => {
    const headers = await svc.headersAs('lead');
    const before = (await svc.app.inject({ method: 'GET', url: `/api/packets/${id}`, headers })).json();
    const response = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/override`,
      payload: { field: 'severity', value: 'Critical', reason: 'every tenant is down' },
      headers,
    });
    expect(response.statusCode).toBe(200);
    const after = response.json();
    expect(after.severity).toBe('Critical');
    expect(after.nextInternalDue < before.nextInternalDue).toBe(true);
    expect(after.respondBy).not.toBeNull();
  });

  it('refuses mark-sent while prepared, sends once after approval, then freezes the gates', async () => {
    const lead = await svc.headersAs('lead');
    const support = await svc.headersAs('support');
    const packetId = await uploadAndPrepare(svc, [{ name: 'files', value: 'again', filename: 'notes.md' }]);
    const url = (path: string) => `/api/packets/${packetId}${path}`;
    const early = await svc.app.inject({ method: 'POST', url: url('/mark-sent'), headers: support });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'SPINE_ERR_NOT_APPROVED']);
    for (const gate of ['G-eta', 'G-send', 'G-severity']) {
      await svc.app.inject({
        method: 'POST',
        url: url(`/gates/${gate}`),
        payload: { decision: 'approved' },
        headers: lead,
      });
    }
    await svc.app.inject({
      method: 'PUT',
      url: url('/drafts/customerUpdate'),
      payload: { text: 'We expect the fix on Friday.' },
      headers: support,
    });
    for (const to of ['in_review', 'approved']) {
      const moved = await svc.app.inject({
        method: 'POST',
        url: url('/transition'),
        payload: { to },
        headers: lead,
      });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const byHand = await svc.app.inject({
      method: 'POST',
      url: url('/transition'),
      payload: { to: 'sent' },
      headers: lead,
    });
    expect(byHand.statusCode).toBe(400);
    const sent = await svc.app.inject({ method: 'POST', url: url('/mark-sent'), headers: support });
    expect(sent.json().state).toBe('sent');
    const again = await svc.app.inject({ method: 'POST', url: url('/mark-sent'), headers: support });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'SPINE_ERR_ALREADY_SENT']);
    const flip = await svc.app.inject({
      method: 'POST',
      url: url('/gates/G-send'),
      payload: { decision: 'rejected' },
      headers: lead,
    });
    expect([flip.statusCode, flip.json().error.code]).toEqual([409, 'SPINE_ERR_GATES_FROZEN']);
    const view = (await svc.app.inject({ method: 'GET', url: url(''), headers: lead })).json();
    expect(view.sent).toHaveLength(1);
    expect(view.gates.find((g: { id: string }) => g.id === 'G-send').state).toBe('approved');
  });

  it('still re-prepares a sent packet as a new version that can be sent once more', async () => {
    const body = multipart([{ name: 'text', value: 'Customer: it happened again' }]);
    const next = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${id}/versions`,
      payload: body.payload,
      headers: { ...body.headers, ...(await svc.headersAs('support')) },
    });
    expect(next.statusCode).toBe(202);
  });
});
