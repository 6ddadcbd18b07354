import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrepareUpload } from '../../src/app/review/prepare-job.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { renderTextPng } from '../helpers/render-text-image.js';
import { type multipart, type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';
import { zipOf } from '../helpers/zip-of.js';

const SHOT = renderTextPng(['Sync error ERR_RELAY_422']);
const SHOT_SHA = createHash('sha256').update(SHOT).digest('hex');

/** A packet whose S2 is the screenshot and S3 a ticket, whatever was uploaded. */
const prepareWithScreenshot: PrepareUpload = async () => ({
  packet: makeReviewPacket({
    sources: [
      ...makeReviewPacket().sources,
      {
        id: 'S2',
        name: 'shots/connector.png',
        kind: 'screenshot',
        format: 'png',
        sha256: SHOT_SHA,
        items: 1,
        warnings: [],
        status: 'parsed',
      },
    ],
  }),
  markdown: '# packet',
});

describe('web support routes', () => {
  let svc: ReviewApp;
  beforeAll(async () => {
    svc = await startReviewApp('sqlite', { prepare: prepareWithScreenshot });
  });
  afterAll(async () => svc.close());

  const upload = (parts: Parameters<typeof multipart>[0]) => uploadAndPrepare(svc, parts);

  it('gives a signed-in page its user and CSRF token again after a reload, and 401 without a session', async () => {
    const { cookie, csrf } = await svc.login('lead');
    const me = await svc.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { role: 'lead' }, csrfToken: csrf });
    const anonymous = await svc.app.inject({ method: 'GET', url: '/api/session' });
    expect(anonymous.statusCode).toBe(401);
    // An API token is not a session: there is no CSRF token to hand back.
    const created = await svc.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'automation' },
      headers: { cookie, 'x-csrf-token': csrf },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await svc.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(200);
    const byToken = await svc.app.inject({ method: 'GET', url: '/api/session', headers: bearer });
    expect(byToken.statusCode).toBe(401);
  });

  it('serves a screenshot found inside an uploaded zip as an image with nothing to run', async () => {
    const zip = await zipOf([
      { name: 'handoff/notes.md', data: '- sync broken' },
      { name: 'handoff/shots/connector.png', data: SHOT, method: 'deflate' },
    ]);
    const id = await upload([{ name: 'files', value: zip, filename: 'handoff.zip' }]);
    const { cookie } = await svc.login('engineering_triage');
    const image = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/sources/S2/image`,
      headers: { cookie },
    });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-security-policy']).toBe("default-src 'none'");
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(createHash('sha256').update(image.rawPayload).digest('hex')).toBe(SHOT_SHA);
  });

  it('serves a screenshot uploaded as its own file, and refuses a source that is no screenshot', async () => {
    const id = await upload([{ name: 'files', value: SHOT, filename: 'connector.png' }]);
    const { cookie } = await svc.login('support');
    const image = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/sources/S2/image`,
      headers: { cookie },
    });
    expect(image.statusCode).toBe(200);
    const ticket = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/sources/S1/image`,
      headers: { cookie },
    });
    expect(ticket.statusCode).toBe(404);
    expect(ticket.json().error.code).toBe('SPINE_ERR_NOT_FOUND');
    const anonymous = await svc.app.inject({ method: 'GET', url: `/api/packets/${id}/sources/S2/image` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404 when the screenshot bytes are not among the inputs', async () => {
    const id = await upload([{ name: 'files', value: 'just text', filename: 'notes.txt' }]);
    const { cookie } = await svc.login('support');
    const image = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${id}/sources/S2/image`,
      headers: { cookie },
    });
    expect(image.statusCode).toBe(404);
  });
});
