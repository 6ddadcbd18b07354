import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EvidenceDraft } from '../model/evidence.js';
import { EvidenceDraftSchema } from '../model/evidence.js';
import type { IntakeFile, IntakeUnit, ParseResult } from '../model/intake.js';
import { ManifestSchema } from '../model/manifest.js';
import { slackExportParsers } from './slack-export.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/slack');
const parser = slackExportParsers[0]!;

function filesUnder(dir: string, root: string): IntakeFile[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return filesUnder(full, root);
      return [{ name: path.relative(root, full).split(path.sep).join('/'), bytes: readFileSync(full) }];
    });
}

function unitOf(dir: string): IntakeUnit {
  return { name: path.basename(dir), files: filesUnder(dir, path.dirname(dir)) };
}

async function parseDir(dir: string, manifest?: unknown): Promise<ParseResult> {
  const context = manifest === undefined ? {} : { manifest: ManifestSchema.parse(manifest) };
  return parser.parse(unitOf(dir), context);
}

function byText(items: readonly EvidenceDraft[], needle: string): EvidenceDraft {
  const found = items.find((item) => item.text.includes(needle));
  if (!found) throw new Error(`no item containing ${needle}`);
  return found;
}

describe('slack export: acme-slack-export sample', () => {
  const dir = path.join(SAMPLES, 'acme-slack-export');

  it('is detected as a Slack export with high confidence', () => {
    expect(parser.detect(unitOf(dir))).toBeGreaterThanOrEqual(0.9);
  });

  it('makes one internal, valid evidence item per message, numbered m1..mN in ts order', async () => {
    const result = await parseDir(dir);
    expect(result.status).toBe('parsed');
    expect(result.kind).toBe('chat');
    expect(result.items.length).toBeGreaterThan(0);
    result.items.forEach((item, i) => {
      expect(EvidenceDraftSchema.safeParse(item).success).toBe(true);
      expect(item.locator).toBe(`m${i + 1}`);
      expect(item.visibility).toBe('internal');
      expect(item.author?.side).toBe('internal');
      expect(item.text).not.toMatch(/<@U|&amp;|&gt;|&lt;/);
    });
    const times = result.items.map((item) => item.at ?? '');
    expect(times).toEqual([...times].sort());
  });

  it('gives the same items for the same bytes', async () => {
    expect(await parseDir(dir)).toEqual(await parseDir(dir));
  });
});

describe('slack export: slack-export-acme-messy sample (every listed quirk)', async () => {
  const result = await parseDir(path.join(SAMPLES, 'slack-export-acme-messy'));
  const { items } = result;

  it('keeps join and tombstone rows out of evidence but counts them', () => {
    expect(items.some((item) => /has joined|was deleted/.test(item.text))).toBe(false);
    expect(result.data?.skipped).toMatchObject({ channel_join: 1, tombstone: 1 });
  });

  it('counts the thread_broadcast once and puts it in its thread', () => {
    const broadcast = items.filter((item) => item.text.startsWith('Revert merged'));
    expect(broadcast).toHaveLength(1);
    const parent = byText(items, 'Heads up');
    expect(broadcast[0]?.meta?.thread).toBe(parent.locator);
    // the root copy inside the broadcast is not a second parent
    expect(items.filter((item) => item.text.startsWith('Heads up'))).toHaveLength(1);
  });

  it('keeps a reply posted after midnight in the next day file inside its thread, in ts order', () => {
    const parent = byText(items, 'Heads up');
    const lateReply = byText(items, 'Thanks all');
    expect(lateReply.meta?.thread).toBe(parent.locator);
    expect(lateReply.at).toBe('2026-11-20T00:01:30.000Z');
    const pagerBot = byText(items, '413 rate 0.00%');
    expect(Number(lateReply.locator.slice(1))).toBeGreaterThan(Number(pagerBot.locator.slice(1)));
  });

  it('reads a bot message whose content is only in attachments, as a bot', () => {
    const bot = byText(items, '[Resolved] erp-bridge-prod 413 rate > 1%');
    expect(bot.author).toEqual({ name: 'PagerBot', role: 'bot', side: 'internal' });
    expect(bot.text).toContain('Service: erp-bridge-prod');
  });

  it('turns a file-only message into its file name and lists the attachment', () => {
    const file = byText(items, 'dlq-count-northwind.png');
    expect(file.text).toBe('dlq-count-northwind.png');
    expect(file.meta?.attachments).toEqual(['dlq-count-northwind.png']);
  });

  it('names a deleted user from the message user_profile', () => {
    const deleted = byText(items, 'VP Finance sign-off');
    expect(deleted.author?.name).toBe('tomas');
    expect(deleted.author?.role).toBe('unknown');
  });

  it('uses the real name when display_name is empty, and resolves roles from titles', () => {
    const zoe = byText(items, 'RCA draft by Thu EOD');
    expect(zoe.author).toMatchObject({
      name: 'Zoë Ångström',
      role: 'engineering',
      email: 'zoe@acme.example',
    });
    expect(byText(items, 'I own it').author?.role).toBe('support');
    expect(byText(items, 'Heads up').author?.role).toBe('success');
  });

  it('decodes channel, user group, links and escapes', () => {
    const heads = byText(items, 'Heads up');
    expect(heads.text).toContain('credits & a written RCA');
    expect(heads.text).toContain('#esc-order-sync');
    expect(heads.text).toContain('ZD#48219 (https://acme-support.zendesk.com/agent/tickets/48219)');
    expect(heads.text).toContain('@support-leads who owns');
    expect(byText(items, 'RCA draft').text).toContain('orders >250 lines');
    const link = byText(items, 'Credits policy v3');
    expect(link.text).toContain('Credits policy v3 (https://wiki.acme.example/billing/credits)');
    expect(link.text).not.toContain('region=us');
  });

  it('prefers text over blocks that differ from it', () => {
    const closing = byText(items, 'Closing the loop');
    expect(closing.text).toContain('@sofia please send');
    expect(closing.text).toContain(':white_check_mark:');
  });

  it('records the edit time and roots a thread whose parent is a tombstone at its first reply', () => {
    expect(byText(items, 'RCA draft').meta?.editedAt).toBe('2026-11-19T14:24:30.000Z');
    const orphan = byText(items, 'replayed 214/214');
    expect(orphan.meta?.thread).toBe(orphan.locator);
  });
});

describe('slack export: slack-export-zulip sample (real, old style)', async () => {
  const dir = path.join(SAMPLES, 'slack-export-zulip');
  const result = await parseDir(dir);

  it('works without channels.json, naming the channel from its folder', () => {
    expect(result.status).toBe('parsed');
    expect(result.items.every((item) => item.meta?.channel === 'random')).toBe(true);
  });

  it('reads an old file_share message and strips the xoxe token from every text', () => {
    const share = byText(result.items, 'uploaded a file');
    expect(share.meta?.attachments).toEqual(['dirac72.md']);
    expect(share.text).toContain(
      'dirac72.md (https://plan8team.slack.com/files/U6006P1CN/F8VSW87RR/dirac72.md)',
    );
    expect(result.items.some((item) => /xox|\?t=/.test(item.text))).toBe(false);
  });

  it('keeps <!channel> as @channel and plain @everyone as typed', () => {
    expect(result.items.filter((item) => item.text === '@channel')).toHaveLength(2);
    expect(result.items.filter((item) => item.text === '@everyone')).toHaveLength(2);
  });

  it('orders messages across day files by ts, oldest first', () => {
    expect(result.items[0]?.text).toBe('edfadfa');
    expect(result.items[0]?.at?.startsWith('2017-06-25')).toBe(true);
  });
});

describe('slack export: messy Enterprise Grid fixture', async () => {
  const dir = path.join(FIXTURES, 'grid-export');
  const result = await parseDir(dir, {
    people: [{ name: 'Dana Okafor', role: 'success' }],
  });
  const { items, warnings } = result;

  it('reads org_users.json, groups.json and a DM folder', () => {
    expect(result.data?.channels).toEqual(['D0DMKENJI', 'incident-war-room']);
    expect(byText(items, 'between us').meta?.channel).toBe('D0DMKENJI');
    expect(byText(items, 'Globex checkout').author).toEqual({
      name: 'Priya N',
      role: 'engineering',
      side: 'internal',
      email: 'priya.natarajan@globex.example',
      zone: 'Asia/Kolkata',
    });
  });

  it('numbers channels by name, so the DM folder comes first', () => {
    expect(byText(items, 'between us').locator).toBe('m1');
  });

  it('lets the manifest role override the title', () => {
    expect(byText(items, 'between us').author?.role).toBe('success');
  });

  it('warns about an unknown mention and keeps the id', () => {
    expect(byText(items, 'Globex checkout').text).toContain('@W99GHOST said');
    expect(warnings.some((w) => w.includes('W99GHOST'))).toBe(true);
  });

  it('uses the date fallback and strips query strings and tokens from links', () => {
    const text = byText(items, 'Globex checkout').text;
    expect(text).toContain('since 10:33 AM');
    expect(text).toContain('dash (https://grafana.globex.example/d/abc)');
    expect(text).toContain('har.har (https://files.slack.com/files-pri/T1-F9/har.har)');
    expect(text).not.toMatch(/xoxe|orgId/);
  });

  it('reads a bot known only by bot_profile, with only an attachment fallback', () => {
    expect(byText(items, 'INC-77').author).toEqual({ name: 'Statuspage', role: 'bot', side: 'internal' });
  });

  it('falls back to blocks when text is empty', () => {
    expect(byText(items, 'Customer is asking for an RCA').text).toBe(
      'Customer is asking for an RCA, @Priya N can you own it?',
    );
  });

  it('keeps an unknown subtype with text and flags it; drops hidden rows', () => {
    byText(items, 'Huddle notes');
    expect(warnings.some((w) => w.includes('huddle_thread'))).toBe(true);
    expect(items.some((item) => item.text.includes('edited copy'))).toBe(false);
    expect(result.data?.skipped).toMatchObject({ group_join: 1, message_changed: 1, duplicate: 1 });
  });

  it('names a user missing from org_users.json by the message snapshot', () => {
    expect(byText(items, 'CDN vendor call').author?.name).toBe('Former Contractor');
  });

  it('counts a ts exported twice once, keeping the earlier file', () => {
    expect(items.filter((item) => item.text.includes('Duplicate of the parent'))).toHaveLength(0);
  });

  it('warns, naming the file, about a truncated day file and a non-message entry, and goes on', () => {
    expect(warnings.some((w) => w.includes('incident-war-room/2026-11-22.json') && w.includes('JSON'))).toBe(
      true,
    );
    expect(warnings.some((w) => w.includes('incident-war-room/2026-11-20.json'))).toBe(true);
    expect(byText(items, 'Root cause: expired origin cert on edge-eu-2 > renewed').meta?.editedAt).toBe(
      '2026-11-21T00:01:40.000Z',
    );
  });
});

describe('slack export: bad input never throws', () => {
  it.each([
    ['empty day file', '[]'],
    ['not JSON', '{oops'],
    ['an object', '{"ok": true}'],
    ['binary', '\u0000\u0001\u0002'],
  ])('returns warnings for %s', async (_label, content) => {
    const unit: IntakeUnit = {
      name: 'slack-export',
      files: [
        { name: 'slack-export/users.json', bytes: new TextEncoder().encode('[]') },
        { name: 'slack-export/general/2026-11-20.json', bytes: new TextEncoder().encode(content) },
      ],
    };
    const result = await parser.parse(unit, {});
    expect(result.items).toHaveLength(0);
    expect(['skipped', 'failed']).toContain(result.status);
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  it('keeps messages from an unknown user or with no author, warning with the id or the file', async () => {
    const day = [
      { type: 'message', ts: '1795096931.000100', user: 'U404', text: 'who am I' },
      { type: 'message', ts: '1795096932.000100', text: 'nobody wrote this' },
    ];
    const unit: IntakeUnit = {
      name: 'ex',
      files: [
        { name: 'ex/users.json', bytes: new TextEncoder().encode('[]') },
        { name: 'ex/ops/2026-11-19.json', bytes: new TextEncoder().encode(JSON.stringify(day)) },
      ],
    };
    const result = await parser.parse(unit, {});
    expect(result.items.map((item) => item.author?.name ?? null)).toEqual(['U404', null]);
    expect(result.warnings).toEqual([
      'ex: unknown Slack user U404, kept as its id',
      'ex/ops/2026-11-19.json: message(s) without any author, kept unattributed',
    ]);
  });

  it('names a channel folder called by its id after channels.json', async () => {
    const day = [{ type: 'message', ts: '1795096931.000100', user: 'U1', text: 'hello' }];
    const unit: IntakeUnit = {
      name: 'ex',
      files: [
        { name: 'ex/C07ESC/2026-11-19.json', bytes: new TextEncoder().encode(JSON.stringify(day)) },
        {
          name: 'ex/channels.json',
          bytes: new TextEncoder().encode('[{"id":"C07ESC","name":"esc-order-sync"}]'),
        },
      ],
    };
    const result = await parser.parse(unit, {});
    expect(result.items[0]?.meta?.channel).toBe('esc-order-sync');
  });

  it('detects a lone day file but not an unrelated JSON array', () => {
    const day = readFileSync(path.join(SAMPLES, 'acme-slack-export/esc-order-sync/2026-11-18.json'));
    expect(parser.detect({ name: 'x.json', files: [{ name: 'x.json', bytes: day }] })).toBeGreaterThan(0.5);
    const other = new TextEncoder().encode('[{"type":"message","ts":"12"}]');
    expect(parser.detect({ name: 'y.json', files: [{ name: 'y.json', bytes: other }] })).toBe(0);
  });
});

describe('slack export: eval handoffs (structure only)', () => {
  const exports = readdirSync(CASES)
    .filter((c) => statSync(path.join(CASES, c)).isDirectory())
    .flatMap((c) =>
      readdirSync(path.join(CASES, c, 'handoff'))
        .map((entry) => path.join(CASES, c, 'handoff', entry))
        .filter((full) => statSync(full).isDirectory())
        .filter((full) => readdirSync(full).some((f) => f === 'users.json' || f === 'channels.json')),
    );

  it('finds the exports', () => {
    expect(exports.length).toBeGreaterThanOrEqual(5);
  });

  it.each(exports.map((dir) => [path.relative(CASES, dir), dir]))(
    '%s parses into valid threaded evidence',
    async (_n, dir) => {
      const unit = unitOf(dir);
      expect(parser.detect(unit)).toBeGreaterThanOrEqual(0.9);
      const result = await parser.parse(unit, {});
      expect(result.status).toBe('parsed');
      const locators = new Set(result.items.map((item) => item.locator));
      for (const item of result.items) {
        expect(EvidenceDraftSchema.safeParse(item).success).toBe(true);
        expect(item.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(item.author).not.toBeNull();
        if (item.meta?.thread !== undefined) expect(locators.has(item.meta.thread)).toBe(true);
        expect(item.text).not.toMatch(/<@[UW][A-Z0-9]+>|<https?:|&amp;|xox[a-z]-/);
      }
    },
  );
});
