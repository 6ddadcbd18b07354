import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';
import { registerErrorHandler } from '../../src/server/plugins/error-handler.js';
import { shaped } from '../../src/server/schemas/review-responses.js';
import { UserAnswerSchema } from '../../src/server/schemas/session-responses.js';
import { DIALECTS } from '../helpers/dialects.js';
import { type ReviewApp, startReviewApp } from '../helpers/review-app.js';

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
