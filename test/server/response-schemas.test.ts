import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';
import { registerErrorHandler } from '../../src/server/plugins/error-handler.js';
import { shaped } from '../../src/server/schemas/review-responses.js';
import { UserAnswerSchema } from '../../src/server/schemas/session-responses.js';
import { DIALECTS } from '../helpers/dialects.js';
import { type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

const STORED_USER = {
  id: '6a1c0e0e-0000-4000-8000-000000000001',
  email: 'rae@example.com',
  name: 'Rae',
  role: 'support',
  disabledAt: null,
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$not-for-clients',
};

describe('response schemas at the HTTP edge', () => {
  const app = Fastify();
  beforeAll(async () => {
    registerErrorHandler(app);
    app.get('/leaky', async () => shaped(UserAnswerSchema, { user: STORED_USER }));
    app.get('/broken', async () => shaped(UserAnswerSchema, { user: { ...STORED_USER, role: 'root' } }));
    await app.ready();
  });
  afterAll(async () => app.close());

  it('drops a field the schema does not name, however it got into the value', async () => {
    const response = await app.inject({ method: 'GET', url: '/leaky' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('argon2');
    expect(Object.keys(response.json().user).sort()).toEqual(['disabledAt', 'email', 'id', 'name', 'role']);
  });

  it('answers a value its schema refuses with a plain 500, never the value', async () => {
    const response = await app.inject({ method: 'GET', url: '/broken' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'SPINE_ERR_INTERNAL', message: ERRORS.SPINE_ERR_INTERNAL.message },
    });
  });
});

describe.each(DIALECTS)('account answers carry only their schema fields on %s', (dialect) => {
  let svc: ReviewApp;
  beforeAll(async () => {
    svc = await startReviewApp(dialect);
  });
  afterAll(async () => svc.close());

  it('lists users and signs in without any hash in the answer', async () => {
    const admin = await svc.login('admin');
    const users = await svc.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { cookie: admin.cookie },
    });
    expect(users.statusCode).toBe(200);
    for (const user of users.json().users)
      expect(Object.keys(user).sort()).toEqual(['disabledAt', 'email', 'id', 'name', 'role']);
    expect(users.body).not.toMatch(/hash|argon|scrypt/i);
    const minted = await svc.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'ci' },
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    const listed = await svc.app.inject({
      method: 'GET',
      url: '/api/tokens',
      headers: { cookie: admin.cookie },
    });
    expect(listed.body).not.toContain(minted.json().token);
    expect(Object.keys(listed.json().tokens[0]).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'name', 'revokedAt', 'scopes', 'userEmail', 'userId'].sort(),
    );
  });
});

describe.each(DIALECTS)('feedback and signals answers carry only their schema fields on %s', (dialect) => {
  let svc: ReviewApp;
  let packetId: string;
  beforeAll(async () => {
    svc = await startReviewApp(dialect);
    packetId = await uploadAndPrepare(svc, [
      { name: 'files', value: 'Exports have been empty since Monday.', filename: 'note.txt' },
    ]);
  });
  afterAll(async () => svc.close());

  const FEEDBACK_KEYS = ['actor', 'at', 'field', 'id', 'kind', 'note', 'rating', 'value', 'version'];

  it('answers a rating and the feedback list with the feedback view only', async () => {
    const lead = await svc.login('lead');
    const rated = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${packetId}/feedback`,
      payload: { kind: 'handoff', rating: 'had-to-ask', note: 'which export' },
      headers: { cookie: lead.cookie, 'x-csrf-token': lead.csrf },
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(Object.keys(rated.json()).sort()).toEqual(FEEDBACK_KEYS);
    const listed = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${packetId}/feedback`,
      headers: { cookie: lead.cookie },
    });
    expect(Object.keys(listed.json())).toEqual(['feedback']);
    expect(Object.keys(listed.json().feedback[0]).sort()).toEqual(FEEDBACK_KEYS);
    expect(listed.body).not.toContain(packetId);
  });

  it('answers the weekly signals with the named figures only', async () => {
    const lead = await svc.login('lead');
    const answer = await svc.app.inject({
      method: 'GET',
      url: '/api/signals?weeks=1',
      headers: { cookie: lead.cookie },
    });
    expect(answer.statusCode).toBe(200);
    expect(Object.keys(answer.json()).sort()).toEqual([
      'now',
      'ratingsAvailable',
      'timeZone',
      'truncated',
      'weeks',
    ]);
    expect(answer.json().weeks[0].packetsUploaded).toBe(1);
  });
});
