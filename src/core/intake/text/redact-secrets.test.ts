import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it.each([
    ['our signing secret is whsec_9fKq2LmT7xVb4RnZ, please check', 'whsec_…[redacted]', 'LmT7xVb4'],
    ['the live one: whsec_live_Zp8Qw3Er5Ty7Ui', 'whsec_live_…[redacted]', 'Zp8Qw3'],
    ['STRIPE_KEY=sk_live_51Hx2kQeZvKYlo2C0a1b2c3', 'sk_live_…[redacted]', '51Hx2kQ'],
    ['bot token xoxb-2384-99871-AbCdEfGhIjKl was in the env', 'xoxb-…[redacted]', 'AbCdEf'],
    ['cloned with ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', 'ghp_…[redacted]', 'a1B2c3'],
    ['aws id AKIAIOSFODNN7EXAMPLE in the script', 'AKIA…[redacted]', 'IOSFODNN7'],
    ['curl -H "Authorization: Bearer 7f3a9c0e-21b4-4d8e.aa91" …', 'Bearer …[redacted]', '7f3a9c0e'],
    ['login with password=Hunter2Rocks! fails', 'password=…[redacted]', 'Hunter2'],
    ['Password: Winter#2027 (the admin one)', 'Password: …[redacted]', 'Winter#2027'],
    ['config: {"client_secret": "cs_9f8e7d6c5b4a"}', '"client_secret": "…[redacted]', '9f8e7d'],
    ['db at postgres://app:s3cr3tPw@db.internal:5432/x', 'postgres://app:…[redacted]@db', 's3cr3tPw'],
    [
      'id token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r',
      'eyJ…[redacted]',
      'dBjftJeZ',
    ],
  ])('redacts %s', (input, kept, gone) => {
    const out = redactSecrets(input);
    expect(out.text).toContain(kept);
    expect(out.text).not.toContain(gone);
    expect(out.count).toBe(1);
  });

  it('redacts a whole private key block', () => {
    const text =
      'key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow1AbC\nq9ZzY\n-----END RSA PRIVATE KEY-----\nthanks';
    const out = redactSecrets(text);
    expect(out.text).toBe('key:\n-----BEGIN RSA PRIVATE KEY-----…[redacted]\nthanks');
    expect(out.count).toBe(1);
  });

  it.each([
    'I reset my password: nothing changed',
    'the token: expired again this morning',
    'We use Basic authentication on that endpoint',
    'Bearer tokens expire after an hour',
    'password=[redacted] in the HAR already',
    'the webhook signature header t=1700000000,v1=5257a869e7 did not verify',
    'pk_live_51Hx2kQ is the publishable key, fine to share',
    'the sync token expired, so a complete resync is needed',
  ])('leaves %s alone', (input) => {
    expect(redactSecrets(input)).toEqual({ text: input, count: 0 });
  });
});

describe('redactSecrets in prose', () => {
  it.each([
    'verified it with the active secret: valid.',
    'the new secret: rotated, deployed and restarted',
    'her password: forgotten!',
  ])('keeps %s', (input) => {
    expect(redactSecrets(input).count).toBe(0);
  });
});
