import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractErrors } from './extract-errors.js';

const values = (text: string, meta?: Parameters<typeof makeExtractContext>[0][number]['meta']) =>
  extractErrors(makeExtractContext([{ text, ...(meta ? { meta } : {}) }])).map((e) => e.value);

describe('extractErrors', () => {
  it('reads a status with its reason on one line, never the end of a phone number', () => {
    expect(values('Kind regards,\nMarta Ilves\nT: 01632 960 418\nThis mailbox is monitored.')).toEqual([]);
    expect(values('Every call returns HTTP/1.1 401 Unauthorized since noon.')).toEqual([
      'HTTP/1.1 401 Unauthorized',
    ]);
    expect(values('We get 503 Service Unavailable at peak.')).toEqual(['503 Service Unavailable']);
    // a count before the status is no phone number
    expect(values('Overnight we logged 3 503 Service Unavailable replies.')).toEqual([
      '503 Service Unavailable',
    ]);
  });

  it.each([
    ['The sync fails with ERR_BRIDGE_413 on big orders.', 'ERR_BRIDGE_413'],
    ['NetSuite rejects it: INVALID_FLD_VALUE on shipmethod', 'INVALID_FLD_VALUE'],
    ['Login shows code AUTH-4712 after the redirect.', 'AUTH-4712'],
    ['{"error":{"code":"internal_error","request_id":"req_01JCE2M4Q8ZB"}}', 'internal_error'],
    ['{"error":{"code":"internal_error","request_id":"req_01JCE2M4Q8ZB"}}', 'req_01JCE2M4Q8ZB'],
    [
      'KnexTimeoutError: Knex: Timeout acquiring a connection. Check the pool size of the reporting DB.',
      'Timeout acquiring a connection',
    ],
    ['The page shows "Unknown series config version" in red.', 'Unknown series config version'],
    ['The banner reads Export limit reached, and we need every row.', 'Export limit reached'],
    ['Requests come back as 500 Internal Server Error at peak.', '500 Internal Server Error'],
    // qualified names keep their prefix
    ['Firefox shows SEC::ERR_BAD_ISSUER_CERT on the login page.', 'SEC::ERR_BAD_ISSUER_CERT'],
    ['The browser says NET::ERR_SSL_PROTOCOL_ERROR for everyone.', 'NET::ERR_SSL_PROTOCOL_ERROR'],
    [
      'java.lang.IllegalStateException: Cursor window full  thread=main pid=88',
      'java.lang.IllegalStateException: Cursor window full',
    ],
    // letter+digit codes, with an error nearby or their own message
    ['Sign-in fails with AADSTS700016 for the new tenant.', 'AADSTS700016'],
    ['They get ORA00942: Table or view does not exist', 'ORA00942'],
    // logfmt values and quoted messages after "fails with" / "error:"
    [
      'WARN sync.pull status=409 msg="Cursor is stale, restart the pull" shard=3',
      'Cursor is stale, restart the pull',
    ],
    ['level=error message="quota exhausted for project" project=p1', 'quota exhausted for project'],
    ['The import fails with "row 12 has no email address" every time.', 'row 12 has no email address'],
    ['Upload failed with “file type not allowed here” twice.', 'file type not allowed here'],
    ['Got error: "bucket policy denies write on logs/*"', 'bucket policy denies write on logs/*'],
    // one-letter code prefixes, unquoted logfmt codes, and the message after a code
    ['Every call now fails with Q_TOPIC_NOT_FOUND.', 'Q_TOPIC_NOT_FOUND'],
    ['The upload answers X_PAYLOAD_TOO_BIG: archive exceeds 2 GB', 'X_PAYLOAD_TOO_BIG'],
    ['The upload answers X_PAYLOAD_TOO_BIG: archive exceeds 2 GB', 'archive exceeds 2 GB'],
    ['POST /v1/rates 400 tenant=acme code=RATE_ZONE_UNKNOWN zone=77', 'RATE_ZONE_UNKNOWN'],
    ['token refresh 400 error=invalid_grant client=web', 'invalid_grant'],
    ['nightly audit failed check=ledger_balance_drift count=4', 'ledger_balance_drift'],
    [
      'Response body, message: postcode does not match the city (see docs)',
      'postcode does not match the city',
    ],
    // a quoted message keeps its full stop
    ['WARN pull msg="Cursor expired, a new cursor is required." shard=2', 'a new cursor is required.'],
  ])('finds the exact string in %j', (text, expected) => {
    expect(values(text).some((v) => v.includes(expected))).toBe(true);
  });

  it.each([
    'PLEASE FIX THIS ASAP, IT IS URGENT',
    'Our SOC-2 audit and UTF-8 exports are due.',
    'Shipment SHP-8841230 and invoice INV-QM-2026-11 are on the list.',
    'Somebody has to own PLT-7781 today, nobody has touched it since Monday.',
    'We bought 12 XPS13 laptops for the office.',
    'The file is SHA256 signed and RFC3339 dated.',
    'The sign-in shows method "Password" in the log.',
    'The audit row reads "Token" under method.',
  ])('keeps shouting, standards and record ids out: %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    ['Request id: x-correlation-id: 7f3a9c21e0', '7f3a9c21e0'],
    ['trace id = x-amzn-trace-id: Root-1-67a2b', 'Root-1-67a2b'],
  ])('keeps the id, not the header name, in %j', (text, id) => {
    expect(values(text)).toEqual([id]);
  });

  it('reads the message of an error log line without its key=value tail', () => {
    const line =
      '2026-11-10T09:00:00Z host reportd[12]: WARN  report.verify total mismatch run=rpt_9 delta=-2';
    expect(values(line, { unit: 'log', level: 'WARN' })).toContain('report.verify total mismatch');
  });

  it('keeps a warning only when it says what went wrong', () => {
    const line = '2026-11-12T14:40:00Z dispatcher[7]: WARN  restarting consumer p7 (attempt 1)';
    expect(values(line, { unit: 'log', level: 'WARN' })).toEqual([]);
  });

  it('prefers high-confidence OCR and adds a low-confidence code only when it is new', () => {
    const ctx = makeExtractContext([
      { text: 'Error CSV-422: header row', meta: { unit: 'ocr', confidence: 91 } },
      { text: 'Error CSV-422: header row', meta: { unit: 'ocr', confidence: 40, lowConfidence: true } },
      { text: 'code WGT-5137', meta: { unit: 'ocr', confidence: 40, lowConfidence: true } },
    ]);
    const errors = extractErrors(ctx);
    expect(errors.find((e) => e.value === 'CSV-422')?.cites).toEqual(['S1:m1']);
    expect(errors.find((e) => e.value === 'WGT-5137')?.cites).toEqual(['S1:m3']);
  });

  it('never reads the draft', () => {
    const ctx = makeExtractContext([
      { text: 'Fails with ERR_DRAFT_1', kind: 'draft', meta: { unit: 'draft' } },
    ]);
    expect(extractErrors(ctx)).toEqual([]);
  });

  it('keeps the first request id only: more ids of the same failure are not more errors', () => {
    const ctx = makeExtractContext([
      { text: 'POST /v3/parcels answered with an error, 502 Bad Gateway, request id req_Qx81LmZt02' },
      { text: 'again the 502 Bad Gateway error, request id req_Qx81Mn4Tz9, and trace_id: trace-7acd01ee3' },
    ]);
    const got = extractErrors(ctx).map((e) => e.value);
    expect(got).toContain('502 Bad Gateway');
    expect(got).toContain('req_Qx81LmZt02');
    expect(got).not.toContain('req_Qx81Mn4Tz9');
    expect(got).not.toContain('trace-7acd01ee3');
  });

  it.each([
    // a key that is no error key names what the code is
    ['2026-03-02T10:00:00Z ERROR pay.capture terminal=KT-A17 code=CAP_DECLINED', 'KT-A17', 'CAP_DECLINED'],
    ['{"store_ref": "WX-4410", "error": "quota_exceeded"}', 'WX-4410', 'quota_exceeded'],
    // a common noun or an article before it: a machine, a model, a batch
    ['Our spare router (RT2209) shows error E_LINK_DOWN too.', 'RT2209', 'E_LINK_DOWN'],
    ['We could ship a replacement KX-90 if the old unit fails again with PWR-118.', 'KX-90', 'PWR-118'],
    // itself a key
    ['WARN boot: CACHE_DIR=/tmp/x is not writable, code=DIR_NOT_WRITABLE', 'CACHE_DIR', 'DIR_NOT_WRITABLE'],
  ])('keeps the identifier out and the error in: %j', (text, id, error) => {
    const got = values(text);
    expect(got).not.toContain(id);
    expect(got.some((v) => v.includes(error))).toBe(true);
  });

  it.each([
    'The settings page says "Changes saved" but the export still runs at 6.',
    'Marta said "probably Thursday" about the patch, nothing firmer.',
    'The release notes say "faster search and a new dark theme".',
  ])('keeps shown or quoted text that reports no failure out: %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    [
      'The import failed: "Column width exceeds the template" on every file.',
      'Column width exceeds the template',
    ],
    ['The kiosk screen says "Cannot reach the payment host" since noon.', 'Cannot reach the payment host'],
  ])('keeps a shown message that says something failed: %j', (text, expected) => {
    expect(values(text)).toContain(expected);
  });

  it.each([
    // a ticket key as a title, a course as a subject, a reference in an aside, a part named by what follows
    'PAY-4410 Card form rejects valid postcodes after the redesign',
    'Checked: BIO1102 has 96 uploads, none failed.',
    'Finance is on it now (Dana, FIN-882).',
    'For example HX-220-B (pressure relief valve) shows the wrong price.',
    // a failing word that describes a noun describes that noun, not the code
    'The two broken scanners are ZT-410, both bought in 2023.',
    // a config key read by the loader is no error
    'The loader read STRIPE_SECRET from the wrong file.',
  ])("reads a code in people's words as an identifier unless it stands where an error does: %j", (text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    ['Every upload now fails with UPL-913: the file is too large.', 'UPL-913'],
    ['The terminal prints code 7 (TXN_REFUSED) and stops.', 'TXN_REFUSED'],
    ['We keep getting the KX4402 error at login.', 'KX4402'],
    ['connector said QUEUE_FULL: cannot accept more jobs', 'QUEUE_FULL'],
  ])('keeps a code that stands where an error does: %j', (text, code) => {
    expect(values(text)).toContain(code);
  });

  it.each([
    [
      '11-02 10:01:02.100  812  830 W UploadWorker: retry skipped: token not found',
      'retry skipped: token not found',
    ],
    ['11-02 10:01:02.100  812  830 W SyncEngine: 412 PRECONDITION job J-77', '412 PRECONDITION job J-77'],
    [
      '2026-11-02T10:01:02Z billing-2 rates[88]: WARN  tax_rate_exceeds_cap run=r_1 sku=A-1',
      'tax_rate_exceeds_cap',
    ],
    [
      '2026-11-02T10:01:02.331Z ERROR 1 --- [api] [exec-3] c.a.api.OrderController : POST /v1/orders failed merchant=m_1',
      'POST /v1/orders failed',
    ],
  ])('reads the message of a warning or error log line: %j', (line, message) => {
    expect(values(line, { unit: 'log', level: 'WARN' })).toContain(message);
  });

  it("lists a log's warnings only when the log has no error events: its errors say what went wrong", () => {
    const warn = '2026-11-02T10:01:00Z WARN  relay queue not drained, 40 jobs waiting';
    const error = '2026-11-02T10:01:05Z ERROR relay connection refused by upstream host';
    const log = (text: string, level: string) => ({
      text,
      kind: 'log' as const,
      meta: { unit: 'log' as const, level },
    });
    const alone = extractErrors(makeExtractContext([log(warn, 'WARN')])).map((e) => e.value);
    const withError = extractErrors(makeExtractContext([log(warn, 'WARN'), log(error, 'ERROR')])).map(
      (e) => e.value,
    );
    expect(alone).toContain('relay queue not drained, 40 jobs waiting');
    expect(withError).toContain('relay connection refused by upstream host');
    expect(withError).not.toContain('relay queue not drained, 40 jobs waiting');
  });

  it('lists a warning that records a failed request even in a log with error events', () => {
    const rejected =
      '2026-11-02T10:02:00Z WARN  forward job=j_7 status=403 error="tenant key disabled" took_ms=12';
    const bare = '2026-11-02T10:02:01Z WARN  api.call job=j_8 status=403 took_ms=3';
    const error = '2026-11-02T10:03:00Z ERROR forward gave up on job j_7 after 5 attempts';
    const log = (text: string, level: string) => ({
      text,
      kind: 'log' as const,
      meta: { unit: 'log' as const, level },
    });
    const values = extractErrors(
      makeExtractContext([log(rejected, 'WARN'), log(bare, 'WARN'), log(error, 'ERROR')]),
    ).map((e) => e.value);
    expect(values).toContain('403 tenant key disabled');
    // a bare event name with no message or error field says nothing of what failed
    expect(values).not.toContain('api.call');
  });

  it('keeps a request id only where the error itself carries it, not a header or a list of calls', () => {
    expect(values('x-request-id: req_Lm20Zq81Tb\nstatus: 200 OK')).toEqual([]);
    expect(values('Here are the request ids from this morning: req_Lm20Zq81Tb, req_Lm20Zr44Pc')).toEqual([]);
    expect(values('{"error":"seat_limit_reached","request_id":"req_Lm20Zq81Tb"}')).toContain(
      'req_Lm20Zq81Tb',
    );
    expect(values('09:12:03 ERROR billing.sync failed request_id=req_Lm20Zq81Tb')).toContain(
      'req_Lm20Zq81Tb',
    );
  });

  it("drops a recorded request's status line when its body names the error, keeps it when the body does not", () => {
    const request = (text: string) => ({
      text,
      kind: 'network' as const,
      meta: { unit: 'request' as const },
    });
    const named = extractErrors(
      makeExtractContext([
        request(
          'PUT https://api.example.test/v2/seats → 409 Conflict in 88 ms\nBody: {"error":"seat_limit_reached"}',
        ),
      ]),
    ).map((e) => e.value);
    expect(named).toEqual(['seat_limit_reached']);
    const bare = extractErrors(
      makeExtractContext([
        request('GET https://api.example.test/v2/seats → 502 Bad Gateway in 5012 ms\nBody: <html>'),
      ]),
    ).map((e) => e.value);
    expect(bare).toEqual(['502 Bad Gateway']);
  });

  it('reads a code in an aside of its own, or the object of an action on a thing, as no error', () => {
    // a feature request's key in brackets beside a limit, a record someone checked
    expect(
      values('There is a request for a higher export limit (PR-3310, 12 votes) but nothing planned.'),
    ).toEqual([]);
    expect(
      values('Checked SKU-BAR-22: its price history shows no edit since June, not a price change.'),
    ).toEqual([]);
    // a code alone in brackets after an error still reads with it
    expect(values('The upload failed with an error (UPL_TOO_BIG).')).toEqual(['UPL_TOO_BIG']);
  });

  it('takes no code-shaped segment of a path or key for an error', () => {
    const line = 'WARN queue.park code=batch_stale dead_letter=eu/QX7-00A1F2-0003 size=12';
    const got = values(line, { unit: 'log', level: 'WARN' });
    expect(got).not.toContain('QX7-00A1F2-0003');
    expect(got).toContain('batch_stale');
  });

  it("takes no JSON key after an error cue for the error's message", () => {
    expect(values('In that window every call returns `{"error_code": "plan_suspended"}`.')).toEqual([
      'plan_suspended',
    ]);
  });

  it('takes no word without a digit for a request id', () => {
    expect(values('Send us the request IDs (the x-request-id response header) please.')).toEqual([]);
  });

  describe('grouping log lines by their template', () => {
    const log = (text: string, level = 'WARN', count?: number) => ({
      text,
      kind: 'log' as const,
      meta: { unit: 'log' as const, level, ...(count ? { count } : {}) },
    });
    const push = (evt: string, n: number) =>
      `2026-10-0${n}T08:00:00Z WARN  push hook=h_${evt} attempt=${n} status=403 resp="{\\"error\\":\\"token revoked\\"}" took_ms=4${n}`;

    it('lists one failure seen on many lines once, with its count and its first and latest lines', () => {
      const lines = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => log(push(`Qx${n}Lm0${n}p`, n)));
      const errors = extractErrors(
        makeExtractContext([...lines.slice(0, 7), log(push('Zz9Kp2Aa', 8), 'WARN', 3)]),
      );
      const revoked = errors.filter((e) => e.value.includes('token revoked'));
      expect(revoked).toHaveLength(1);
      expect(revoked[0]?.value).toBe('403 token revoked');
      // seven lines, and an eighth folded with two identical repeats
      expect(revoked[0]?.count).toBe(10);
      expect(revoked[0]?.cites).toEqual(['S1:m1', 'S1:m2', 'S1:m3', 'S1:m4', 'S1:m5', 'S1:m8']);
    });

    it('keeps failures with different statuses or codes apart, and counts nothing seen once', () => {
      const errors = extractErrors(
        makeExtractContext([
          log('2026-10-01T08:00:00Z WARN  call op=a1 status=401 error="bad token"'),
          log('2026-10-01T08:01:00Z WARN  call op=b2 status=403 error="bad token"'),
        ]),
      );
      expect(errors.map((e) => [e.value, e.count])).toEqual([
        ['401 bad token', undefined],
        ['403 bad token', undefined],
      ]);
    });

    it('drops a bare code where it only stands inside a longer error that is listed', () => {
      const errors = extractErrors(
        makeExtractContext([
          log('2026-10-01T08:00:00Z ERROR relay to=h1 error="dial ECONNRESET" ms=10'),
          log('2026-10-01T08:05:00Z ERROR relay to=h2 error="dial ECONNRESET" ms=12'),
          { text: 'Our relay log shows dial ECONNRESET on every try.' },
        ]),
      ).map((e) => e.value);
      expect(errors).toContain('dial ECONNRESET');
      expect(errors).not.toContain('ECONNRESET');
    });

    it('reads retrying that ran out as the outcome of the errors its log lists, not one more error', () => {
      const failing = log('2026-10-01T08:00:00Z ERROR relay to=h1 error="dial ECONNRESET" ms=10', 'ERROR');
      const gaveUp = log('2026-10-01T09:00:00Z ERROR relay to=h1 job=j7 parked (retries exhausted)', 'ERROR');
      const both = extractErrors(makeExtractContext([failing, gaveUp])).map((e) => e.value);
      expect(both).not.toContain('relay parked (retries exhausted)');
      const alone = extractErrors(makeExtractContext([gaveUp])).map((e) => e.value);
      expect(alone).toContain('relay parked (retries exhausted)');
    });
  });

  it('reads no "401 error" from a status field followed by an error key', () => {
    const got = values('2026-10-01T08:00:00Z WARN  gw status=401 error=key_revoked', {
      unit: 'log',
      level: 'WARN',
    });
    expect(got).not.toContain('401 error');
    expect(got).toContain('401 key_revoked');
  });

  it('reads no message from "errors:" closing a line that opens a list', () => {
    expect(
      values('Two ways to run it without errors:\n- split the file in halves, or\n- raise the batch size'),
    ).toEqual([]);
  });
});
