import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { type ReviewApp, startReviewApp, uploadAndPrepare } from '../helpers/review-app.js';

const START = Date.parse('2026-11-19T16:00:00.000Z');

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  let svc: ReviewApp;
  let packetId: string;
  let clock = START;

  beforeAll(async () => {
    svc = await startReviewApp(dialect, { app: { now: () => new Date(clock) } });
    packetId = await uploadAndPrepare(svc, [{ name: 'files', value: 'hello', filename: 'notes.md' }]);
  });
  afterAll(async () => svc.close());

  async function session(role: Parameters<ReviewApp['login']>[0]) {
    const { cookie, csrf } = await svc.login(role);
    return { cookie, 'x-csrf-token': csrf };
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function mint(headers: Record<string, string>, body: Record<string, unknown>) {
    return svc.app.inject({ method: 'POST', url: '/api/tokens', payload: body, headers });
  }

  it('lets a read token read and nothing else', async () => {
    const minted = await mint(await session('lead'), { name: 'dashboard', scopes: ['read'] });
    expect(minted.statusCode, minted.body).toBe(200);
    expect(minted.json()).toMatchObject({ name: 'dashboard', scopes: ['read'] });
    const token = minted.json().token as string;
    const read = await svc.app.inject({
      method: 'GET',
      url: `/api/packets/${packetId}`,
      headers: bearer(token),
    });
    expect(read.statusCode).toBe(200);
    const change = await svc.app.inject({
      method: 'POST',
      url: `/api/packets/${packetId}/transition`,
      payload: { to: 'in_review' },
      headers: bearer(token),
    });
    expect([change.statusCode, change.json().error.code]).toEqual([403, 'SPINE_ERR_TOKEN_SCOPE']);
  });

  it('expires after 90 days by default and when its own expiry passes', async () => {
    const minted = (await mint(await session('support'), { name: 'default life' })).json();
    expect(minted.scopes).toEqual(['read', 'review']);
    expect(minted.expiresAt).toBe(new Date(START + 90 * 86_400_000).toISOString());
    const short = (await mint(await session('support'), { name: 'short', expiresIn: 'PT1H' })).json();
    const me = () => svc.app.inject({ method: 'GET', url: '/api/me', headers: bearer(short.token) });
    expect((await me()).statusCode).toBe(200);
    clock = START + 61 * 60_000;
    try {
      expect((await me()).statusCode).toBe(401);
    } finally {
      clock = START;
    }
    const tooLong = await mint(await session('support'), { name: 'forever', expiresIn: 'P5000D' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.detail).toMatch(/^expiresIn: /);
  });

  it('does not let a token mint tokens unless it has the tokens scope, and never wider than itself', async () => {
    const plain = (await mint(await session('lead'), { name: 'ci' })).json().token as string;
    const refused = await mint(bearer(plain), { name: 'child' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'SPINE_ERR_TOKEN_SCOPE']);
    const minter = (await mint(await session('lead'), { name: 'minter', scopes: ['read', 'tokens'] })).json()
      .token as string;
    const narrow = await mint(bearer(minter), { name: 'child', scopes: ['read'] });
    expect(narrow.statusCode).toBe(200);
    const wider = await mint(bearer(minter), { name: 'child', scopes: ['read', 'review'] });
    expect([wider.statusCode, wider.json().error.code]).toEqual([403, 'SPINE_ERR_TOKEN_SCOPE']);
  });

  it('gives the admin scope only to admins', async () => {
    const bySupport = await mint(await session('support'), { name: 'x', scopes: ['admin'] });
    expect(bySupport.statusCode).toBe(403);
    const admin = (await mint(await session('admin'), { name: 'provisioning', scopes: ['admin'] })).json();
    const users = await svc.app.inject({ method: 'GET', url: '/api/users', headers: bearer(admin.token) });
    expect(users.statusCode).toBe(200);
    const reviewToken = (await mint(await session('admin'), { name: 'review only' })).json();
    const noAdmin = await svc.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: bearer(reviewToken.token),
    });
    expect([noAdmin.statusCode, noAdmin.json().error.code]).toEqual([403, 'SPINE_ERR_TOKEN_SCOPE']);
  });

  it('lists your own tokens without their secrets and revokes them', async () => {
    const headers = await session('success');
    const minted = (await mint(headers, { name: 'helpdesk sync' })).json();
    const list = await svc.app.inject({ method: 'GET', url: '/api/tokens', headers });
    expect(list.statusCode).toBe(200);
    const mine = list.json().tokens as Array<Record<string, unknown>>;
    expect(mine.map((t) => t.name)).toEqual(['helpdesk sync']);
    expect(list.body).not.toContain(minted.token);
    expect(Object.keys(mine[0] ?? {})).not.toContain('token');
    const revoked = await svc.app.inject({ method: 'DELETE', url: `/api/tokens/${minted.id}`, headers });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().token.revokedAt).not.toBeNull();
    const after = await svc.app.inject({ method: 'GET', url: '/api/me', headers: bearer(minted.token) });
    expect(after.statusCode).toBe(401);
  });

  it("hides another person's token from a non-admin and lets an admin revoke it", async () => {
    const minted = (await mint(await session('account_owner'), { name: 'owner sync' })).json();
    const other = await svc.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${minted.id}`,
      headers: await session('engineering_triage'),
    });
    expect(other.statusCode).toBe(404);
    const all = await svc.app.inject({
      method: 'GET',
      url: '/api/tokens?all=true',
      headers: await session('admin'),
    });
    expect(all.json().tokens.some((t: { id: string }) => t.id === minted.id)).toBe(true);
    const notAll = await svc.app.inject({
      method: 'GET',
      url: '/api/tokens?all=true',
      headers: await session('support'),
    });
    expect(notAll.statusCode).toBe(403);
    const byAdmin = await svc.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${minted.id}`,
      headers: await session('admin'),
    });
    expect(byAdmin.statusCode).toBe(200);
  });
});
