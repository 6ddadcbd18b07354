/**
 * Real exports from other projects' test fixtures (test/fixtures/real, see SOURCES.md), read the way
 * `spine intake` reads them: every one read right, or refused with a warning that says why.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import type { Evidence, Source } from '../../src/core/model/evidence.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const REAL = join(repoRoot, 'test/fixtures/real');

interface Read {
  readonly source: Source;
  readonly evidence: readonly Evidence[];
  readonly warnings: readonly string[];
}

async function read(file: string): Promise<Read> {
  const { result } = await intakeFromPaths([join(REAL, file)], { ocrCache: false });
  expect(result.sources).toHaveLength(1);
  const [source] = result.sources;
  if (!source) throw new Error('no source');
  return { source, evidence: result.evidence, warnings: source.warnings };
}

const byId = (r: Read, locator: string) => r.evidence.find((e) => e.id === `${r.source.id}:${locator}`);
const locators = (r: Read) => r.evidence.map((e) => e.id.split(':')[1]);

const ALL = ['zendesk', 'intercom', 'freshdesk', 'statuspage', 'har', 'slack'].flatMap((dir) =>
  readdirSync(join(REAL, dir)).map((name) => `${dir}/${name}`),
);

describe('every real file', () => {
  it('is at least twenty files from other projects', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(20);
  });

  it.each(ALL)(
    '%s: read by a format parser or refused by name, never kept as a raw-JSON note',
    async (file) => {
      const r = await read(file);
      expect(r.source.format).not.toBe('notes');
      for (const item of r.evidence) expect(item.text.trimStart()).not.toMatch(/^[{[]\s*"/);
      if (r.source.status !== 'parsed') {
        expect(r.evidence).toHaveLength(0);
        expect(r.warnings.some((w) => w.startsWith(r.source.name))).toBe(true);
      }
    },
  );
});

describe('Zendesk (nukosuke/go-zendesk)', () => {
  it('reads a single {"audit": …} as the audit it is: a private comment and a status change', async () => {
    const r = await read('zendesk/go-zendesk-ticket_audit.json');
    expect(r.source).toMatchObject({ format: 'zendesk-audits', status: 'parsed', kind: 'ticket' });
    expect(byId(r, 'c2127301148')).toMatchObject({
      text: 'This is a new private comment',
      visibility: 'internal',
      at: '2011-09-25T22:35:44.000Z',
    });
    expect(byId(r, 'ch2127301163')?.text).toBe('Status changed: new → open');
    // no user is sideloaded, but only an agent can write a private comment: our staff, not unknown
    expect(byId(r, 'c2127301148')?.author).toMatchObject({ role: 'support', side: 'internal' });
    expect(r.warnings.join('\n')).not.toMatch(/author ids not found in users/);
  });

  it('reads the audits page to the same two items', async () => {
    const r = await read('zendesk/go-zendesk-ticket_audits.json');
    expect(locators(r)).toEqual(['c2127301148', 'ch2127301163']);
  });

  it('reads a wrapped ticket, and says a comments page is not the last one', async () => {
    const ticket = await read('zendesk/go-zendesk-ticket.json');
    expect(ticket.source).toMatchObject({ format: 'zendesk-ticket', status: 'parsed' });
    expect(byId(ticket, 'f.subject')).toMatchObject({
      text: 'Subject: Mail to create fixture ticket for testing (ticket #2)',
      visibility: 'public',
      at: '2019-06-03T02:23:47.000Z',
    });
    const comments = await read('zendesk/go-zendesk-ticket_comments.json');
    expect(comments.source).toMatchObject({ format: 'zendesk-comments', items: 2 });
    expect(comments.evidence.every((e) => e.visibility === 'public')).toBe(true);
    expect(comments.warnings.join('\n')).toMatch(/only the first page was exported/);
  });

  it.each([
    ['zendesk/go-zendesk-tickets.json', ['t2.f.subject', 't3.f.subject']],
    ['zendesk/go-zendesk-search_ticket.json', ['t4.f.subject']],
    ['zendesk/go-zendesk-ticket_result.json', ['t4.f.subject']],
  ])('reads the tickets of %s (list, search results or bare array) each under its id', async (file, ids) => {
    const r = await read(file);
    expect(r.source.status).toBe('parsed');
    for (const id of ids) expect(byId(r, id)?.text).toMatch(/^Subject: .+ \(ticket #\d+\)$/);
  });

  it('refuses a user list, naming its keys and what Spine reads', async () => {
    const r = await read('zendesk/go-zendesk-users.json');
    expect(r.source).toMatchObject({ format: 'json', status: 'skipped', items: 0 });
    expect(r.warnings[0]).toMatch(
      /^go-zendesk-users\.json: JSON in a shape Spine does not read \(top-level keys: users, next_page, previous_page, count\); expected a Zendesk ticket/,
    );
  });
});

describe('Intercom (intercom-go, intercom-dotnet)', () => {
  it('keeps the older conversation_message as the opening message, before the reply', async () => {
    const r = await read('intercom/intercom-go-conversation.json');
    expect(r.source).toMatchObject({ format: 'intercom-conversation', status: 'parsed', kind: 'chat' });
    const messages = r.evidence.filter((e) => !e.id.includes(':f.'));
    expect(messages.map((e) => e.id.split(':')[1])).toEqual(['src', 'p4412']);
    expect(messages[0]).toMatchObject({
      at: '2014-05-23T13:16:13.000Z',
      visibility: 'public',
      author: { role: 'support', side: 'internal' },
    });
    expect(messages[0]?.text).toMatch(/^Hi Alice,/);
    expect(messages[1]).toMatchObject({ author: { role: 'customer', side: 'external' } });
    expect(messages[1]?.text).toContain("it's all great thanks");
  });

  it('reads a conversation list, saying it has opening messages only', async () => {
    const r = await read('intercom/intercom-dotnet-ConversationsList.json');
    expect(byId(r, 'src')).toMatchObject({ text: 'test msg', author: { role: 'customer' } });
    expect(r.warnings.join('\n')).toMatch(/opening message only, no replies/);
  });

  it('reads JSON with a comment leniently and says so, and counts the parts the file leaves out', async () => {
    const r = await read('intercom/intercom-dotnet-Conversation.json');
    expect(r.source.status).toBe('parsed');
    expect(byId(r, 'src')?.text).toMatch(/^Hi Alice,/);
    expect(r.warnings.join('\n')).toMatch(/not strict JSON \(comments or trailing commas\); read leniently/);
    expect(r.warnings.join('\n')).toMatch(/1 of 1 conversation parts are not in the export/);
  });

  it('refuses a user_message, which is no conversation', async () => {
    const r = await read('intercom/intercom-go-message.json');
    expect(r.source).toMatchObject({ format: 'json', status: 'skipped' });
    expect(r.warnings[0]).toMatch(/top-level keys: type, id, created_at, body, message_type, template/);
  });
});

describe('Freshdesk (sjkingo/python-freshdesk, API v1 and v2)', () => {
  it('reads a v1 helpdesk_ticket with its note: requester as customer, times in UTC', async () => {
    const r = await read('freshdesk/python-freshdesk-v1-ticket_1.json');
    expect(r.source).toMatchObject({ format: 'freshdesk-ticket', status: 'parsed' });
    expect(byId(r, 'f.subject')?.text).toBe('Subject: This is a sample ticket (ticket #1)');
    expect(byId(r, 'desc')).toMatchObject({
      author: { name: 'Rachel', role: 'customer', side: 'external' },
      at: '2014-12-31T02:27:09.000Z',
      visibility: 'public',
    });
    expect(byId(r, 'c5006713943')).toMatchObject({
      text: 'This is a reply.',
      visibility: 'public',
      author: { name: 'William', role: 'support', side: 'internal' },
    });
    expect(byId(r, 'f.status')?.text).toBe('Status: Open');
  });

  it('reads v1 ticket arrays and v2 search results ticket by ticket', async () => {
    const all = await read('freshdesk/python-freshdesk-v1-all_tickets.json');
    expect(all.source.status).toBe('parsed');
    expect(byId(all, 'desc')?.author?.role).toBe('customer');
    const search = await read('freshdesk/python-freshdesk-v2-search_tickets.json');
    expect(byId(search, 't1.f.subject')?.text).toBe('Subject: This is a sample ticket (ticket #1)');
  });

  it('reads v2 conversations, a lone note (internal) and a lone reply (public)', async () => {
    const list = await read('freshdesk/python-freshdesk-v2-conversations.json');
    expect(list.evidence.map((e) => [e.text, e.visibility])).toEqual([
      ['This is a private note', 'internal'],
      ['This is a reply', 'public'],
    ]);
    const note = await read('freshdesk/python-freshdesk-v2-note_1.json');
    expect(note.evidence).toHaveLength(1);
    expect(note.evidence[0]).toMatchObject({ visibility: 'internal', at: '2016-05-19T05:36:12.000Z' });
    const reply = await read('freshdesk/python-freshdesk-v2-reply_1.json');
    expect(reply.evidence[0]).toMatchObject({ visibility: 'public', text: 'This is a reply' });
  });

  it('reads a v2 ticket with its requester, and refuses a contact list', async () => {
    const ticket = await read('freshdesk/python-freshdesk-v2-ticket_1.json');
    expect(byId(ticket, 'desc')?.author).toMatchObject({ name: 'Dummyname', role: 'customer' });
    const contacts = await read('freshdesk/python-freshdesk-v1-contacts.json');
    expect(contacts.source.status).toBe('skipped');
    expect(contacts.warnings[0]).toMatch(/an array of 2 objects; keys of the first: user\)/);
  });
});

describe('Statuspage (stephenyeargin/hubot-statuspage)', () => {
  it.each([
    'statuspage/hubot-statuspage-incidents.json',
    'statuspage/hubot-statuspage-incident.json',
    'statuspage/hubot-statuspage-unresolved-incidents.json',
  ])('reads %s without a page: public updates by the page, and says the page is unknown', async (file) => {
    const r = await read(file);
    expect(r.source).toMatchObject({ format: 'statuspage', status: 'parsed', kind: 'status' });
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
    for (const item of r.evidence) {
      expect(item).toMatchObject({ visibility: 'public', author: { role: 'bot', side: 'external' } });
    }
    expect(r.evidence.some((e) => e.id.endsWith(':ibd0b7yh8rkfz'))).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/without their page/);
  });

  it('refuses a component list', async () => {
    const r = await read('statuspage/hubot-statuspage-components.json');
    expect(r.source).toMatchObject({ format: 'json', status: 'skipped' });
  });
});

describe('HAR (haralyzer test data)', () => {
  it('counts a status-0 "Aborted" request as a failed one', async () => {
    const r = await read('har/haralyzer-cnn.har');
    expect(byId(r, 'summary')?.text).toMatch(/145 requests, 1 failed \(0 HTTP errors, 1 network failure,/);
    expect(r.evidence.some((e) => e.text.includes('→ no response (Aborted)'))).toBe(true);
  });

  it('calls no same-path redirect with another query a loop', async () => {
    const r = await read('har/haralyzer-cnn-chrome.har');
    expect(byId(r, 'summary')?.text).toMatch(/292 requests, 0 failed .*0 redirect loops/);
    expect(r.evidence.some((e) => e.text.includes('Redirect loop'))).toBe(false);
  });

  it.each([
    ['har/haralyzer-humanssuck.net.har', /4 requests, 0 failed/, '2015-02-23T03:28:12.136Z'],
    // its one entry has lost its URL and start time: still counted, with no time invented
    ['har/haralyzer-missing_page.har', /HAR capture: 1 requests, 0 failed/, null],
    ['har/haralyzer-single_entry.har', /HAR capture: 1 requests, 0 failed/, '2015-02-23T03:28:12.136Z'],
  ])('reads %s (with or without version, pages, or the log around one entry)', async (file, summary, at) => {
    const r = await read(file);
    expect(r.source).toMatchObject({ format: 'har', status: 'parsed', kind: 'network' });
    expect(byId(r, 'summary')?.text).toMatch(summary);
    expect(byId(r, 'summary')?.at).toBe(at);
  });
});

describe('Slack export zip (hfaran/slack-export-viewer)', () => {
  it('reads both channels as our own people: one team, no customer, nothing public', async () => {
    const r = await read('slack/slack-export-viewer-testarchive.zip');
    expect(r.source).toMatchObject({ format: 'slack-export', status: 'parsed', kind: 'chat' });
    expect(r.evidence.length).toBeGreaterThan(100);
    expect(r.evidence.every((e) => e.visibility === 'internal')).toBe(true);
    expect(r.evidence.some((e) => e.author?.role === 'customer' || e.author?.side === 'external')).toBe(
      false,
    );
    expect(new Set(r.evidence.map((e) => e.meta?.channel))).toEqual(new Set(['enrique', 'traveling-sailor']));
    expect(byId(r, 'm1')).toMatchObject({ at: '2016-01-15T05:55:52.000Z', author: { name: 'hamza' } });
  });
});

describe('spine intake on a file it does not read', () => {
  it('exits 1 and names the file and the shape', () => {
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin/spine.js'), 'intake', join(REAL, 'zendesk/go-zendesk-users.json')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(
      /go-zendesk-users\.json: JSON in a shape Spine does not read/,
    );
    expect(run.stdout).toMatch(/0 parsed, 1 skipped, 0 failed; 0 evidence item/);
  });
});
