import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Author } from '../model/evidence.js';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { zendeskParsers } from './zendesk.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');

function unitOf(file: string): IntakeUnit {
  return {
    name: path.basename(file),
    files: [{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }],
  };
}

function bestFormat(unit: IntakeUnit): string | undefined {
  const scored = zendeskParsers.map((p) => ({ p, s: p.detect(unit) })).filter((x) => x.s > 0);
  scored.sort((a, b) => b.s - a.s);
  return scored[0]?.p.format;
}

async function parse(file: string): Promise<ParseResult> {
  const unit = unitOf(file);
  const parser = zendeskParsers.find((p) => p.format === bestFormat(unit));
  if (!parser) throw new Error(`no zendesk parser detects ${file}`);
  return parser.parse(unit, {});
}

async function parse0(unit: IntakeUnit): Promise<ParseResult> {
  const parser = zendeskParsers.find((p) => p.format === bestFormat(unit));
  if (!parser) throw new Error(`no zendesk parser detects ${unit.name}`);
  return parser.parse(unit, {});
}

const byLocator = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);

describe('zendesk detection', () => {
  it.each([
    ['acme-zendesk-ticket-48219.json', 'zendesk-ticket'],
    ['zendesk-ticket-go-zendesk.json', 'zendesk-ticket'],
    ['zendesk-ticket-sideload-go-zendesk.json', 'zendesk-ticket'],
    ['acme-zendesk-comments-48219.json', 'zendesk-comments'],
    ['zendesk-comments-docs-example.json', 'zendesk-comments'],
    ['zendesk-ticket-audits-go-zendesk.json', 'zendesk-audits'],
  ] satisfies [string, string][])('detects %s as %s', (file, format) => {
    expect(bestFormat(unitOf(path.join(SAMPLES, file)))).toBe(format);
  });

  it.each(['freshdesk-ticket.json', 'intercom-conversation.json', 'login.har', 'statuspage-incidents.json'])(
    'does not claim %s',
    (file) => {
      expect(bestFormat(unitOf(path.join(SAMPLES, file)))).toBeUndefined();
    },
  );
});

describe('zendesk comments', () => {
  it('resolves sideloaded users to roles and marks private comments internal', async () => {
    const r = await parse(path.join(SAMPLES, 'acme-zendesk-comments-48219.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(r.items.map((i) => i.locator)).toEqual(['c1001', 'c1002', 'c1003', 'c1004', 'c1005', 'c1006']);
    expect(byLocator(r, 'c1001')?.author).toEqual({
      name: 'Dana Whitfield',
      role: 'customer',
      side: 'external',
      email: 'dana.whitfield@northwind-traders.com',
      // the user's profile zone as an IANA zone
      zone: 'America/New_York',
    });
    expect(byLocator(r, 'c1002')?.author?.role).toBe('support');
    expect(byLocator(r, 'c1002')?.author?.side).toBe('internal');
    expect(byLocator(r, 'c1004')?.visibility).toBe('internal');
    expect(byLocator(r, 'c1003')?.visibility).toBe('public');
    expect(byLocator(r, 'c1001')?.at).toBe('2026-11-17T14:05:11.000Z');
    expect(byLocator(r, 'c1001')?.meta?.attachments).toEqual(['sync-status.png']);
  });

  it('keeps a comment whose only content is an attachment, naming the file', async () => {
    const r = await parse(path.join(SAMPLES, 'acme-zendesk-comments-48219.json'));
    const item = byLocator(r, 'c1005');
    expect(item?.meta?.attachments).toEqual(['erp-error-dialog.png']);
    expect(item?.text).toContain('erp-error-dialog.png');
    expect(item?.author?.name).toBe('Piotr Zieliński');
  });

  it('reads via under metadata and warns about authors missing from users', async () => {
    const r = await parse(path.join(SAMPLES, 'zendesk-comments-docs-example.json'));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      locator: 'c1274',
      visibility: 'public',
      text: 'Thanks for your help!',
    });
    expect(r.items[0]?.author).toMatchObject({ name: 'user 123123', role: 'unknown', side: 'unknown' });
    expect(r.warnings).toEqual([expect.stringContaining('zendesk-comments-docs-example.json')]);
    expect(r.warnings[0]).toContain('123123');
  });

  it('handles a BOM, HTML-only bodies with scripts, the system user and empty comments', async () => {
    const r = await parse(path.join(FIXTURES, 'zendesk-comments-messy.json'));
    expect(r.status).toBe('parsed');
    const html = byLocator(r, 'c9001');
    expect(html?.text).toContain('Export stopped at row 10,000.');
    expect(html?.text).not.toMatch(/alert|script|<p>/);
    expect(html?.author).toMatchObject({
      name: 'Zoë Ångström',
      role: 'customer',
      email: 'zoe@fjord-logistics.example',
    });
    expect(byLocator(r, 'c9002')?.author).toEqual({ name: 'Zendesk', role: 'bot', side: 'internal' });
    const note = byLocator(r, 'c9003');
    expect(note?.visibility).toBe('internal');
    expect(note?.text).toBe('Checked the job log: worker OOM at 10k rows. Filed ENG-2231.');
    expect(note?.author).toEqual({ name: 'Sam Okafor', role: 'support', side: 'internal' });
    // unknown user, but the email envelope names them
    const attachmentOnly = byLocator(r, 'c9004');
    expect(attachmentOnly?.author).toMatchObject({
      name: 'Jonas Berg',
      role: 'unknown',
      email: 'jonas.berg@fjord-logistics.example',
    });
    expect(attachmentOnly?.meta?.attachments).toEqual(['export-cut.png']);
    expect(byLocator(r, 'c9005')).toBeUndefined();
    const voice = byLocator(r, 'c9006');
    expect(voice?.text).toContain('Oslo team');
    expect(voice?.at).toBeNull();
    expect(r.warnings.some((w) => w.includes('888'))).toBe(true);
  });
});

describe('zendesk comments without sideloaded users', () => {
  const comments = (list: object[]): IntakeUnit => ({
    name: 'comments.json',
    files: [{ name: 'comments.json', bytes: new TextEncoder().encode(JSON.stringify({ comments: list })) }],
  });
  const THREAD = [
    { id: 1, author_id: 700, public: true, body: 'Our nightly report arrived empty.' },
    { id: 2, author_id: 800, public: true, body: 'Thanks, looking into it now.' },
    { id: 3, author_id: 800, public: false, body: 'Runner logged rows=0 again.' },
    { id: 4, author_id: 900, public: true, body: 'Any news?' },
  ];

  it('reads an author of a private comment as our staff: only agents write internal notes', async () => {
    const r = await parse0(comments(THREAD));
    expect(r.items.map((i) => i.author?.role)).toEqual(['unknown', 'support', 'support', 'unknown']);
    expect(r.warnings.join('\n')).toMatch(/700, 900 \(role unknown\)/);
  });

  it('takes the requester and the assignee from the ticket another file of the handoff holds', async () => {
    const ticket: IntakeUnit = {
      name: 'ticket.json',
      files: [
        {
          name: 'ticket.json',
          bytes: new TextEncoder().encode(
            JSON.stringify({
              ticket: { id: 5, subject: 'Empty report', requester_id: 700, assignee_id: 900 },
            }),
          ),
        },
      ],
    };
    const read = await parse0(ticket);
    const people = new Map(read.data?.people as [string, Author][]);
    expect(people.get('zendesk:700')).toMatchObject({ role: 'customer', side: 'external' });
    const parser = zendeskParsers.find((p) => p.format === 'zendesk-comments');
    const r = await parser?.parse(comments(THREAD), { people });
    expect(r?.items.map((i) => i.author?.role)).toEqual(['customer', 'support', 'support', 'support']);
    expect(r?.warnings.join('\n')).not.toMatch(/author ids not found/);
  });
});

describe('zendesk ticket', () => {
  it('turns ticket fields into field items and marks the description', async () => {
    const r = await parse(path.join(SAMPLES, 'acme-zendesk-ticket-48219.json'));
    expect(r.status).toBe('parsed');
    expect(byLocator(r, 'f.subject')).toMatchObject({
      text: 'Subject: URGENT: order sync to ERP failing since Tuesday (ticket #48219)',
      meta: { unit: 'field', field: 'subject' },
      at: '2026-11-17T14:05:11.000Z',
    });
    expect(byLocator(r, 'f.priority')?.text).toBe('Priority: urgent');
    expect(byLocator(r, 'f.tags')?.text).toBe('Tags: enterprise, erp_sync, sla_premium, urgent');
    expect(byLocator(r, 'f.description')?.meta).toEqual({ unit: 'field', field: 'description' });
    expect(byLocator(r, 'f.priority')?.visibility).toBe('internal');
    // no users sideloaded: the email envelope still names the requester
    expect(byLocator(r, 'f.requester')?.text).toBe(
      'Requester: Dana Whitfield <dana.whitfield@northwind-traders.com>',
    );
  });

  it('resolves requester and group through sideloads', async () => {
    const r = await parse(path.join(SAMPLES, 'zendesk-ticket-sideload-go-zendesk.json'));
    expect(byLocator(r, 'f.requester')?.text).toBe('Requester: Yosuke Tamura <nukosuke@lavabit.com>');
    expect(byLocator(r, 'f.group')?.meta?.field).toBe('group');
    expect(byLocator(r, 'f.description')?.text).toBe('(●ↀ ω ↀ )');
  });
});

describe('zendesk audits and incremental exports', () => {
  it('reads private Comment events and status changes from audits', async () => {
    const r = await parse(path.join(SAMPLES, 'zendesk-ticket-audits-go-zendesk.json'));
    expect(r.items.map((i) => [i.locator, i.visibility, i.meta?.unit])).toEqual([
      ['c2127301148', 'internal', 'comment'],
      ['ch2127301163', 'internal', 'field'],
    ]);
    expect(byLocator(r, 'ch2127301163')?.text).toBe('Status changed: new → open');
    expect(byLocator(r, 'c2127301148')?.at).toBe('2011-09-25T22:35:44.000Z');
  });

  it('reads comment and change child events of ticket_events, skipping notifications', async () => {
    const r = await parse(path.join(FIXTURES, 'zendesk-incremental-events.json'));
    expect(r.items.map((i) => i.locator)).toEqual(['c7101', 'ch7102']);
    expect(byLocator(r, 'ch7102')?.text).toBe('Priority changed: normal → high');
    expect(byLocator(r, 'c7101')?.at).toBe('2026-03-02T08:35:00.000Z');
  });
});

describe('zendesk incremental ticket export', () => {
  it('prefixes each ticket’s field locators with its id', async () => {
    const r = await parse(path.join(FIXTURES, 'zendesk-incremental-tickets.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(byLocator(r, 't4410.f.subject')?.text).toBe('Subject: Export stops at 10,000 rows (ticket #4410)');
    expect(byLocator(r, 't4411.f.links')?.text).toBe('Linked tickets: problem #4410');
    expect(byLocator(r, 't4411.f.priority')).toBeUndefined();
    expect(byLocator(r, 't4411.f.description')).toBeUndefined();
    expect(new Set(r.items.map((i) => i.locator)).size).toBe(r.items.length);
  });
});

describe('zendesk bad input', () => {
  it('fails with a warning naming the file for invalid JSON', async () => {
    const parser = zendeskParsers[1];
    const unit = {
      name: 'broken.json',
      files: [{ name: 'broken.json', bytes: new TextEncoder().encode('{"comments": [') }],
    };
    const r = await parser?.parse(unit, {});
    expect(r?.status).toBe('failed');
    expect(r?.warnings[0]).toMatch(/^broken\.json: invalid JSON/);
  });

  it.each([
    ['"next_page":"https://x.zendesk.com/api/v2/tickets/1/comments.json?page=2"'],
    ['"meta":{"has_more":true,"after_cursor":"abc"}'],
  ])('warns that a paged export (%s) is incomplete', async (paging) => {
    const parser = zendeskParsers[1];
    const json = `{"comments":[{"id":1,"author_id":-1,"public":true,"body":"hi"}],${paging}}`;
    const unit = {
      name: 'page1.json',
      files: [{ name: 'page1.json', bytes: new TextEncoder().encode(json) }],
    };
    const r = await parser?.parse(unit, {});
    expect(r?.status).toBe('parsed');
    expect(r?.warnings).toEqual([expect.stringMatching(/^page1\.json: only the first page/)]);
  });

  it('claims an empty comments page and reports it skipped', async () => {
    const bytes = new TextEncoder().encode('{"comments":[],"next_page":null,"previous_page":null,"count":0}');
    const unit = { name: 'none.json', files: [{ name: 'none.json', bytes }] };
    expect(bestFormat(unit)).toBe('zendesk-comments');
    const r = await parse0(unit);
    expect(r.status).toBe('skipped');
    expect(r.warnings).toEqual(['none.json: no evidence found in this zendesk-comments file']);
  });

  it('skips a comments file with no usable comment', async () => {
    const parser = zendeskParsers[1];
    const bytes = new TextEncoder().encode('{"comments":[{"id":1,"author_id":2,"public":true,"body":""}]}');
    const r = await parser?.parse({ name: 'empty.json', files: [{ name: 'empty.json', bytes }] }, {});
    expect(r?.status).toBe('skipped');
    expect(r?.warnings.some((w) => w.startsWith('empty.json:'))).toBe(true);
  });
});

describe('zendesk files in the evaluation handoffs', () => {
  const files = [
    '00-northwind-order-sync/handoff/acme-zendesk-comments-48219.json',
    '01-order-sync-since-tuesday/handoff/zendesk-58113-comments.json',
    '01-order-sync-since-tuesday/handoff/zendesk-58113.json',
    '05-intermittent-api-500-har/handoff/ticket-61240-comments.json',
    '07-double-charge-refund/handoff/zendesk/ticket-71822.json',
    '08-howto-wrongly-escalated/handoff/33907-comments.json',
    '10-dashboard-charts-after-upgrade/handoff/zendesk-48877-comments.json',
    '11-sla-breach-strategic/handoff/ticket_90417_comments.json',
  ];
  it.each(files)('parses %s without warnings, with resolved authors and UTC times', async (file) => {
    const r = await parse(path.join(CASES, file));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    for (const item of r.items) {
      if (item.at !== null) expect(item.at).toMatch(/Z$/);
      if (item.meta?.unit === 'comment') expect(item.author?.role).not.toBe('unknown');
    }
  });
});
