import { describe, expect, it } from 'vitest';
import { freeText, logLineFailure, readFields } from './log-line-failure.js';

const free = (message: string) => freeText(message, readFields(message));

describe('logLineFailure', () => {
  it.each([
    // the status and the JSON body's error, not the ids, attempt and timing around them
    [
      'push hook=h_81Kq attempt=3 status=403 resp="{\\"error\\":\\"token revoked\\"}" took_ms=41',
      '403 token revoked',
    ],
    // a nested error object's message
    [
      'call op=refund status=502 body="{\\"error\\":{\\"message\\":\\"acquirer offline\\"}}"',
      '502 acquirer offline',
    ],
    // a person-readable message before the error's code
    [
      'sync run=r9 status=409 error=stale_cursor msg="cursor moved on, pull again"',
      '409 cursor moved on, pull again',
    ],
    // no status: the error field alone
    ['mailer job=j1 to=x@y.z err="relay refused the sender" tries=2', 'relay refused the sender'],
    // a 2xx or 3xx status is no failure to report
    ['fetch id=a1 status=200 error="partial page"', 'partial page'],
  ])('reads %j as %j', (line, failure) => {
    expect(logLineFailure(line)).toBe(failure);
  });

  it('is null when the line has neither a message nor an error field', () => {
    expect(logLineFailure('export job=exp_1 rows=0 tenant=t_9 took_ms=12')).toBeNull();
  });
});

describe('freeText', () => {
  it('drops the fields of a key=value line and the brackets they leave empty', () => {
    expect(free('relay host=mx2 queue=q7 moved to hold (owner=ops id=9)')).toBe('relay moved to hold');
  });

  it('drops empty fields and the separators the fields leave behind', () => {
    expect(free('session closed; user= uid=0 tty=pts1')).toBe('session closed');
    expect(free('touch: at=1, kind=2, flags=3, late')).toBe('touch:, late');
  });

  it("drops nginx's trailing context", () => {
    expect(
      free(
        'connect() failed (111: Connection refused), client: 10.1.2.3, server: api.example.org, request: "GET / HTTP/1.1"',
      ),
    ).toBe('connect() failed (111: Connection refused)');
  });

  it('keeps a setting the words are about and a lone field inside them', () => {
    expect(free('boot: CACHE_ROOT=/srv/c is read-only, mode=ro')).toBe(
      'boot: CACHE_ROOT=/srv/c is read-only',
    );
    expect(free('verify unit=K-7 key id unknown')).toBe('verify unit=K-7 key id unknown');
  });
});
