import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { PASSWORD, type ReviewApp, startReviewApp } from '../helpers/review-app.js';

const OFFICE = '203.0.113.7';
const ELSEWHERE = '198.51.100.20';

function login(svc: ReviewApp, email: string, password: string, remoteAddress = OFFICE) {
  return svc.app.inject({ method: 'POST', url: '/api/login', payload: { email, password }, remoteAddress });
}

describe.each(DIALECTS)('signing in on %s', (dialect) => {
  const started: ReviewApp[] = [];
  async function start(options: Parameters<typeof startReviewApp>[1] = {}) {
    const svc = await startReviewApp(dialect, options);
    started.push(svc);
    return svc;
  }
  afterAll(async () => {
    for (const svc of started.reverse()) await svc.close();
  });

  it('takes as long for an unknown e-mail as for a wrong password', async () => {
    const svc = await start();
    // One of each first, so a lazily made dummy hash or a cold cache is not what is measured.
    await login(svc, 'nobody@spine.test', 'a wrong password');
    await login(svc, 'lead@spine.test', 'a wrong password');
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 6; i++) {
      for (const [email, into] of [
        ['nobody@spine.test', unknown],
        ['lead@spine.test', wrong],
      ] as const) {
        const t0 = performance.now();
        const response = await login(svc, email, `wrong password ${i}`);
        into.push(performance.now() - t0);
        expect(response.statusCode).toBe(401);
        expect(response.json().error.detail).toBe('wrong e-mail or password');
      }
    }
    // the fastest of each: on a loaded machine a slow sample says how busy it was, not how much work was done
    const ratio = Math.min(...unknown) / Math.min(...wrong);
    expect(
      ratio,
      `unknown ${Math.min(...unknown)} ms, wrong password ${Math.min(...wrong)} ms`,
    ).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });

  it('refuses an account after its failed sign-ins, but not the other people at the same address', async () => {
    const svc = await start({ app: { signInLimits: { perAccount: 3, perAddress: 1000, windowMs: 60_000 } } });
    for (let i = 0; i < 3; i++)
      expect((await login(svc, 'support@spine.test', 'guess')).statusCode).toBe(401);
    const locked = await login(svc, 'support@spine.test', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('SPINE_ERR_RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // A colleague behind the same NAT signs in as usual.
    expect((await login(svc, 'lead@spine.test', PASSWORD)).statusCode).toBe(200);
  });

  it('refuses an address after many failed sign-ins across accounts, and no other address', async () => {
    const svc = await start({ app: { signInLimits: { perAccount: 100, perAddress: 4, windowMs: 60_000 } } });
    for (let i = 0; i < 4; i++) {
      expect((await login(svc, `guess${i}@spine.test`, 'guess')).statusCode).toBe(401);
    }
    expect((await login(svc, 'lead@spine.test', PASSWORD)).statusCode).toBe(429);
    expect((await login(svc, 'lead@spine.test', PASSWORD, ELSEWHERE)).statusCode).toBe(200);
  });

  it('a successful sign-in forgets the account’s earlier failures', async () => {
    const svc = await start({ app: { signInLimits: { perAccount: 3, perAddress: 1000, windowMs: 60_000 } } });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) await login(svc, 'success@spine.test', 'guess');
      expect((await login(svc, 'success@spine.test', PASSWORD)).statusCode).toBe(200);
    }
  });

  it('shares the count between instances on one database', async () => {
    const limits = { perAccount: 3, perAddress: 1000, windowMs: 60_000 };
    const first = await start({ app: { signInLimits: limits } });
    const second = await start({ app: { signInLimits: limits }, shareWith: first });
    for (let i = 0; i < 3; i++) await login(first, 'account_owner@spine.test', 'guess');
    const elsewhere = await login(second, 'account_owner@spine.test', PASSWORD);
    expect(elsewhere.statusCode).toBe(429);
  });
});
