import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';
import { type ReviewApp, startReviewApp } from '../helpers/review-app.js';

describe('every error a client can see carries a catalog code', () => {
  let svc: ReviewApp;
  beforeAll(async () => {
    svc = await startReviewApp('sqlite');
  });
  afterAll(async () => {
    await svc.close();
  });

  it.each([
    ['malformed JSON', 'application/json', '{"title": '],
    ['an unsupported media type', 'application/x-unknown', 'x'],
  ])('answers %s with its status and a code from the catalog', async (_what, type, payload) => {
    const { cookie, csrf } = await svc.login('lead');
    const response = await svc.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { 'content-type': type, cookie, 'x-csrf-token': csrf },
      payload,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const code = response.json().error.code as string;
    expect(Object.keys(ERRORS)).toContain(code);
    expect(code).not.toMatch(/^FST_/);
  });

  it('answers an unknown route with SPINE_ERR_NOT_FOUND', async () => {
    const response = await svc.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('SPINE_ERR_NOT_FOUND');
  });
});
