import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { intercomParsers } from './intercom.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const [parser] = intercomParsers;

function unitOf(file: string): IntakeUnit {
  const name = path.basename(file);
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}

async function parse(file: string): Promise<ParseResult> {
  if (!parser) throw new Error('intercom parser missing');
  return parser.parse(unitOf(file), {});
}

const at = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);

describe('intercom detection', () => {
  it.each([
    ['intercom-conversation.json', true],
    ['intercom-conversation-openapi-retrieve.json', true],
    ['intercom-conversation-openapi-admin-note.json', true],
    ['helpscout-conversation-threads.json', false],
    ['acme-zendesk-comments-48219.json', false],
    ['freshdesk-ticket.json', false],
  ] satisfies [string, boolean][])('%s → %s', (file, expected) => {
    expect((parser?.detect(unitOf(path.join(SAMPLES, file))) ?? 0) > 0).toBe(expected);
  });
});

describe('intercom conversation', () => {
  it('cites the source message and parts with bodies, skipping event parts', async () => {
    const r = await parse(path.join(SAMPLES, 'intercom-conversation.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    const messages = r.items.filter((i) => i.meta?.unit === 'message');
    expect(messages.map((i) => i.locator)).toEqual(['src', 'p1002', 'p1003', 'p1004']);
    expect(at(r, 'src')).toMatchObject({
      at: '2026-11-19T08:00:00.000Z',
      visibility: 'public',
      author: { name: 'Ngozi Adeyemi', role: 'customer', side: 'external', email: 'ngozi@brightlane.health' },
    });
    expect(at(r, 'p1002')?.author).toMatchObject({ role: 'support', side: 'internal' });
    expect(at(r, 'p1003')?.meta?.attachments).toEqual(['login.har']);
    expect(at(r, 'p1004')?.visibility).toBe('internal');
    expect(at(r, 'p1004')?.text).not.toContain('<p>');
    expect(at(r, 'f.tags')?.text).toBe('Tags: sso, enterprise');
    expect(at(r, 'f.subject')?.visibility).toBe('public');
  });

  it('accepts numeric part ids and an admin-authored source (real doc examples)', async () => {
    const r = await parse(path.join(SAMPLES, 'intercom-conversation-openapi-retrieve.json'));
    expect(at(r, 'src')?.author?.role).toBe('support');
    expect(at(r, 'p1')?.text).toBe('Okay!');
    expect(r.items.some((i) => ['p2', 'p3', 'p4'].includes(i.locator))).toBe(false);
  });

  it('turns an HTML list note into readable internal text', async () => {
    const r = await parse(path.join(SAMPLES, 'intercom-conversation-openapi-admin-note.json'));
    const note = at(r, 'p133');
    expect(note?.visibility).toBe('internal');
    expect(note?.text).toMatch(/Coffee[\s\S]*Tea[\s\S]*Milk/);
  });

  it('sorts parts by time, drops scripts, maps leads, AI answers and attachment-only parts', async () => {
    const r = await parse(path.join(FIXTURES, 'intercom-conversation-messy.json'));
    const messages = r.items.filter((i) => i.meta?.unit === 'message');
    expect(messages.map((i) => i.locator)).toEqual(['src', 'p7001', 'p7002', 'p7003', 'p7004', 'p7006']);
    const src = at(r, 'src');
    expect(src?.text).toBe('Since this morning every order.paid webhook hits us twice.');
    expect(src?.meta?.subject).toBe('Webhooks arriving twice');
    expect(src?.author).toMatchObject({ role: 'customer', email: 'soren@kierke.example' });
    expect(at(r, 'p7001')?.author?.role).toBe('bot');
    expect(at(r, 'p7002')?.visibility).toBe('internal');
    expect(at(r, 'p7004')?.meta?.attachments).toEqual(['dup-deliveries.png']);
    expect(at(r, 'p7006')?.at).toBeNull();
    expect(at(r, 'p7006')?.author).toBeNull();
    expect(at(r, 'f.custom.Seats')?.text).toBe('Seats: 240');
    expect(at(r, 'f.custom.Notes')).toBeUndefined();
  });

  it('warns when the export holds fewer parts than the conversation has', async () => {
    const json = JSON.stringify({
      type: 'conversation',
      created_at: 1772528400,
      source: { body: '<p>hello</p>', author: { type: 'user', name: 'A' } },
      conversation_parts: { conversation_parts: [], total_count: 612 },
    });
    const unit = { name: 'big.json', files: [{ name: 'big.json', bytes: new TextEncoder().encode(json) }] };
    const r = await parser?.parse(unit, {});
    expect(r?.warnings).toEqual(['big.json: 612 of 612 conversation parts are not in the export']);
  });

  it('fails on a truncated file with a warning naming it', async () => {
    const bytes = new TextEncoder().encode('{"type":"conversation","source":{"author":');
    const r = await parser?.parse({ name: 'cut.json', files: [{ name: 'cut.json', bytes }] }, {});
    expect(r?.status).toBe('failed');
    expect(r?.warnings[0]).toMatch(/^cut\.json: /);
  });
});

describe('intercom files in the evaluation handoffs', () => {
  it.each([
    '03-sso-login-loop-enterprise/handoff/intercom-conversation-215467893221458.json',
    '06-cross-tenant-invoice/handoff/intercom-181220094437712.json',
    '09-known-limitation-workaround/handoff/conversation.json',
  ])('parses %s without warnings; notes internal, authors known', async (file) => {
    const r = await parse(path.join(CASES, file));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(at(r, 'src')?.author?.role).toBe('customer');
    for (const item of r.items.filter((i) => i.meta?.unit === 'message')) {
      expect(item.author?.role).not.toBe('unknown');
      expect(item.at).toMatch(/Z$/);
      expect(item.text).not.toMatch(/<\/?p>/);
    }
  });
});
