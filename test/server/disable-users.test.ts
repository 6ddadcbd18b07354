import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { PASSWORD, type ReviewApp, startReviewApp } from '../helpers/review-app.js';

describe.each(DIALECTS)('disabling users on %s', (dialect) => {
  let svc: ReviewApp;

  beforeAll(async () => {
    svc = await startReviewApp(dialect);
  });
  afterAll(async () => svc.close());

  async function session(role: Parameters<ReviewApp['login']>[0]) {
    const { cookie, csrf } = await svc.login(role);
    return { cookie, 'x-csrf-token': csrf };
  }

  async function idOf(email: string): Promise<string> {
    const users = await svc.app.inject({ method: 'GET', url: '/api/users', headers: await session('admin') });
    const user = (users.json().users as Array<{ id: string; email: string }>).find((u) => u.email === email);
    if (!user) throw new Error(`no user ${email}`);
    return user.id;
  }

  it('ends the sessions and revokes the tokens of a disabled user, and enabling lets them sign in again', async () => {
    const support = await session('support');
    const token = (
      await svc.app.inject({
        method: 'POST',
        url: '/api/tokens',
        payload: { name: 'sync' },
        headers: support,
      })
    ).json().token as string;
    const id = await idOf('support@spine.test');
    const admin = await session('admin');
    const disabled = await svc.app.inject({
      method: 'POST',
      url: `/api/users/${id}/disable`,
      headers: admin,
    });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().user.disabledAt).not.toBeNull();
    expect((await svc.app.inject({ method: 'GET', url: '/api/me', headers: support })).statusCode).toBe(401);
    const byToken = await svc.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(byToken.statusCode).toBe(401);
    const login = () =>
      svc.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: 'support@spine.test', password: PASSWORD },
      });
    const refused = await login();
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'SPINE_ERR_ACCOUNT_DISABLED']);
    const listed = await svc.app.inject({ method: 'GET', url: '/api/users', headers: admin });
    expect(listed.json().users.find((u: { id: string }) => u.id === id).disabledAt).not.toBeNull();

    const enabled = await svc.app.inject({ method: 'POST', url: `/api/users/${id}/enable`, headers: admin });
    expect(enabled.json().user.disabledAt).toBeNull();
    expect((await login()).statusCode).toBe(200);
    // A revoked token stays revoked.
    const stillRevoked = await svc.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stillRevoked.statusCode).toBe(401);
  });

  it('does not let an admin disable their own account', async () => {
    const id = await idOf('admin@spine.test');
    const response = await svc.app.inject({
      method: 'POST',
      url: `/api/users/${id}/disable`,
      headers: await session('admin'),
    });
    expect(response.statusCode).toBe(409);
  });

  it('audits disabling and enabling', async () => {
    const audit = await svc.app.inject({ method: 'GET', url: '/api/audit', headers: await session('admin') });
    const names = audit.json().events.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['user.disabled', 'user.enabled', 'token.created']));
  });
});
