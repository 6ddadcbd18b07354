import { describe, expect, it } from 'vitest';
import { harItems } from './har-items.js';

function entry(
  url: string,
  status: number,
  extra: Record<string, unknown> = {},
  response: Record<string, unknown> = {},
) {
  return {
    startedDateTime: '2026-06-01T08:00:00.000Z',
    time: 20,
    request: { method: 'GET', url, headers: [] },
    response: { status, statusText: '', headers: [], content: {}, redirectURL: '', ...response },
    ...extra,
  };
}

const redirect = (from: string, to: string, method = 'GET', headers: unknown[] = []) => ({
  ...entry(from, 302, {}, { redirectURL: to }),
  request: { method, url: from, headers },
});

const summary = (log: Record<string, unknown>) =>
  harItems(log).items.find((i) => i.locator === 'summary')?.text;

describe('HAR failures', () => {
  it('counts status 0 with a recorded reason as a network failure, wherever the tool put it', () => {
    const log = {
      entries: [
        entry('https://a.example/1', 0, {}, { _error: 'net::ERR_ABORTED' }),
        entry('https://a.example/2', 0, { _error: 'net::ERR_CONNECTION_RESET' }),
        entry('https://a.example/3', 0, {}, { statusText: 'Aborted' }),
        entry('https://a.example/4', 0),
      ],
    };
    expect(summary(log)).toContain('4 requests, 3 failed (0 HTTP errors, 3 network failures');
    expect(summary(log)).toContain('1 without a recorded response or error');
    const texts = harItems(log)
      .items.map((i) => i.text)
      .join('\n');
    expect(texts).toContain('→ no response (Aborted)');
    expect(texts).not.toContain('https://a.example/4');
  });
});

describe('HAR redirect loops', () => {
  it('is no loop when a hop keeps the path and changes the query', () => {
    const log = {
      entries: [
        redirect('https://m.example/b/ss?AQB=1&ndh=1', 'https://m.example/b/ss?AQB=1&pccr=true'),
        entry('https://m.example/b/ss?AQB=1&pccr=true', 200),
      ],
    };
    expect(summary(log)).toContain('0 redirect loops');
  });

  it('is a loop when a URL comes back in the chain (credentials and fragment aside)', () => {
    const log = {
      entries: [
        redirect('https://jane:pw@p.example/sso/start?t=1#x', 'https://p.example/sso/callback?code=1'),
        redirect('https://p.example/sso/callback?code=1', 'https://p.example/sso/start?t=1'),
      ],
    };
    expect(summary(log)).toContain('1 redirect loop');
  });

  it('is no loop when a login started from the app comes back to the app (normal OAuth)', () => {
    const log = {
      entries: [
        redirect('https://idp.example/authorize?client=app', 'https://app.example/callback?code=1', 'GET', [
          { name: 'Referer', value: 'https://app.example/login' },
        ]),
        entry('https://app.example/callback?code=1', 200),
      ],
    };
    expect(summary(log)).toContain('0 redirect loops');
  });

  it('is a loop when the app bounces the identity provider’s POST straight back to it', () => {
    const log = {
      entries: [
        redirect('https://app.example/saml/acs', 'https://app.example/login', 'POST', [
          { name: 'Origin', value: 'https://idp.example' },
        ]),
        redirect('https://app.example/login', 'https://idp.example/sso/saml'),
      ],
    };
    expect(summary(log)).toContain('1 redirect loop');
  });
});
