import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { teamsParsers } from './teams.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const [parser] = teamsParsers;

function unitOf(file: string): IntakeUnit {
  const name = path.basename(file);
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}

async function parse(file: string): Promise<ParseResult> {
  if (!parser) throw new Error('teams parser missing');
  return parser.parse(unitOf(file), {});
}

const at = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);

describe('teams detection', () => {
  it.each([
    ['teams-chat-messages-graph.json', true],
    ['intercom-conversation.json', false],
    ['helpscout-conversation-threads.json', false],
    ['freshdesk-conversations-python-freshdesk.json', false],
  ] satisfies [string, boolean][])('%s → %s', (file, expected) => {
    expect((parser?.detect(unitOf(path.join(SAMPLES, file))) ?? 0) > 0).toBe(expected);
  });
});

describe('teams messages', () => {
  it('sorts oldest first, skips deleted and system messages but counts them', async () => {
    const r = await parse(path.join(SAMPLES, 'teams-chat-messages-graph.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(r.items.map((i) => i.locator)).toEqual(['m1795165980002', 'm1795166220330', 'm1795167120455']);
    expect(r.data).toEqual({ deletedMessages: 1, systemEvents: 1 });
    expect(r.items.every((i) => i.visibility === 'internal' && i.author?.side === 'internal')).toBe(true);
  });

  it('keeps mention names, edits, file attachments and UTC times', async () => {
    const r = await parse(path.join(SAMPLES, 'teams-chat-messages-graph.json'));
    const edited = at(r, 'm1795166220330');
    expect(edited?.text.startsWith('@Zoë ')).toBe(true);
    expect(edited?.text).not.toContain('<at');
    expect(edited?.meta?.editedAt).toBe('2026-11-20T09:18:41.902Z');
    expect(edited?.at).toBe('2026-11-20T09:17:00.330Z');
    expect(at(r, 'm1795167120455')?.meta?.attachments).toEqual(['PM-2026-11-erp-bridge.docx']);
    expect(at(r, 'm1795165980002')?.author?.name).toBe('Zoë Ångström');
  });

  it('handles channel replies, bots, text bodies, offsets, attachment-only messages and paging', async () => {
    const r = await parse(path.join(FIXTURES, 'teams-channel-messages-messy.json'));
    // 09:01:40+01:00 is 08:01:40Z: the earliest message once times are compared in UTC
    expect(r.items.map((i) => i.locator)).toEqual([
      'm1772614900000',
      'm1772614800000',
      'm1772614800500',
      'm1772614950000',
    ]);
    const alert = at(r, 'm1772614800000');
    expect(alert?.author).toMatchObject({ name: 'PagerDuty', role: 'bot' });
    expect(alert?.text).toBe('Triggered: api-gw 5xx > 5% for 10 min');
    expect(alert?.meta?.subject).toBe('INC-552 api-gw 502s');
    expect(at(r, 'm1772614800500')).toMatchObject({
      text: 'Rolled back api-gw to 3.8.1 in eu-west.',
      meta: { thread: 'm1772614800000' },
    });
    expect(at(r, 'm1772614900000')?.at).toBe('2026-03-04T08:01:40.120Z');
    expect(at(r, 'm1772614900000')?.text).toBe('@Björn Þórsson @Ops customers on eu-west report 502s again');
    expect(at(r, 'm1772614950000')?.meta?.attachments).toEqual(['gw-502s.log']);
    expect(r.data).toEqual({ deletedMessages: 1, systemEvents: 1 });
    expect(r.warnings).toEqual([
      expect.stringMatching(/^teams-channel-messages-messy\.json: only the first page/),
    ]);
  });

  it('uses the manifest to name a participant’s role', async () => {
    const unit = unitOf(path.join(SAMPLES, 'teams-chat-messages-graph.json'));
    const manifest = { people: [{ name: 'Ravi Balasubramanian', role: 'engineering' as const }], files: {} };
    const r = await parser?.parse(unit, { manifest });
    expect(r?.items.find((i) => i.locator === 'm1795166220330')?.author).toEqual({
      name: 'Ravi Balasubramanian',
      role: 'engineering',
      side: 'internal',
    });
  });
});
