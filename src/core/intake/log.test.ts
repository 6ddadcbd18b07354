import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { logParser } from './log.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/text');

function unitOf(file: string): IntakeUnit {
  return {
    name: path.basename(file),
    files: [{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }],
  };
}
function textUnit(text: string, name = 'app.log'): IntakeUnit {
  return { name, files: [{ name, bytes: new TextEncoder().encode(text) }] };
}
function parse(unit: IntakeUnit, context: ParseContext = {}): ParseResult {
  return logParser.parse(unit, context) as ParseResult;
}

describe('logParser on erp-bridge.log', () => {
  const result = parse(unitOf(path.join(SAMPLES, 'erp-bridge.log')));

  it('keeps error and warning lines, each at its own line, dated in UTC', () => {
    const byLocator = new Map(result.items.map((i) => [i.locator, i]));
    expect([...byLocator.keys()]).toEqual(['L2', 'L3', 'L4-9', 'L11', 'L12', 'summary']);
    expect(byLocator.get('L2')).toMatchObject({ at: '2026-11-17T09:27:45.602Z', meta: { level: 'ERROR' } });
    expect(byLocator.get('L3')?.meta?.level).toBe('WARN');
    expect(byLocator.get('L2')?.text).toContain('status=413');
  });

  it('keeps the stack trace together with the line that raised it', () => {
    const trace = result.items.find((i) => i.locator === 'L4-9');
    expect(trace?.text.split('\n')).toHaveLength(6);
    expect(trace?.text).toMatch(
      /^2026-11-17T09:27:45.611Z ERROR .*\nError: Request failed with status code 413\n/,
    );
    expect(trace?.text).toMatch(/batch-worker\.ts:88:17\)$/);
  });

  it('marks every item internal with no author, and summarises the levels and time span', () => {
    expect(result.items.every((i) => i.visibility === 'internal' && i.author === null)).toBe(true);
    expect(result.items.at(-1)?.text).toBe(
      'Log summary: 12 lines; ERROR 3, WARN 2, INFO 2; first 2026-11-17T09:12:44.118Z, last 2026-11-18T11:40:02.331Z',
    );
    expect(result.warnings).toEqual([]);
  });
});

describe('logParser on messy logs', () => {
  it('keeps a 42-line Java stack trace in one item and folds identical consecutive warnings', () => {
    const result = parse(unitOf(path.join(FIXTURES, 'ledger-sync-stacktrace.log')));
    const [trace, retry] = result.items;
    expect(trace?.locator).toBe('L2-43');
    expect(trace?.text.split('\n')).toHaveLength(42);
    expect(trace?.text).toMatch(/\t\.\.\. 12 more$/);
    expect(trace?.text).toContain('Caused by: org.postgresql.util.PSQLException');
    expect(retry).toMatchObject({ locator: 'L44', meta: { level: 'WARN', count: 3 } });
    expect(result.items).toHaveLength(3);
  });

  it('leaves zone-less timestamps unknown with one warning per file', () => {
    const result = parse(unitOf(path.join(FIXTURES, 'ledger-sync-stacktrace.log')));
    expect(result.items.every((i) => i.at === null)).toBe(true);
    expect(result.warnings.filter((w) => /time zone/.test(w))).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^ledger-sync-stacktrace\.log: /);
  });

  it('places zone-less timestamps with the manifest timezone', () => {
    const result = parse(unitOf(path.join(FIXTURES, 'ledger-sync-stacktrace.log')), {
      manifest: { people: [], files: {}, timezone: 'America/New_York' },
    });
    expect(result.items[0]?.at).toBe('2026-11-18T19:03:11.123Z');
    expect(result.warnings).toEqual([]);
  });

  it('takes the zone a manifest note names for this file over the manifest timezone', () => {
    const result = parse(unitOf(path.join(FIXTURES, 'ledger-sync-stacktrace.log')), {
      manifest: {
        people: [],
        timezone: 'America/New_York',
        files: { 'ledger-sync-stacktrace.log': 'pulled from the customer server, times Europe/Berlin' },
      },
    });
    expect(result.items[0]?.at).toBe('2026-11-18T13:03:11.123Z');
  });

  it('reads JSON-lines logs with numeric and named levels and epoch or ISO times', () => {
    const unit = unitOf(path.join(FIXTURES, 'webhook-json-lines.log'));
    expect(logParser.detect(unit)).toBeGreaterThan(0);
    const result = parse(unit);
    expect(result.items.map((i) => [i.locator, i.meta?.level, i.at])).toEqual([
      ['L2', 'ERROR', '2026-11-12T14:02:13.881Z'],
      ['L3', 'WARN', '2026-11-12T14:02:14.002Z'],
      ['L4-5', 'ERROR', '2026-11-12T14:31:47.410Z'],
      ['summary', undefined, null],
    ]);
  });

  it.each([
    [
      'syslog',
      'Nov 18 14:03:11 web-1 nginx[12]: ERROR upstream timed out\nNov 18 14:03:12 web-1 nginx[12]: INFO ok\nNov 18 14:03:13 web-1 nginx[12]: WARN slow\n',
      null,
    ],
    [
      'nginx error log',
      '2026/11/18 14:03:11 [error] 12#0: *1 connect() failed\n2026/11/18 14:03:12 [warn] 12#0: slow\n2026/11/18 14:03:13 [info] 12#0: ok\n',
      null,
    ],
    [
      'apache access with offset',
      '10.0.0.1 - - [18/Nov/2026:14:03:11 +0100] "GET / HTTP/1.1" 500 12 ERROR\n10.0.0.1 - - [18/Nov/2026:14:03:12 +0100] "GET / HTTP/1.1" 200 12\n10.0.0.1 - - [18/Nov/2026:14:03:13 +0100] "GET / HTTP/1.1" 200 12\n',
      '2026-11-18T13:03:11.000Z',
    ],
    [
      'logfmt',
      'time=2026-11-18T14:03:11Z level=error msg="upstream 502"\ntime=2026-11-18T14:03:12Z level=info msg=ok\ntime=2026-11-18T14:03:13Z level=warn msg=slow\n',
      '2026-11-18T14:03:11.000Z',
    ],
    ['level words only', 'ERROR cannot open socket\nWARN retrying\nINFO connected\n', null],
  ] satisfies [string, string, string | null][])(
    'detects a %s and dates its first error as %s',
    (_label, text, at) => {
      const unit = textUnit(text);
      expect(logParser.detect(unit)).toBeGreaterThan(0);
      expect(parse(unit).items[0]?.at).toBe(at);
    },
  );

  it('reports a stack trace at the top of a cut log, whose event line is missing', () => {
    const text =
      'java.lang.NullPointerException: widget is null\n\tat com.gridline.A.run(A.java:12)\n' +
      '2026-11-02T06:05:31Z INFO ok\n2026-11-02T06:05:32Z INFO ok\n2026-11-02T06:05:33Z INFO ok\n';
    const result = parse(textUnit(text));
    expect(result.items[0]).toMatchObject({ locator: 'L1-2', meta: { level: 'ERROR' } });
    expect(result.items).toHaveLength(2);
  });

  it('does not claim prose, pasted Slack or a draft reply', () => {
    for (const file of ['notes.md', 'slack-paste.txt', 'draft-reply.txt']) {
      expect(logParser.detect(unitOf(path.join(SAMPLES, file)))).toBe(0);
    }
  });

  it('reads a 5 MB log quickly, keeping at most 500 items plus a summary', () => {
    const chunks: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const second = String(i % 60).padStart(2, '0');
      const line =
        i % 7 === 0
          ? `2026-11-18T14:03:${second}.000Z ERROR worker-${i % 13} job ${i} failed: timeout after 30000ms\n    at Job.run (/srv/app/job.js:${i % 90}:1)\n`
          : `2026-11-18T14:03:${second}.000Z INFO  worker-${i % 13} job ${i} ok\n`;
      chunks.push(line);
      size += line.length;
    }
    const started = performance.now();
    const result = parse(textUnit(chunks.join(''), 'big.log'));
    const elapsed = performance.now() - started;
    // 500 events, then the summary and the signatures (one signature: no late first occurrences)
    expect(result.items).toHaveLength(502);
    const summary = result.items.find((i) => i.locator === 'summary');
    expect(summary?.text).toMatch(/ERROR \d{4,}, INFO \d{5,}/);
    const signatures = result.items.at(-1);
    expect(signatures?.locator).toBe('signatures');
    const errors = Number(/ERROR (\d+)/.exec(summary?.text ?? '')?.[1]);
    // every error is kept or counted: the one signature carries them all
    expect(signatures?.text).toContain(`- ${errors}× ERROR: worker-<n> job <n> failed: timeout after <n>ms`);
    expect(
      result.warnings.some((w) =>
        new RegExp(
          `${errors} error/warning events; 500 kept as evidence, ${errors - 500} not kept \\(limit 500\\)`,
        ).test(w),
      ),
    ).toBe(true);
    // Generous for a shared CI machine; a quadratic walk over 5 MB would take minutes.
    expect(elapsed).toBeLessThan(6000);
  });
});

describe('logParser on the eval handoffs (structure only)', () => {
  it.each([
    '00-northwind-order-sync/handoff/erp-bridge.log',
    '02-export-missing-rows-pattern/handoff/export-worker.log',
    '03-sso-login-loop-enterprise/handoff/auth-svc.log',
    '05-intermittent-api-500-har/handoff/quote-svc.log',
    '10-dashboard-charts-after-upgrade/handoff/gridline-server.log',
    '12-webhook-delays-statuspage/handoff/webhook-dispatcher.log',
  ])('%s is detected and gives warning/error items with line locators', (file) => {
    const unit = unitOf(path.join(CASES, file));
    expect(logParser.detect(unit)).toBeGreaterThan(0);
    const result = parse(unit);
    const events = result.items.filter((i) => i.locator !== 'summary' && i.locator !== 'signatures');
    expect(events.length).toBeGreaterThan(0);
    for (const item of events) {
      expect(item.locator).toMatch(/^L\d+(-\d+)?$/);
      expect(['WARN', 'ERROR', 'FATAL']).toContain(item.meta?.level);
    }
  });
});

describe('logParser on multiplexed container logs', () => {
  it('reads kubectl --prefix lines as a log and keeps the pod/container as meta', () => {
    const text = [
      '[pod/orders-5f7d9c-abcde/orders] 2026-05-02T10:00:01.000Z  INFO  started worker pool',
      '[pod/orders-5f7d9c-abcde/orders] 2026-05-02T10:00:03.120Z  WARN  queue depth 900 above threshold',
      '[pod/orders-5f7d9c-fghij/orders] 2026-05-02T10:00:04.500Z ERROR  publish failed: broker unreachable',
      'java.net.SocketTimeoutException: connect timed out',
      '\tat com.example.Broker.publish(Broker.java:88)',
      '[pod/orders-5f7d9c-abcde/orders] 2026-05-02T10:00:09.000Z  INFO  retrying',
    ].join('\n');
    const unit = textUnit(text, 'orders.txt');
    expect(logParser.detect(unit)).toBeGreaterThan(0);
    const result = parse(unit);
    const error = result.items.find((i) => i.meta?.level === 'ERROR');
    expect(error).toMatchObject({
      locator: 'L3-5',
      at: '2026-05-02T10:00:04.500Z',
      meta: { channel: 'pod/orders-5f7d9c-fghij/orders' },
    });
    expect(result.items.find((i) => i.meta?.level === 'WARN')?.meta?.channel).toBe(
      'pod/orders-5f7d9c-abcde/orders',
    );
  });

  it('reads docker compose "service  | " lines and their prefixed stack frames', () => {
    const text = [
      'api-1     | 2026-05-02 10:00:01,000 INFO booting',
      'worker_1  | 2026-05-02 10:00:02,000 INFO consumer ready',
      'api-1     | 2026-05-02 10:00:05,250 ERROR unhandled exception in /checkout',
      'api-1     | Traceback (most recent call last):',
      'api-1     |   File "/app/checkout.py", line 41, in submit',
      "api-1     | KeyError: 'currency'",
      'worker_1  | 2026-05-02 10:00:06,000 INFO heartbeat',
    ].join('\n');
    const unit = textUnit(text, 'compose-output');
    expect(logParser.detect(unit)).toBeGreaterThan(0);
    const result = parse(unit, { manifest: { timezone: 'UTC', files: {} } as ParseContext['manifest'] });
    const error = result.items.find((i) => i.meta?.level === 'ERROR');
    expect(error?.locator).toBe('L3-6');
    expect(error?.meta?.channel).toBe('api-1');
    expect(error?.text).toContain("KeyError: 'currency'");
  });

  it('does not take a table row for a stream prefix unless an event follows', () => {
    const text = ['name | value', 'plan | enterprise', 'seats | 40'].join('\n');
    expect(logParser.detect(textUnit(text, 'table.txt'))).toBe(0);
  });
});
