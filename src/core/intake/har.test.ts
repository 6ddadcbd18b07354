import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { harParsers } from './har.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const [parser] = harParsers;

function unitOf(file: string): IntakeUnit {
  const name = path.basename(file);
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}

async function parse(file: string): Promise<ParseResult> {
  if (!parser) throw new Error('har parser missing');
  return parser.parse(unitOf(file), {});
}

const at = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);
const SECRETS = /PHNhbWxw|eyJhbGci|rt_9f8e7d6c5b4a|YWNtZS13ZWI6c2VjcmV0|acme_session=/;

describe('har detection', () => {
  it.each([
    ['login.har', true],
    ['har-pagexray/frontendredirect.firefox.har', true],
    ['har-pagexray/run.sitespeed.io.chrome-devtools.har', true],
    ['statuspage-incidents.json', false],
    ['teams-chat-messages-graph.json', false],
  ] satisfies [string, boolean][])('%s → %s', (file, expected) => {
    expect((parser?.detect(unitOf(path.join(SAMPLES, file))) ?? 0) > 0).toBe(expected);
  });
});

describe('har login capture', () => {
  it('cites the 500, the network failure and the redirect loop, with a summary first', async () => {
    const r = await parse(path.join(SAMPLES, 'login.har'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(r.items.map((i) => i.locator)).toEqual(['summary', 'e0', 'e2', 'e3']);
    expect(at(r, 'summary')?.text).toContain('4 requests, 2 failed');
    expect(r.items.every((i) => i.visibility === 'internal')).toBe(true);
  });

  it('quotes method, URL, status, request id and the start of the error body', async () => {
    const r = await parse(path.join(SAMPLES, 'login.har'));
    const error = at(r, 'e2');
    expect(error?.meta?.status).toBe(500);
    expect(error?.at).toBe('2026-11-19T08:31:05.002Z');
    expect(error?.text).toContain('GET https://app.acme.example/api/v2/me → 500 Internal Server Error');
    expect(error?.text).toContain('x-request-id: req_c41e0b9a');
    expect(error?.text).toContain('Body: {"error":"session_missing"');
    expect(at(r, 'e3')?.text).toContain('no response (net::ERR_CONNECTION_RESET)');
    expect(at(r, 'e0')?.text).toMatch(
      /Redirect loop: https:\/\/app\.acme\.example\/saml\/acs → .*\/login.* → https:\/\/brightlane\.okta\.com/,
    );
  });

  it('never repeats a secret from headers, cookies or post bodies', async () => {
    const r = await parse(path.join(SAMPLES, 'login.har'));
    for (const item of r.items) expect(item.text).not.toMatch(SECRETS);
  });
});

describe('har real exports', () => {
  it('reports the three Firefox 404s with UTC times from +01:00 offsets', async () => {
    const r = await parse(path.join(SAMPLES, 'har-pagexray/frontendredirect.firefox.har'));
    expect(r.items.map((i) => i.locator)).toEqual(['summary', 'e2', 'e6', 'e10']);
    expect(r.items.slice(1).every((i) => i.meta?.status === 404 && i.at?.endsWith('Z'))).toBe(true);
    expect(at(r, 'summary')?.text).toContain('12 requests, 3 failed');
  });

  it('gives only the summary for a clean capture', async () => {
    const r = await parse(path.join(SAMPLES, 'har-pagexray/run.sitespeed.io.chrome-devtools.har'));
    expect(r.status).toBe('parsed');
    expect(r.items.map((i) => i.locator)).toEqual(['summary']);
    expect(at(r, 'summary')?.text).toContain('10 requests, 0 failed');
  });
});

describe('har messy capture', () => {
  it('strips query, fragment, userinfo and body secrets', async () => {
    const r = await parse(path.join(FIXTURES, 'portal-messy.har'));
    const text = r.items.map((i) => i.text).join('\n');
    expect(text).not.toMatch(
      /hunter2|AUTHCODE123|at_LIVE_999|frag_tok_1|rt_leak_1|s3cr3t-cookie|eyJhbGci|sk_live|abc%3D/,
    );
    expect(at(r, 'e2')?.text).toContain('access_token=[redacted]&limit=50');
    expect(at(r, 'e2')?.text).toContain('page=2');
  });

  it('decodes a base64 error body and flattens an HTML one to 300 characters', async () => {
    const r = await parse(path.join(FIXTURES, 'portal-messy.har'));
    expect(at(r, 'e2')?.text).toContain('"detail": "Token expired at 07:59Z"');
    expect(at(r, 'e2')?.text).toContain('x-correlation-id: corr-7f3a, cf-ray: 8a1b2c3d4e5f-FRA');
    const gateway = at(r, 'e5')?.text ?? '';
    expect(gateway).toContain('x-amzn-requestid: 0f1e2d3c');
    const body = gateway.split('Body: ')[1] ?? '';
    expect(body).toMatch(/^502 Bad Gateway upstream timed out/i);
    expect(body.length).toBeLessThanOrEqual(301);
    expect(body).not.toContain('apiKey');
  });

  it('finds a redirect loop back to its start, slow successes, and real network failures only', async () => {
    const r = await parse(path.join(FIXTURES, 'portal-messy.har'));
    expect(r.items.map((i) => i.locator)).toEqual(['summary', 'e0', 'e2', 'e3', 'e5', 'e7']);
    expect(at(r, 'e0')?.text).toContain('Redirect loop:');
    expect(at(r, 'e3')).toMatchObject({ at: '2026-06-01T08:00:02.000Z', meta: { status: 200 } });
    expect(at(r, 'e3')?.text).toContain('in 4206 ms');
    expect(at(r, 'e7')?.text).toContain('no response (net::ERR_NAME_NOT_RESOLVED)');
    expect(at(r, 'summary')?.text).toContain('8 requests, 3 failed');
  });

  it('fails with a named warning on a log without entries', async () => {
    const bytes = new TextEncoder().encode('{"log":{"version":"1.2"}}');
    const r = await parser?.parse({ name: 'x.har', files: [{ name: 'x.har', bytes }] }, {});
    expect(r?.status).toBe('failed');
    expect(r?.warnings[0]).toMatch(/^x\.har: /);
  });
});

describe('har in the evaluation handoffs', () => {
  it('parses the intermittent-500 capture without warnings and cites each 500', async () => {
    const r = await parse(path.join(CASES, '05-intermittent-api-500-har/handoff/atlas-quotes-bulk.har'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    const failures = r.items.filter((i) => (i.meta?.status ?? 0) >= 500);
    expect(failures.length).toBeGreaterThan(0);
    for (const item of failures) {
      expect(item.locator).toMatch(/^e\d+$/);
      // the capture leaves statusText empty: the standard phrase is supplied
      expect(item.text).toContain('→ 500 Internal Server Error in');
      expect(item.text).toMatch(/x-request-id: \S+/);
    }
  });
});
