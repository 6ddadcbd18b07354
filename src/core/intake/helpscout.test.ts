import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { helpscoutParsers } from './helpscout.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const [parser] = helpscoutParsers;

function unitOf(file: string): IntakeUnit {
  const name = path.basename(file);
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}

async function parse(file: string): Promise<ParseResult> {
  if (!parser) throw new Error('helpscout parser missing');
  return parser.parse(unitOf(file), {});
}

const at = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);
const threads = (r: ParseResult) => r.items.filter((i) => i.locator.startsWith('t'));

describe('helpscout detection', () => {
  it.each([
    ['helpscout-conversation-threads.json', true],
    ['intercom-conversation.json', false],
    ['freshdesk-ticket.json', false],
    ['statuspage-incidents.json', false],
  ] satisfies [string, boolean][])('%s → %s', (file, expected) => {
    expect((parser?.detect(unitOf(path.join(SAMPLES, file))) ?? 0) > 0).toBe(expected);
  });
});

describe('helpscout conversation', () => {
  it('orders threads oldest first and skips the lineitem', async () => {
    const r = await parse(path.join(SAMPLES, 'helpscout-conversation-threads.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(threads(r).map((i) => i.locator)).toEqual(['t7100000', 't7100002', 't7100003', 't7100004']);
    const times = threads(r).map((i) => i.at ?? '');
    expect([...times].sort()).toEqual(times);
  });

  it('marks notes internal and the unsent draft internal and as a draft', async () => {
    const r = await parse(path.join(SAMPLES, 'helpscout-conversation-threads.json'));
    expect(at(r, 't7100000')).toMatchObject({
      visibility: 'public',
      author: { name: 'Ana Lúcia Ferreira', role: 'customer', side: 'external' },
      meta: { attachments: ['webhook-lag.png'] },
    });
    expect(at(r, 't7100002')).toMatchObject({
      visibility: 'public',
      author: { role: 'support', name: 'Priya Nair' },
    });
    expect(at(r, 't7100003')?.visibility).toBe('internal');
    expect(at(r, 't7100004')).toMatchObject({ visibility: 'internal', meta: { unit: 'draft' } });
    expect(at(r, 't7100003')?.text).not.toMatch(/<b>|<div>/);
  });

  it('keeps conversation fields and ignores the closedByUser placeholder', async () => {
    const r = await parse(path.join(SAMPLES, 'helpscout-conversation-threads.json'));
    expect(at(r, 'f.subject')?.text).toBe(
      'Subject: Webhooks 40+ minutes late - shipments not releasing (#40412)',
    );
    expect(at(r, 'f.tags')?.text).toBe('Tags: webhooks, enterprise');
    expect(at(r, 'f.custom.Plan')?.text).toBe('Plan: Enterprise');
    expect(r.items.some((i) => i.text.includes('unknown'))).toBe(false);
  });

  it('reads a bare thread list: offsets to UTC, hidden threads internal, system users as bots', async () => {
    const r = await parse(path.join(FIXTURES, 'helpscout-threads-list-messy.json'));
    expect(r.status).toBe('parsed');
    expect(threads(r).map((i) => i.locator)).toEqual(['t880001', 't880002', 't880004', 't880005']);
    expect(at(r, 't880002')).toMatchObject({
      at: '2026-04-02T08:00:00.000Z',
      meta: { attachments: ['blank-report.png'] },
      author: { name: 'Noor Haddad', role: 'customer' },
    });
    expect(at(r, 't880001')?.author?.role).toBe('bot');
    expect(at(r, 't880004')?.visibility).toBe('internal');
    const chat = at(r, 't880005');
    expect(chat?.text).toBe('Chat transcript: customer says the report page is blank in Safari 17.');
    expect(chat?.author).toMatchObject({ role: 'customer', email: 'noor.haddad@qamar.example' });
    expect(r.items.some((i) => i.locator.startsWith('f.'))).toBe(false);
  });

  it('warns when a conversation comes without its threads', async () => {
    const bytes = new TextEncoder().encode('{"id":1,"number":7,"threads":3,"mailboxId":2,"subject":"Hi"}');
    const r = await parser?.parse({ name: 'conv.json', files: [{ name: 'conv.json', bytes }] }, {});
    expect(r?.status).toBe('parsed');
    expect(r?.warnings).toEqual([
      expect.stringMatching(/^conv\.json: conversation without embedded threads/),
    ]);
  });
});

describe('helpscout thread bodies with quoted history', () => {
  function parseJson(value: unknown): Promise<ParseResult> {
    if (!parser) throw new Error('helpscout parser missing');
    const bytes = new TextEncoder().encode(JSON.stringify(value));
    return Promise.resolve(parser.parse({ name: 'conv.json', files: [{ name: 'conv.json', bytes }] }, {}));
  }
  const thread = (id: number, body: string, state = 'published', type = 'customer') => ({
    id,
    type,
    state,
    body,
    createdAt: `2027-02-0${id}T10:00:00Z`,
    createdBy: { id: 5, type: type === 'customer' ? 'customer' : 'user', first: 'Kim', last: 'Lee' },
  });

  it('keeps only the new text above a gmail_quote block or an "On … wrote:" line', async () => {
    const r = await parseJson({
      mailboxId: 1,
      _embedded: {
        threads: [
          thread(
            1,
            '<div>The invoices still show the old VAT rate.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, 1 Feb 2027 at 09:12, Help &lt;help@vendor.example&gt; wrote:<br></div><blockquote class="gmail_quote">Please re-run the invoice job.</blockquote></div>',
          ),
          thread(
            2,
            'Tried it twice, same result.\n\nOn 2 Feb 2027, at 08:00, Help wrote:\n> Could you try once more?',
          ),
        ],
      },
    });
    expect(at(r, 't1')?.text).toBe('The invoices still show the old VAT rate.');
    expect(at(r, 't2')?.text).toBe('Tried it twice, same result.');
  });

  it('keeps a draft thread as an internal draft item for review', async () => {
    const r = await parseJson({
      mailboxId: 1,
      _embedded: { threads: [thread(3, '<p>Hi Kim, this is fixed by tomorrow.</p>', 'draft', 'message')] },
    });
    expect(at(r, 't3')).toMatchObject({ visibility: 'internal', meta: { unit: 'draft' } });
  });
});
