import { describe, expect, it } from 'vitest';
import { unsafeCasePath } from './check-case-path.js';

describe('unsafeCasePath', () => {
  it.each(['ticket.json', 'slack/general/2026-03-10.json', 'pasted.txt', 'notes..md', 'C/x.txt'])(
    'accepts %s',
    (name) => {
      expect(unsafeCasePath(name)).toBeNull();
    },
  );

  it.each([
    ['', /empty/],
    ['../escape.txt', /"\.\."/],
    ['logs/../../escape.txt', /"\.\."/],
    ['./here.txt', /"\."/],
    ['a//b.txt', /empty/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/x.txt', /drive letter/],
    ['logs\\..\\x.txt', /backslash/],
    ['bad\u0000name', /control/],
    [`${'a/'.repeat(20)}x`, /deep/],
    ['x'.repeat(1001), /over 1000/],
  ] satisfies [string, RegExp][])('refuses %j', (name, reason) => {
    expect(unsafeCasePath(name)).toMatch(reason);
  });
});
