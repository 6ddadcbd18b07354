import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from './har-redact.js';

describe('redactUrl', () => {
  it.each([
    ['https://a.example/cb?code=XYZ&state=1', 'https://a.example/cb?code=[redacted]&state=1'],
    ['https://a.example/p?page=2&api_key=K1', 'https://a.example/p?page=2&api_key=[redacted]'],
    ['https://u:pw@a.example/x?password=p&user=bob', 'https://a.example/x?password=[redacted]&user=bob'],
    [
      'https://a.example/#access_token=T&expires_in=3600',
      'https://a.example/#access_token=[redacted]&expires_in=3600',
    ],
    ['/relative?refresh_token=R&x=1', '/relative?refresh_token=[redacted]&x=1'],
    ['https://a.example/sso?SAMLResponse=PHN%3D', 'https://a.example/sso?SAMLResponse=[redacted]'],
  ] satisfies [string, string][])('%s → %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it('leaves a URL without secrets byte for byte', () => {
    const url = 'https://api.example/v2/quotes/bulk?limit=50&cursor=abc';
    expect(redactUrl(url)).toBe(url);
  });
});

describe('redactText', () => {
  it('redacts token-like JSON fields and bearer credentials but keeps error codes', () => {
    const body =
      '{"code":"internal_error","access_token":"at_1","password":"p","note":"Bearer abcdefghijkl"}';
    expect(redactText(body)).toBe(
      '{"code":"internal_error","access_token":"[redacted]","password":"[redacted]","note":"Bearer [redacted]"}',
    );
  });

  it('redacts form fields', () => {
    expect(redactText('grant_type=refresh_token&refresh_token=rt_9')).toBe(
      'grant_type=refresh_token&refresh_token=[redacted]',
    );
  });
});
