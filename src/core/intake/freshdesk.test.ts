import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { freshdeskParsers } from './freshdesk.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');

function unitOf(file: string): IntakeUnit {
  const name = path.basename(file);
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}

function detected(unit: IntakeUnit) {
  return freshdeskParsers.filter((p) => p.detect(unit) > 0).map((p) => p.format);
}

async function parse(file: string): Promise<ParseResult> {
  const unit = unitOf(file);
  const parser = freshdeskParsers.find((p) => p.detect(unit) > 0);
  if (!parser) throw new Error(`no freshdesk parser detects ${file}`);
  return parser.parse(unit, {});
}

const at = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);

describe('freshdesk detection', () => {
  it.each([
    ['freshdesk-ticket.json', ['freshdesk-ticket']],
    ['freshdesk-ticket-python-freshdesk.json', ['freshdesk-ticket']],
    ['freshdesk-conversations-python-freshdesk.json', ['freshdesk-conversations']],
    ['acme-zendesk-ticket-48219.json', []],
    ['intercom-conversation.json', []],
    ['teams-chat-messages-graph.json', []],
  ] satisfies [string, string[]][])('%s → %j', (file, formats) => {
    expect(detected(unitOf(path.join(SAMPLES, file)))).toEqual(formats);
  });
});

describe('freshdesk ticket with embedded conversations', () => {
  it('maps numeric enums to names and keeps the description as the first customer message', async () => {
    const r = await parse(path.join(SAMPLES, 'freshdesk-ticket.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(at(r, 'f.status')?.text).toBe('Status: Open');
    expect(at(r, 'f.priority')?.text).toBe('Priority: High');
    expect(at(r, 'f.channel')?.text).toBe('Channel: Email');
    expect(at(r, 'desc')).toMatchObject({
      visibility: 'public',
      at: '2026-11-17T16:00:00.000Z',
      author: {
        name: 'Maëlle Dubois',
        role: 'customer',
        side: 'external',
        email: 'ap@harbor-freight-co.example',
      },
    });
  });

  it('marks private notes internal, keeps edits, and cuts quoted history from replies', async () => {
    const r = await parse(path.join(SAMPLES, 'freshdesk-ticket.json'));
    expect(at(r, 'c90001')).toMatchObject({
      visibility: 'public',
      author: { role: 'support', name: 'Acme Billing' },
    });
    expect(at(r, 'c90002')).toMatchObject({
      visibility: 'internal',
      meta: { editedAt: '2026-11-18T09:04:31.000Z' },
    });
    const reply = at(r, 'c90003');
    expect(reply?.author).toMatchObject({ role: 'customer', name: 'Maëlle Dubois' });
    expect(reply?.text).toBe("It's been a day. This is $12,400 of our cash. When will it be back?");
    expect(r.items.map((i) => i.locator).filter((l) => l.startsWith('c'))).toEqual([
      'c90001',
      'c90002',
      'c90003',
    ]);
  });

  it('reads the real python-freshdesk ticket with custom statuses absent and null custom fields', async () => {
    const r = await parse(path.join(SAMPLES, 'freshdesk-ticket-python-freshdesk.json'));
    expect(at(r, 'f.priority')?.text).toBe('Priority: Low');
    expect(at(r, 'f.tags')?.text).toBe('Tags: foo, bar');
    expect(r.items.some((i) => i.locator.startsWith('f.custom.'))).toBe(false);
    expect(at(r, 'desc')?.meta?.attachments?.length).toBeGreaterThan(0);
  });
});

describe('freshdesk conversation lists', () => {
  it('reads a bare array: private note internal, agent reply public', async () => {
    const r = await parse(path.join(SAMPLES, 'freshdesk-conversations-python-freshdesk.json'));
    expect(r.items.map((i) => [i.locator, i.visibility, i.author?.role])).toEqual([
      ['c1', 'internal', 'support'],
      ['c2', 'public', 'support'],
    ]);
    expect(at(r, 'c2')?.author?.email).toBe('rachel@freshdesk.com');
  });

  it('handles Outlook quote blocks, offsets, attachment-only notes and stray entries', async () => {
    const r = await parse(path.join(FIXTURES, 'freshdesk-conversations-messy.json'));
    const reply = at(r, 'c61001');
    expect(reply?.text).toBe('Vi har fortfarande problem med exporten. Samma fel i morse.');
    expect(reply?.at).toBe('2026-03-03T09:02:11.000Z');
    expect(reply?.author).toEqual({
      name: 'Åsa Lindqvist',
      role: 'customer',
      side: 'external',
      email: 'asa.lindqvist@norrsken.example',
    });
    expect(at(r, 'c61002')).toMatchObject({ visibility: 'public', author: { role: 'support' } });
    expect(at(r, 'c61003')).toMatchObject({
      visibility: 'internal',
      meta: { attachments: ['heap-dump-summary.txt'] },
    });
    expect(at(r, 'c61004')).toBeUndefined();
    expect(r.warnings).toEqual(['freshdesk-conversations-messy.json: 1 entries are not conversations']);
  });
});

describe('freshdesk files in the evaluation handoffs', () => {
  it.each([
    '02-export-missing-rows-pattern/handoff/freshdesk-ticket-7731.json',
    '02-export-missing-rows-pattern/handoff/freshdesk-ticket-7731-conversations.json',
  ])('parses %s without warnings, customers external and notes internal', async (file) => {
    const r = await parse(path.join(CASES, file));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    for (const item of r.items) {
      if (item.at !== null) expect(item.at).toMatch(/Z$/);
      if (item.author?.role === 'customer') expect(item.author.side).toBe('external');
      expect(item.text).not.toMatch(/^On .* wrote:$/m);
    }
  });
});
