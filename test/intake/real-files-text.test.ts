/**
 * Real logs, mail and text files from other projects' fixtures (test/fixtures/real/SOURCES.md),
 * read through the same path as `spine intake`: what a correct read shows.
 */
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import type { Evidence, Source } from '../../src/core/model/evidence.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const tempDir = tempDirFactory('spine-real-text-');

interface Read {
  source: Source;
  evidence: readonly Evidence[];
  warnings: readonly string[];
  byLocator: (locator: string) => Evidence | undefined;
}

async function read(file: string): Promise<Read> {
  const path = join(REAL, file);
  // a missing fixture fails: the quality gate never skips
  expect(existsSync(path), `${file} is committed`).toBe(true);
  const { result } = await intakeFromPaths([path], { ocrCache: false });
  const [source] = result.sources;
  if (!source) throw new Error(`${file}: no source`);
  return {
    source,
    evidence: result.evidence,
    warnings: source.warnings,
    byLocator: (locator) => result.evidence.find((e) => e.id === `${source.id}:${locator}`),
  };
}

function summaryOf(r: Read): string {
  return r.byLocator('summary')?.text ?? '';
}

describe('real logs', () => {
  it('reads a 5,000-line Android logcat with no year: levels from its column, every error kept or counted, the cut stated', async () => {
    const r = await read('log/android-goldfish-threadtime.log');
    expect(r.source).toMatchObject({ format: 'log', kind: 'log', status: 'parsed' });
    expect(summaryOf(r)).toMatch(
      /^Log summary: 5000 lines \(Android logcat\); ERROR 951, WARN 956, INFO 1998, DEBUG 1074, TRACE 21; first 01-13 01:49:39\.074, last .* \(as written; not placed in time\)/,
    );
    // no year, no zone: no time is invented
    expect(r.evidence.every((e) => e.at === null)).toBe(true);
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/5000 timestamps carry no year \(e\.g\. "01-13 01:49:39\.074"\)/),
    );
    const cut = r.warnings.find((w) => /error\/warning events/.test(w)) ?? '';
    const [, events, kept, dropped] =
      /(\d+) error\/warning events; (\d+) kept as evidence, (\d+) not kept/.exec(cut) ?? [];
    expect(Number(events)).toBe(951 + 956);
    expect(Number(kept) + Number(dropped)).toBe(951 + 956);
    // the signatures item accounts for every event, kept or not
    const signatures = r.byLocator('signatures')?.text ?? '';
    const counted = [...signatures.matchAll(/^- (\d+)× /gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    const unlisted = Number(/… and \d+ more signatures \((\d+) events\)/.exec(signatures)?.[1] ?? 0);
    expect(counted + unlisted).toBe(951 + 956);
    expect(signatures).toMatch(
      /^- \d+× ERROR: memtrack: Couldn't load memtrack module — first L\d+ \(01-13 /m,
    );
    const first = r.byLocator('L1');
    expect(first?.meta?.level).toBe('ERROR');
  });

  it('takes a logcat year from the handoff asOf, and says so', async () => {
    const dir = tempDir();
    copyFileSync(join(REAL, 'log/android-galaxy-nexus-threadtime.log'), join(dir, 'device.log'));
    writeFileSync(join(dir, 'handoff.yaml'), 'asOf: 2013-08-01T00:00:00Z\ntimezone: UTC\n');
    const { result } = await intakeFromPaths([dir], { ocrCache: false });
    const log = result.sources.find((s) => s.name === 'device.log');
    const warn = result.evidence.find((e) => e.source === log?.id && e.meta?.level === 'WARN');
    expect(warn?.at).toMatch(/^2013-07-19T13:/);
    expect(log?.warnings).toContainEqual(expect.stringMatching(/the year was taken from the handoff's asOf/));
  });

  it.each([
    ['log/android-galaxy-nexus-time.log', 'Android logcat', 'WARN 2, INFO 6, DEBUG 1'],
    ['log/lnav-glog.0', 'glog/klog', 'ERROR 2, WARN 1, INFO 4'],
    ['log/lnav-journald.json', 'journald JSON', 'FATAL 1, INFO 1'],
    ['log/lnav-json-lines.json', 'JSON lines', 'FATAL 2, ERROR 1, WARN 1, INFO 2, DEBUG 1, TRACE 1'],
    ['log/lnav-logfmt.0', 'logfmt', 'ERROR 2, WARN 1, INFO 2'],
    ['log/lnav-syslog.0', 'syslog', 'no levels'],
    ['log/lnav-haproxy.0', 'syslog', 'no levels'],
  ])('recognises %s as %s with %s', async (file, family, levels) => {
    const r = await read(file);
    expect(r.source.format).toBe('log');
    expect(summaryOf(r)).toMatch(
      new RegExp(`^Log summary: \\d+ lines \\(${family.replace(/[()/]/g, '\\$&')}\\); ${levels}`),
    );
  });

  it('dates journald records from their microsecond timestamps and takes levels from PRIORITY', async () => {
    const r = await read('log/lnav-journald.json');
    expect(r.byLocator('L1')).toMatchObject({ at: '2018-08-21T14:04:21.221Z', meta: { level: 'FATAL' } });
    expect(r.warnings).toEqual([]);
  });

  it('keeps syslog lines without a level whose words say something failed, and states the missing year', async () => {
    const r = await read('log/lnav-syslog.0');
    expect(r.byLocator('L1')?.text).toMatch(/automount\[7998\]: lookup\(file\): lookup for foobar failed/);
    expect(summaryOf(r)).toMatch(/2 lines without a level say something failed/);
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/4 timestamps carry no year \(e\.g\. "Nov {2}3 09:23:38"\)/),
    );
  });

  it('reads a 1,000-line access log: every 4xx kept, levels from the status, times with their offset', async () => {
    const r = await read('log/lnav-shop-access.log');
    expect(summaryOf(r)).toBe(
      'Log summary: 1000 lines (web server access log); WARN 24, INFO 976; first 2019-01-22T00:26:14.000Z, last 2019-01-22T00:29:11.000Z; levels from the HTTP status (5xx ERROR, 4xx WARN, else INFO)',
    );
    const warnings = r.evidence.filter((e) => e.meta?.level === 'WARN');
    const folded = warnings.reduce((sum, e) => sum + (e.meta?.count ?? 1), 0);
    expect(folded).toBe(24);
    expect(warnings.every((e) => /" 4\d\d /.test(e.text))).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('keeps a PHP stack trace with its Laravel error and states the missing zone', async () => {
    const r = await read('log/lnav-laravel.0');
    expect(r.source.format).toBe('log');
    const first = r.evidence[0];
    expect(first?.id).toMatch(/:L1-33$/);
    expect(first?.text).toMatch(/local\.ERROR: Target class \[Fruitcake\\Cors\\HandleCors\] does not exist/);
    expect(first?.text).toMatch(/\n#0 \/Users\//);
    expect(summaryOf(r)).toMatch(/^Log summary: 1416 lines; ERROR 82;/);
    expect(r.warnings).toContainEqual(expect.stringMatching(/carry no time zone/));
  });

  it('reads a zap console log with tab-separated lower-case levels and its Go stack', async () => {
    const r = await read('log/lnav-zap-console.0');
    expect(r.byLocator('L2-8')).toMatchObject({ at: '2025-04-24T22:09:20.856Z', meta: { level: 'ERROR' } });
  });

  it('drops terminal colour codes from docker compose output read as notes (no timestamps, no levels)', async () => {
    const r = await read('log/lnav-docker-compose.0');
    const text = r.evidence.map((e) => e.text).join('\n');
    expect(text).toContain("web-1  |  * Serving Flask app 'app.py'");
    expect(text).not.toContain('\u001b');
  });

  it('reads a two-line log rather than calling it notes', async () => {
    const r = await read('log/lnav-generic.0');
    expect(r.source.format).toBe('log');
    expect(summaryOf(r)).toMatch(/^Log summary: 2 lines; WARN 1, DEBUG 1;/);
  });
});

describe('real automatic mail', () => {
  it.each([
    ['mail/sisimai-bounce-postfix.eml', 'bounce', 'Mail Delivery System'],
    ['mail/sisimai-bounce-exim.eml', 'bounce', 'Mail Delivery System'],
    ['mail/sisimai-bounce-gmail.eml', 'bounce', 'Mail Delivery Subsystem'],
    ['mail/sisimai-bounce-list.eml', 'bounce', 'mailer-daemon@nijo.example.jp'],
    ['mail/mailparser-delivery-status.eml', 'bounce', 'mailer-daemon@amazonses.com'],
    ['mail/mikel-report-422.eml', 'bounce', 'Mail Delivery Subsystem'],
    ['mail/rgl-bounce-qmail.eml', 'bounce', 'mailer-daemon@silverton.berkeley.edu'],
    ['mail/sisimai-autoreply-outlook.eml', 'auto-reply', 'Nyaan Neko'],
    ['mail/sisimai-autoreply-icloud.eml', 'auto-reply', 'kijitora@apple.example.com'],
    ['mail/sisimai-autoreply-cp1252.eml', 'auto-reply', 'Kijitora'],
    ['mail/sisimai-autoreply-auto-submitted.eml', 'auto-reply', 'kijitora@example.net'],
  ])('%s is a %s by a bot, never the customer', async (file, kind, name) => {
    const r = await read(file);
    const message = r.byLocator('m1');
    expect(message?.author).toMatchObject({ name, role: 'bot' });
    expect(message?.meta?.automatic).toBe(kind);
    expect(r.warnings).toContainEqual(expect.stringMatching(new RegExp(`an automatic message \\(${kind}: `)));
  });

  it("keeps a bounce's delivery report as the bot's text and the returned message as its own author's", async () => {
    const r = await read('mail/mailparser-delivery-status.eml');
    expect(r.byLocator('m1')?.text).toMatch(
      /^An error occurred while trying to deliver the mail to the following recipients:/,
    );
    expect(r.byLocator('m1')?.text).toMatch(/Action: failed/);
    expect(r.byLocator('fwd1')).toMatchObject({
      author: { name: 'xx xx', role: 'unknown' },
      at: '2021-02-16T00:57:06.000Z',
    });
  });

  it('reads a Windows-1252 auto-reply body right', async () => {
    const r = await read('mail/sisimai-autoreply-cp1252.eml');
    expect(r.byLocator('m1')?.text).toMatch(
      /^\*\*\*Please stop and read this message\.\*\*\*\n\nI will be traveling for work on July 10-31\./,
    );
    expect(r.byLocator('m1')?.text).not.toContain('\uFFFD');
  });

  it.each([
    ['mail/sisimai-not-bounce.eml', 'Kijitora', 'にゃーーーーーーーーーーー'],
    ['mail/rgl-not-bounce.eml', 'root', 'Hello World'],
    ['mail/mikel-iso-2022-jp.eml', 'Mikel Lindsaar', 'すみません。'],
  ])("%s is a person's mail, decoded", async (file, name, text) => {
    const r = await read(file);
    expect(r.byLocator('m1')).toMatchObject({ author: { name, role: 'unknown' }, text });
    expect(r.byLocator('m1')?.meta?.automatic).toBeUndefined();
  });

  it('reads a List-Id alone as a person relayed by a list, and says so', async () => {
    const r = await read('mail/mikel-list-relayed.eml');
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/relayed by the mailing list "Mailing List"; read as the sender's own words/),
    );
    expect(r.warnings.some((w) => /automatic message/.test(w))).toBe(false);
  });

  it.each([
    'mail/talon-reply-gmail.eml',
    'mail/talon-reply-apple-mail.eml',
    'mail/talon-reply-outlook.eml',
    'mail/talon-reply-thunderbird.eml',
  ])('%s keeps only the new text: attribution line and quoted history cut', async (file) => {
    const r = await read(file);
    expect(r.byLocator('m1')?.text).toBe('Hello');
  });
});

describe('real text in other encodings', () => {
  const PANGRAM = /Greek: Μπορώ να φάω σπασμένα γυαλιά χωρίς να πάθω τίποτα\./;

  it.each([
    ['encoding/chardet-utf16le-bom.txt', /read as UTF-16LE \(byte-order mark\)$/],
    [
      'encoding/chardet-utf16-bom-says-be.txt',
      /read as UTF-16LE \(its byte-order mark says UTF-16BE but its bytes are UTF-16LE\)/,
    ],
    [
      'encoding/chardet-utf32le.txt',
      /read as UTF-32LE \(detected from its bytes\).*iconv -f UTF-32LE -t UTF-8/,
    ],
    [
      'encoding/chardet-utf32be.txt',
      /read as UTF-32BE \(detected from its bytes\).*iconv -f UTF-32BE -t UTF-8/,
    ],
  ])('%s is decoded, and the warning names the encoding', async (file, warning) => {
    const r = await read(file);
    expect(r.source.status).toBe('parsed');
    expect(r.evidence[0]?.text).toMatch(PANGRAM);
    expect(r.evidence[0]?.text).toMatch(/^Euro Symbol: €\./);
    expect(r.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it('reads Windows-1252 text with its curly quotes, and names the encoding', async () => {
    const r = await read('encoding/chardet-windows-1252.txt');
    const all = r.evidence.map((e) => e.text).join('\n');
    expect(all).not.toContain('\uFFFD');
    expect(all).toMatch(/[‘’“”€]/);
    expect(r.warnings).toEqual([
      expect.stringMatching(/not UTF-8: read as windows-1252 \(detected from its bytes\)/),
    ]);
  });

  it('reads EUC-JP Japanese', async () => {
    const r = await read('encoding/chardet-euc-jp.txt');
    expect(r.evidence[0]?.text).toMatch(/^英語は他の多くのヨーロッパ言語が/);
    expect(r.warnings).toEqual([expect.stringMatching(/read as EUC-JP/)]);
  });

  it('keeps the sha256 of the bytes as given, not of the decoded text', async () => {
    const r = await read('encoding/chardet-utf16le-bom.txt');
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(join(REAL, 'encoding/chardet-utf16le-bom.txt'));
    expect(r.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('the real fixtures', () => {
  it('are all listed in SOURCES.md', async () => {
    const { readFileSync } = await import('node:fs');
    const sources = readFileSync(join(REAL, 'SOURCES.md'), 'utf8');
    for (const folder of ['log', 'mail', 'encoding'])
      for (const file of readdirSync(join(REAL, folder))) expect(sources).toContain(`| ${folder}/${file} |`);
  });
});
