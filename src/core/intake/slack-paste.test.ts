import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EvidenceDraftSchema } from '../model/evidence.js';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { ManifestSchema } from '../model/manifest.js';
import { slackExportParsers } from './slack-export.js';
import { slackPasteParsers } from './slack-paste.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/slack');
const parser = slackPasteParsers[0]!;

function unitOf(file: string, name = path.basename(file)): IntakeUnit {
  return { name, files: [{ name, bytes: readFileSync(file) }] };
}

function textUnit(text: string, name = 'paste.txt'): IntakeUnit {
  return { name, files: [{ name, bytes: new TextEncoder().encode(text) }] };
}

async function parseFile(file: string, manifest?: unknown): Promise<ParseResult> {
  const context = manifest === undefined ? {} : { manifest: ManifestSchema.parse(manifest) };
  return parser.parse(unitOf(file), context);
}

const summary = (result: ParseResult): [string | undefined, string][] =>
  result.items.map((item) => [item.author?.name, item.text]);

describe('slack paste: slack-paste.txt (Name  9:40 AM)', async () => {
  const result = await parseFile(path.join(SAMPLES, 'slack-paste.txt'));

  it('is detected above notes and below JSON formats', () => {
    const score = parser.detect(unitOf(path.join(SAMPLES, 'slack-paste.txt')));
    expect(score).toBeGreaterThan(0.1);
    expect(score).toBeLessThan(0.9);
  });

  it('makes one internal item per message, with authors, m1..mN', () => {
    expect(result.items.map((item) => item.author?.name)).toEqual([
      'Kenji Ito',
      'Marisol Vega',
      'Ravi Balasubramanian',
      'Marisol Vega',
      'PagerBot',
      'Ravi Balasubramanian',
    ]);
    result.items.forEach((item, i) => {
      expect(EvidenceDraftSchema.safeParse(item).success).toBe(true);
      expect(item.locator).toBe(`m${i + 1}`);
      expect(item.visibility).toBe('internal');
      expect(item.author?.side).toBe('internal');
    });
  });

  it('marks APP senders as bots and strips (edited)', () => {
    expect(result.items[4]?.author?.role).toBe('bot');
    expect(result.items[0]?.author?.role).toBe('unknown');
    expect(result.items[5]?.text.endsWith('to 1m.')).toBe(true);
  });

  it('leaves times empty without a day, and says so, naming the file', () => {
    expect(result.items.every((item) => item.at === null)).toBe(true);
    expect(result.warnings.some((w) => w.startsWith('slack-paste.txt:') && w.includes('no date'))).toBe(true);
  });
});

describe('slack paste: slack-paste-bracketed.txt (Name  [9:40 AM], glued continuation)', async () => {
  const result = await parseFile(path.join(SAMPLES, 'slack-paste-bracketed.txt'));

  it('splits a glued [9:06 AM]text continuation into its own message by the same author', () => {
    expect(summary(result).slice(1, 3)).toEqual([
      ['Kenji Ito', 'I own it. @Zoë Ångström can eng commit to the RCA doc by Friday?'],
      ['Kenji Ito', 'Credits are NOT ours to promise, that goes through billing.'],
    ]);
  });

  it('drops the date divider, reactions with counts and the thread summary', () => {
    const all = result.items.map((item) => item.text).join('\n');
    expect(all).not.toMatch(/^Today$|:eyes:|^2$|4 replies|Last reply/m);
    expect(result.items[0]?.text.endsWith('who owns the reply?')).toBe(true);
  });

  it('keeps a multi-line bot message whole and lists a file-name line as an attachment', () => {
    expect(result.items.find((item) => item.author?.name === 'PagerBot')?.text.split('\n')).toHaveLength(2);
    const file = result.items.find((item) => item.author?.name === 'Marisol Vega');
    expect(file?.meta?.attachments).toEqual(['dlq-count-northwind.png']);
  });

  it('takes the day and zone from the manifest note and converts to UTC', async () => {
    const dated = await parseFile(path.join(SAMPLES, 'slack-paste-bracketed.txt'), {
      files: {
        'slack-paste-bracketed.txt':
          'pasted from #cs-escalations, Thu 19 Nov 2026, times America/Los_Angeles',
      },
      people: [{ name: 'Kenji Ito', role: 'support', email: 'Kenji@Acme.example' }],
    });
    expect(dated.items[0]?.at).toBe('2026-11-19T17:02:00.000Z');
    expect(dated.items[0]?.meta?.channel).toBe('cs-escalations');
    expect(dated.items[1]?.author).toEqual({
      name: 'Kenji Ito',
      role: 'support',
      side: 'internal',
      email: 'kenji@acme.example',
    });
    expect(dated.warnings).toEqual([]);
  });
});

describe('slack paste: own messy fixtures', () => {
  it('reads 24-hour times, date dividers and a thread that crosses midnight', async () => {
    const result = await parseFile(path.join(FIXTURES, 'paste-24h-midnight.txt'), {
      asOf: '2026-11-20T09:00:00Z',
      files: { 'paste-24h-midnight.txt': 'pasted from #exports-de by Anja, times Europe/Berlin' },
    });
    expect(result.items.map((item) => [item.author?.name, item.at])).toEqual([
      ['Anja Becker', '2026-11-18T22:52:00.000Z'],
      ['Lukas Brenner', '2026-11-18T22:58:00.000Z'],
      ['Lukas Brenner', '2026-11-18T23:07:00.000Z'],
      ['StatusBot', '2026-11-18T23:15:00.000Z'],
      ['Anja Becker', '2026-11-19T07:30:00.000Z'],
    ]);
    expect(result.items[4]?.text).toBe(':+1:');
    expect(result.items[0]?.text).not.toContain(':eyes:');
    expect(result.items[0]?.meta?.attachments).toEqual(['export-fehler.png']);
  });

  it('without the year, leaves divider dates unknown rather than guessing', async () => {
    const result = await parseFile(path.join(FIXTURES, 'paste-24h-midnight.txt'), {
      timezone: 'Europe/Berlin',
    });
    expect(result.items.every((item) => item.at === null)).toBe(true);
  });

  it('reads CRLF line ends, U+202F before AM and text before the first header', async () => {
    const result = await parseFile(path.join(FIXTURES, 'paste-crlf-narrow-nbsp.txt'), {
      timezone: 'Europe/London',
      files: { 'paste-crlf-narrow-nbsp.txt': 'copied Mon 23 Nov 2026' },
    });
    expect(summary(result)).toEqual([
      [undefined, 'copied from the thread:'],
      [
        'Priya Natarajan',
        '@Dana Okafor customer says the 502s started after the cert renewal & they want an RCA',
      ],
      ['Priya Natarajan', 'also: "checkout-api" returns 502 on /v2/cart'],
      ['Dana Okafor', 'ok. Not promising a date.'],
    ]);
    expect(result.items[3]?.at).toBe('2026-11-23T09:55:00.000Z');
    expect(result.items[0]?.author).toBeNull();
    expect(result.warnings.some((w) => w.includes('before the first name'))).toBe(true);
  });

  it('warns when it is unsure, with a single header line', async () => {
    const unit = textUnit('Ana Ruiz  9:40 AM\nexports fail above 10k rows, customer is blocked\n');
    expect(parser.detect(unit)).toBeGreaterThan(0);
    const result = await parser.parse(unit, {});
    expect(result.items).toHaveLength(1);
    expect(result.warnings.some((w) => w.includes('only 1 name and time line'))).toBe(true);
  });

  it('warns when a day is known but no zone', async () => {
    const result = await parser.parse(textUnit('Ana Ruiz  9:40 AM\nhello\nBo Li  9:41 AM\nhi'), {
      manifest: ManifestSchema.parse({ files: { 'paste.txt': 'Tue 10 Nov 2026' } }),
    });
    expect(result.items.every((item) => item.at === null)).toBe(true);
    expect(result.warnings.some((w) => w.includes('no time zone'))).toBe(true);
  });

  it.each([
    ['notes', '# Notes\n- customer says exports fail\n- tried UTC, no change\n'],
    [
      'an e-mail',
      'From: Ana <ana@x.example>\nSubject: hi\nDate: Tue, 10 Nov 2026 09:40:00 +0000\n\nBo Li  9:41 AM\nhi\nCy  9:42 AM\nyo\n',
    ],
    ['JSON', '[{"a": 1}]'],
    ['a log', '2026-11-10 09:40:01 ERROR export failed\n2026-11-10 09:40:02 WARN retry 1\n'],
    ['empty text', ''],
  ])('does not claim %s', (_label, text) => {
    expect(parser.detect(textUnit(text))).toBe(0);
  });

  it('never throws on binary or garbage, and reports it', async () => {
    const binary: IntakeUnit = {
      name: 'x.bin',
      files: [{ name: 'x.bin', bytes: new Uint8Array([0, 1, 2, 0, 255]) }],
    };
    expect(parser.detect(binary)).toBe(0);
    const result = await parser.parse(binary, {});
    expect(result.status).toBe('failed');
    expect(result.warnings[0]).toContain('x.bin');
    const garbage = await parser.parse(textUnit('\n\n:::\n12:99\n'), {});
    expect(garbage.items.every((item) => EvidenceDraftSchema.safeParse(item).success)).toBe(true);
  });
});

describe('slack paste: eval handoffs (structure only)', () => {
  const pastes: [string, string | null][] = [
    [
      '02-export-missing-rows-pattern/handoff/slack-support-leads.txt',
      '02-export-missing-rows-pattern/handoff/handoff.yaml',
    ],
    [
      '04-audit-log-churn-threat/handoff/slack-cs-escalations.txt',
      '04-audit-log-churn-threat/handoff/handoff.yaml',
    ],
    ['06-cross-tenant-invoice/handoff/slack-paste-security.txt', null],
    ['08-howto-wrongly-escalated/handoff/eng-escalations-paste.txt', null],
  ];

  it.each(pastes)(
    '%s: every line lands in a message with an author, in order',
    async (file, manifestFile) => {
      const full = path.join(CASES, file);
      const unit = unitOf(full);
      expect(parser.detect(unit)).toBeGreaterThanOrEqual(0.5);
      expect(slackExportParsers[0]!.detect(unit)).toBe(0);
      const manifest = manifestFile
        ? ManifestSchema.parse(parseYaml(readFileSync(path.join(CASES, manifestFile), 'utf8')))
        : undefined;
      const result = await parser.parse(unit, manifest ? { manifest } : {});
      expect(result.status).toBe('parsed');
      expect(result.items.every((item) => item.author !== null && item.author.name.length > 0)).toBe(true);
      // every non-header line of the paste is kept somewhere in the evidence text
      const kept = result.items.flatMap((item) => item.text.split('\n'));
      const authors = new Set(result.items.map((item) => item.author?.name));
      const lines = readFileSync(full, 'utf8')
        .split('\n')
        .map((l) => l.trim().replace(/\s*\(edited\)$/, ''))
        .filter((l) => l !== '' && !authors.has(l) && !/^\d{1,2}:\d{2}( [AP]M)?$/.test(l));
      expect(kept).toEqual(lines);
      if (manifest) {
        const times = result.items.map((item) => item.at);
        expect(times.every((t) => t !== null)).toBe(true);
        expect(times).toEqual([...times].sort());
        expect(result.items.every((item) => item.author?.role !== 'unknown')).toBe(true);
      }
    },
  );
});
