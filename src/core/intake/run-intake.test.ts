import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FormatParser, IntakeUnit } from '../model/intake.js';
import { runIntake, unitSha256 } from './run-intake.js';

const enc = new TextEncoder();
const unit = (name: string, text: string | Uint8Array): IntakeUnit => ({
  name,
  files: [{ name, bytes: typeof text === 'string' ? enc.encode(text) : text }],
});
const textOf = (u: IntakeUnit) => new TextDecoder().decode(u.files[0]?.bytes);

/** Recognises "LINES" files: one public item per line, locator l<n>. */
const LINES: FormatParser = {
  format: 'lines',
  detect: (u) => (textOf(u).startsWith('LINES') ? 0.5 : 0),
  parse: (u) => ({
    kind: 'note',
    format: 'lines',
    status: 'parsed',
    warnings: [],
    items: textOf(u)
      .split('\n')
      .slice(1)
      .map((text, i) => ({ locator: `l${i + 1}`, at: null, author: null, visibility: 'public', text })),
  }),
};
const EXPLODES: FormatParser = {
  format: 'explodes',
  detect: (u) => (textOf(u).startsWith('BOOM') ? 0.9 : 0),
  parse: () => {
    throw new Error('unexpected token at 3:7');
  },
};
const DUPES: FormatParser = {
  format: 'dupes',
  detect: (u) => (textOf(u).startsWith('DUPES') ? 0.9 : 0),
  parse: async () => ({
    kind: 'chat',
    format: 'dupes',
    status: 'parsed',
    warnings: [],
    items: ['a', 'b', 'c'].map((text) => ({
      locator: 'm1',
      at: null,
      author: null,
      visibility: 'internal',
      text,
    })),
  }),
};
const MANIFEST: FormatParser = {
  format: 'manifest',
  detect: (u) => (textOf(u).startsWith('draft:') ? 0.95 : 0),
  parse: (u) => ({
    kind: 'manifest',
    format: 'manifest',
    status: 'parsed',
    warnings: [],
    items: [],
    data: { manifest: { draft: textOf(u).slice(6).trim(), people: [], files: {} } },
  }),
};
const DRAFT: FormatParser = {
  format: 'draft',
  detect: () => 0,
  parse: (u, context) => ({
    kind: 'draft',
    format: 'draft',
    status: 'parsed',
    warnings: context.manifest ? [] : ['no manifest given'],
    items: [{ locator: 'd1', at: null, author: null, visibility: 'internal', text: textOf(u) }],
  }),
};
const PARSERS = [LINES, EXPLODES, DUPES, MANIFEST, DRAFT];

describe('runIntake', () => {
  it('numbers sources by name and cites items as S<n>:<locator>', async () => {
    const result = await runIntake([unit('b.txt', 'LINES\nsecond'), unit('a.txt', 'LINES\nfirst\nmore')], {
      parsers: PARSERS,
    });
    expect(result.sources.map((s) => [s.id, s.name, s.items, s.status])).toEqual([
      ['S1', 'a.txt', 2, 'parsed'],
      ['S2', 'b.txt', 1, 'parsed'],
    ]);
    expect(result.evidence.map((e) => e.id)).toEqual(['S1:l1', 'S1:l2', 'S2:l1']);
    expect(result.evidence[2]).toMatchObject({ source: 'S2', text: 'second' });
  });

  it('turns a throwing parser into a failed source naming the file and keeps the others', async () => {
    const result = await runIntake([unit('bad.json', 'BOOM'), unit('ok.txt', 'LINES\nfine')], {
      parsers: PARSERS,
    });
    const bad = result.sources.find((s) => s.name === 'bad.json');
    expect(bad?.status).toBe('failed');
    expect(result.warnings).toContain('bad.json: explodes parser failed: unexpected token at 3:7');
    expect(result.evidence.map((e) => e.text)).toEqual(['fine']);
  });

  it.each([
    ['empty.txt', new Uint8Array(), 'skipped', 'empty.txt: unknown format (empty)'],
    ['blob.bin', new Uint8Array([1, 0, 2, 0]), 'failed', 'blob.bin: unknown format (binary content)'],
    [
      'prose.txt',
      enc.encode('nothing known'),
      'failed',
      'prose.txt: unknown format (no parser recognised the content)',
    ],
  ] as const)('reports %s as %s with its reason', async (name, bytes, status, warning) => {
    const result = await runIntake([unit(name, bytes)], { parsers: PARSERS });
    expect(result.sources[0]?.status).toBe(status);
    expect(result.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.warnings).toEqual([warning]);
  });

  it('suffixes repeated locators so every id stays unique, with a warning', async () => {
    const result = await runIntake([unit('chat.json', 'DUPES')], { parsers: PARSERS });
    expect(result.evidence.map((e) => e.id)).toEqual(['S1:m1', 'S1:m1.2', 'S1:m1.3']);
    expect(result.sources[0]?.warnings[0]).toMatch(/^chat\.json: 2 duplicate/);
  });

  it('parses the manifest first and routes the file it names to the draft parser', async () => {
    const result = await runIntake(
      [unit('reply.txt', 'LINES\nHi there'), unit('handoff.yaml', 'draft: reply.txt')],
      { parsers: PARSERS },
    );
    expect(result.manifest?.draft).toBe('reply.txt');
    const reply = result.sources.find((s) => s.name === 'reply.txt');
    expect(reply).toMatchObject({ kind: 'draft', format: 'draft', warnings: [] });
  });

  it('adds files the adapters refused as skipped sources in name order', async () => {
    const result = await runIntake([unit('b.txt', 'LINES\nx')], {
      parsers: PARSERS,
      rejected: [{ name: 'a-huge.log', reason: 'larger than the 50 MB per-file limit' }],
    });
    expect(result.sources.map((s) => [s.id, s.name, s.status])).toEqual([
      ['S1', 'a-huge.log', 'skipped'],
      ['S2', 'b.txt', 'parsed'],
    ]);
    expect(result.warnings).toEqual(['a-huge.log: larger than the 50 MB per-file limit']);
  });

  it('bounds item count and text length', async () => {
    const long = `LINES\n${'x'.repeat(50)}\ny\nz`;
    const result = await runIntake([unit('n.txt', long)], {
      parsers: PARSERS,
      limits: { maxItemsPerSource: 2, maxTextChars: 10 },
    });
    expect(result.evidence.map((e) => e.text)).toEqual(['xxxxxxxxxx', 'y']);
    expect(result.sources[0]?.warnings).toHaveLength(2);
  });

  it('is deterministic: same units in any order give the same result', async () => {
    const units = [unit('a.txt', 'LINES\n1'), unit('c.json', 'BOOM'), unit('b.txt', 'LINES\n2')];
    const one = await runIntake(units, { parsers: PARSERS });
    const two = await runIntake([...units].reverse(), { parsers: PARSERS });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('unitSha256', () => {
  const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

  it('is the file hash for one file and a hash of sorted name/hash lines for a bundle', () => {
    expect(unitSha256(unit('a', 'abc'))).toBe(sha('abc'));
    const bundle: IntakeUnit = {
      name: 'export',
      files: [
        { name: 'export/z.json', bytes: enc.encode('2') },
        { name: 'export/a.json', bytes: enc.encode('1') },
      ],
    };
    expect(unitSha256(bundle)).toBe(sha(`export/a.json\0${sha('1')}\nexport/z.json\0${sha('2')}\n`));
  });
});

describe('runIntake content warnings', () => {
  const TEXT: FormatParser = {
    format: 'text',
    detect: () => 0.1,
    parse: () => ({ kind: 'note', format: 'text', status: 'parsed', warnings: [], items: [] }),
  };

  it('names a text file not in UTF-8 (and its encoding) and a JSON file that does not parse', async () => {
    const badUtf8 = new Uint8Array([...enc.encode('Customer says caf'), 0xe9, ...enc.encode(' is down')]);
    const result = await runIntake(
      [
        unit('notes.txt', badUtf8),
        unit('ticket.json', '{"ticket": {"id": 48219, "subject": "Sync'),
        unit('ok.log', '[09:40] started'),
      ],
      { parsers: [TEXT] },
    );
    expect(result.warnings).toEqual([
      expect.stringMatching(/^notes\.txt: not UTF-8: read as windows-1252 .*iconv -f windows-1252 -t UTF-8/),
      expect.stringMatching(/^ticket\.json: looks like JSON but does not parse \(.+\)$/),
    ]);
  });
});

describe('runIntake with pasted Slack and a year-less day divider', () => {
  const paste = [
    'Thursday, March 4th',
    'Noor Haddad  [9:15 AM]',
    'the importer is stuck again for the clinic group',
    'Lev Orlov  [9:20 AM]',
    'looking, the queue has 4k jobs waiting',
  ].join('\n');
  const manifest = ['timezone: Europe/Berlin', ''].join('\n');
  const mail = [
    'From: Ada <ada@clinic.example>',
    'To: support@vendor.example',
    'Subject: Import stuck',
    'Date: Fri, 05 Mar 2027 08:00:00 +0000',
    '',
    'The nightly import has not run since Wednesday.',
    '',
  ].join('\r\n');

  it('dates the paste with the year of the other files, whatever the file order, and says so', async () => {
    const result = await runIntake([
      unit('a-chat.txt', paste),
      unit('handoff.yaml', manifest),
      unit('z-mail.eml', mail),
    ]);
    const chat = result.evidence.filter((e) => e.source === 'S1');
    expect(chat.map((e) => e.at)).toEqual(['2027-03-04T08:15:00.000Z', '2027-03-04T08:20:00.000Z']);
    expect(result.warnings.join('\n')).toMatch(
      /a-chat\.txt: the day divider "Thursday, March 4th" has no year; 2027/,
    );
  });

  it('leaves the times empty and warns when nothing else in the handoff is dated', async () => {
    const result = await runIntake([unit('a-chat.txt', paste), unit('handoff.yaml', manifest)]);
    expect(result.evidence.filter((e) => e.source === 'S1').every((e) => e.at === null)).toBe(true);
    expect(result.warnings.join('\n')).toMatch(/a-chat\.txt: pasted Slack times have no date/);
  });
});

describe('runIntake redacts secrets', () => {
  it('redacts credentials in every text item and says how many in a source warning', async () => {
    const text = [
      'LINES',
      'here is our key sk_live_4eC39HqLyjWDarjtT1zdp7dc and the hook secret whsec_Ab12Cd34Ef56',
      'nothing secret on this line',
      'tried curl -H "Authorization: Bearer abc.123.def-456-ghi" again',
    ].join('\n');
    const result = await runIntake([unit('pasted.txt', text)], { parsers: [LINES] });
    const all = result.evidence.map((e) => e.text).join('\n');
    expect(all).not.toMatch(/4eC39Hq|Ab12Cd34|abc\.123/);
    expect(all).toContain('sk_live_…[redacted]');
    expect(result.sources[0]?.warnings.join('\n')).toMatch(/3 secret\(s\).*redacted/);
  });

  it('adds no warning when nothing was redacted', async () => {
    const result = await runIntake([unit('plain.txt', 'LINES\nthe sync token expired')], {
      parsers: [LINES],
    });
    expect(result.sources[0]?.warnings.join('\n')).not.toMatch(/redacted/);
  });
});

describe('quoted history in help-desk comments', () => {
  const comments = (body: string) =>
    JSON.stringify({
      comments: [{ id: 7, author_id: 1, public: true, created_at: '2026-11-03T10:15:00Z', plain_body: body }],
      users: [{ id: 1, name: 'Dana Ruiz', role: 'end-user' }],
    });
  const reply = [
    'The new rule still lets the old invoices through.',
    '',
    'On Mon, 2 Nov 2026 at 16:40, Support <help@vendor.example> wrote:',
    '> We changed the matching rule so invoices older than 90 days are held for review.',
    '> Let us know whether that stops the duplicates.',
  ].join('\n');

  it('keeps the comment’s own words as evidence and names history found nowhere else', async () => {
    const result = await runIntake([unit('comments.json', comments(reply))]);
    const [item] = result.evidence;
    expect(result.sources[0]?.format).toMatch(/zendesk/);
    expect(item?.text).toBe('The new rule still lets the old invoices through.');
    expect(result.warnings.join('\n')).toMatch(
      /comments\.json: quoted history in c7 .*matches no other evidence/,
    );
  });

  it('says nothing when the quoted history is another item of the handoff', async () => {
    const earlier =
      'We changed the matching rule so invoices older than 90 days are held for review.\nLet us know whether that stops the duplicates.';
    const result = await runIntake([unit('comments.json', comments(reply)), unit('z-notes.txt', earlier)]);
    expect(result.evidence.map((e) => e.text)).toContain('The new rule still lets the old invoices through.');
    expect(result.warnings.join('\n')).not.toMatch(/quoted history/);
  });
});
