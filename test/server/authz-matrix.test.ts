import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReviewRole, ROLES } from '../../src/core/review/roles.js';
import { multipart, type ReviewApp, startReviewApp } from '../helpers/review-app.js';

// The expected matrix is written out here, independently of the implementation's grant table.
const ALL = [...ROLES];
const MATRIX: Array<{ method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown; allowed: ReviewRole[] }> =
  [
    { method: 'GET', url: '/api/packets', allowed: ALL },
    { method: 'POST', url: '/api/packets', body: {}, allowed: ['support', 'success', 'lead', 'admin'] },
    { method: 'GET', url: '/api/packets/:id', allowed: ALL },
    { method: 'GET', url: '/api/packets/:id/markdown', allowed: ALL },
    {
      method: 'POST',
      url: '/api/packets/:id/versions',
      body: {},
      allowed: ['support', 'success', 'lead', 'admin'],
    },
    {
      method: 'POST',
      url: '/api/packets/:id/transition',
      body: { to: 'resolved' },
      allowed: ['support', 'lead', 'admin'],
    },
    {
      method: 'PUT',
      url: '/api/packets/:id/drafts/customerUpdate',
      body: { text: 'Hello' },
      allowed: ['support', 'success', 'account_owner', 'lead', 'admin'],
    },
    { method: 'GET', url: '/api/packets/:id/drafts/customerUpdate/history', allowed: ALL },
    {
      method: 'POST',
      url: '/api/packets/:id/override',
      body: { field: 'severity' },
      allowed: ['lead', 'admin'],
    },
    // The policy (TEST_APPROVERS) lets only leads approve severity; admins always may.
    {
      method: 'POST',
      url: '/api/packets/:id/gates/G-severity',
      body: { decision: 'rejected' },
      allowed: ['lead', 'admin'],
    },
    {
      method: 'POST',
      url: '/api/packets/:id/mark-sent',
      allowed: ['support', 'success', 'account_owner', 'lead', 'admin'],
    },
    { method: 'GET', url: '/api/packets/:id/audit', allowed: ALL },
    { method: 'GET', url: '/api/packets/:id/audit/export', allowed: ['lead', 'admin'] },
    { method: 'GET', url: '/api/follow-ups', allowed: ALL },
    { method: 'GET', url: '/api/audit', allowed: ['lead', 'admin'] },
    { method: 'GET', url: '/api/users', allowed: ['admin'] },
    { method: 'POST', url: '/api/users', body: { email: 'x' }, allowed: ['admin'] },
    { method: 'POST', url: '/api/tokens', body: { name: '' }, allowed: ALL },
    { method: 'GET', url: '/api/me', allowed: ALL },
    { method: 'GET', url: '/api/session', allowed: ALL },
    { method: 'GET', url: '/api/packets/:id/diff?from=1&to=1', allowed: ALL },
    // sha256 of the uploaded "hello"
    {
      method: 'GET',
      url: '/api/packets/:id/inputs/2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      allowed: ALL,
    },
    { method: 'GET', url: '/api/packets/:id/sources/S1/image', allowed: ALL },
  ];

describe('role × endpoint authorization', () => {
  let svc: ReviewApp;
  let packetId: string;

  beforeAll(async () => {
    svc = await startReviewApp('sqlite');
    const { cookie, csrf } = await svc.login('support');
    const body = multipart([{ name: 'files', value: 'hello', filename: 'notes.md' }]);
    const created = await svc.app.inject({
      method: 'POST',
      url: '/api/packets',
      payload: body.payload,
      headers: { ...body.headers, cookie, 'x-csrf-token': csrf },
    });
    packetId = created.json().id;
    await svc.queue.idle();
  });
  afterAll(async () => svc.close());

  const cases = MATRIX.flatMap((entry) => ROLES.map((role) => [entry, role] as const));

  it.each(cases)('%o as %s', async (entry, role) => {
    const { cookie, csrf } = await svc.login(role);
    const response = await svc.app.inject({
      method: entry.method,
      url: entry.url.replace(':id', packetId),
      ...(entry.body === undefined ? {} : { payload: entry.body as object }),
      headers: { cookie, 'x-csrf-token': csrf },
    });
    if (entry.allowed.includes(role)) {
      expect([401, 403], `${response.statusCode} ${response.body}`).not.toContain(response.statusCode);
      expect(response.statusCode).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
    }
  });

  it.each(MATRIX)('refuses %o without signing in', async (entry) => {
    const response = await svc.app.inject({
      method: entry.method,
      url: entry.url.replace(':id', packetId),
      ...(entry.body === undefined ? {} : { payload: entry.body as object }),
    });
    expect(response.statusCode).toBe(401);
  });
});
