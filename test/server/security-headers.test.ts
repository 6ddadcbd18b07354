import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/adapters/config/config-schema.js';
import { type ReviewApp, startReviewApp } from '../helpers/review-app.js';

/** This machine's first non-loopback IPv4 address: how a colleague reaches `--host 0.0.0.0`. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    const found = list?.find((a) => a.family === 'IPv4' && !a.internal);
    if (found) return found.address;
  }
  throw new Error('this machine has no non-loopback IPv4 address to test plain HTTP from another host');
}

describe('security headers', () => {
  const started: ReviewApp[] = [];
  let webRoot: string;

  beforeAll(() => {
    webRoot = mkdtempSync(join(tmpdir(), 'spine-web-root-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><script type="module" src="/app.js"></script>',
    );
    writeFileSync(join(webRoot, 'app.js'), 'document.body.textContent = "ok";');
  });
  afterAll(async () => {
    for (const svc of started) await svc.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  async function start(options: Parameters<typeof startReviewApp>[1] = {}) {
    const svc = await startReviewApp('sqlite', options);
    started.push(svc);
    return svc;
  }

  it('over plain HTTP: no HSTS and no upgrade-insecure-requests, so the page loads from any host', async () => {
    const svc = await start({ app: { webRoot } });
    const address = await svc.app.listen({ host: '0.0.0.0', port: 0 });
    const port = new URL(address).port;
    for (const path of ['/', '/app.js', '/healthz']) {
      const response = await fetch(`http://${lanAddress()}:${port}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.get('strict-transport-security')).toBeNull();
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/upgrade-insecure-requests/);
    }
  });

  it('over HTTPS (configured): HSTS and upgrade-insecure-requests', async () => {
    const svc = await start({ app: { https: true } });
    const response = await svc.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(response.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
  });

  it('rate-limits each address at 60,000 requests a minute by default, with a coded error', async () => {
    const svc = await start({});
    const response = await svc.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-ratelimit-limit']).toBe('60000');
    const tight = await start({ app: { rateLimitPerMinute: 2 } });
    for (let i = 0; i < 2; i++) await tight.app.inject({ method: 'GET', url: '/healthz' });
    const over = await tight.app.inject({ method: 'GET', url: '/healthz' });
    expect([over.statusCode, over.json().error.code]).toEqual([429, 'SPINE_ERR_RATE_LIMITED']);
  });

  it('reads SPINE_HTTPS and keeps the higher default rate limit', () => {
    expect(loadConfig({}).https).toBeUndefined();
    expect(loadConfig({ SPINE_HTTPS: 'true' }).https).toBe(true);
    expect(loadConfig({}).rateLimitPerMinute).toBe(60_000);
  });
});
