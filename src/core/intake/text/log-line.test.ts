import { describe, expect, it } from 'vitest';
import { chooseSkip } from './log-layout.js';
import { parseLogLine } from './log-line.js';
import { errorSignature } from './log-signature.js';

describe('parseLogLine families', () => {
  it('reads RFC 5424 with its priority as the level and the app name in the message', () => {
    const line = parseLogLine(
      '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application"] An application event log entry',
    );
    expect(line).toMatchObject({
      starts: true,
      at: '2003-10-11T22:14:15.003Z',
      level: 'INFO',
      levelFrom: 'priority',
      family: 'syslog',
      message: 'evntslog: An application event log entry',
    });
  });

  it('reads an RFC 3164 priority as the level', () => {
    const line = parseLogLine("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8");
    expect(line).toMatchObject({ level: 'FATAL', family: 'syslog', yearless: true, at: null });
  });

  it('reads journald short-iso with its offset', () => {
    const line = parseLogLine('2024-03-01T10:15:02+0100 web-1 nginx[812]: upstream timed out', {});
    expect(line).toMatchObject({ at: '2024-03-01T09:15:02.000Z', family: 'syslog', problem: true });
    expect(line.message).toBe('nginx: upstream timed out');
  });

  it('places a yearless syslog date in the asOf year, the year before when it would fall after it', () => {
    const clock = { zone: 'UTC', reference: '2026-01-05T00:00:00Z' };
    expect(parseLogLine('Dec 31 23:59:01 host cron[1]: ERROR job failed', clock)).toMatchObject({
      at: '2025-12-31T23:59:01.000Z',
      yearFromReference: true,
      level: 'ERROR',
    });
    expect(parseLogLine('Jan  2 08:00:00 host cron[1]: ok', clock).at).toBe('2026-01-02T08:00:00.000Z');
  });

  it('never reads a level word inside a syslog host column as the host', () => {
    const line = parseLogLine('2026-11-18T14:03:11Z ERROR com.example.Sync: push rejected');
    expect(line).toMatchObject({ level: 'ERROR', family: 'text' });
  });
});

describe('columns before the timestamp', () => {
  it('finds a timestamp after a file-name column when most lines have one', () => {
    const lines = [
      'nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server started',
      'nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:01.551 25746 ERROR nova.compute boom',
      'nova-compute.log.1.2017-05-16_13:55:31 2017-05-16 00:00:02.000 2931 WARNING nova.virt slow',
    ];
    const skip = chooseSkip(lines, { zone: 'UTC' });
    expect(skip).toBe(1);
    expect(parseLogLine(lines[1] ?? '', { zone: 'UTC' }, skip)).toMatchObject({
      at: '2017-05-16T00:00:01.551Z',
      level: 'ERROR',
      stream: 'nova-api.log.1.2017-05-16_13:53:08',
    });
  });

  it('does not take a notes timeline of bullets for a log with a prefix', () => {
    const lines = [
      '- 2026-11-02 09:00 customer reported the sync stopped',
      '- 2026-11-02 10:30 we restarted the worker',
      '- 2026-11-02 11:00 still failing',
    ];
    expect(chooseSkip(lines, {})).toBe(0);
  });

  it('reads grep output (`file.log:line`) as the file and its line', () => {
    const line = parseLogLine('app/worker.log:2026-05-02T10:00:04.500Z ERROR publish failed', {}, 1);
    expect(line).toMatchObject({ at: '2026-05-02T10:00:04.500Z', level: 'ERROR', stream: 'app/worker.log' });
  });
});

describe('errorSignature', () => {
  it('masks numbers, ids, addresses and hex, and drops the leading level word', () => {
    expect(
      errorSignature(
        'ERROR upstream rejected order=SO-2026-118842 request_id=req_8f3a1c2e from 10.0.0.12:5432 after 30000ms',
      ),
    ).toBe('upstream rejected order=SO-<n>-<n> request_id=req_<id> from <ip> after <n>ms');
    expect(errorSignature('job 4f1a failed on 0x7ffd3a')).toBe('job <hex> failed on <hex>');
  });
});
