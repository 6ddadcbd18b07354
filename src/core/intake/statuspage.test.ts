import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { statuspageParsers } from './statuspage.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const FIXTURES = path.resolve(repoRoot, 'test/fixtures/json');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const [parser] = statuspageParsers;

function unitOf(file: string): IntakeUnit {
  const name = path.basename(file);
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}

async function parse(file: string): Promise<ParseResult> {
  if (!parser) throw new Error('statuspage parser missing');
  return parser.parse(unitOf(file), {});
}

const updates = (r: ParseResult) => r.items.filter((i) => i.meta?.unit === 'update');
const at = (r: ParseResult, locator: string) => r.items.find((i) => i.locator === locator);

describe('statuspage detection', () => {
  it.each([
    ['statuspage-incidents.json', true],
    ['statuspage-incidents-page-local-time.json', true],
    ['teams-chat-messages-graph.json', false],
    ['acme-zendesk-ticket-48219.json', false],
  ] satisfies [string, boolean][])('%s → %s', (file, expected) => {
    expect((parser?.detect(unitOf(path.join(SAMPLES, file))) ?? 0) > 0).toBe(expected);
  });
});

describe('statuspage incidents', () => {
  it('emits updates oldest first as public items written by the page', async () => {
    const r = await parse(path.join(SAMPLES, 'statuspage-incidents.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(updates(r).map((i) => i.locator)).toEqual(['uu1', 'uu2', 'uu3']);
    expect(at(r, 'uu1')).toMatchObject({
      at: '2026-11-19T07:48:02.000Z',
      visibility: 'public',
      author: { name: 'Acme', role: 'bot', side: 'external' },
      text: 'Delayed webhook deliveries — investigating: We are investigating delayed webhook deliveries.',
    });
    expect(at(r, 'uu3')?.text).toContain('Webhooks: major_outage → degraded_performance');
    expect(at(r, 'ip7tq3k1r0d2x')?.text).toContain('impact major');
  });

  it('converts the page offset to UTC and orders incidents oldest first', async () => {
    const r = await parse(path.join(SAMPLES, 'statuspage-incidents-page-local-time.json'));
    const list = updates(r);
    expect(list[0]?.locator).toBe('u4eu8l6z1qv7y');
    expect(at(r, 'u8k2mq0d5vz1c')?.at).toBe('2026-11-18T23:41:12.566Z');
    const times = list.map((i) => i.at ?? '');
    expect([...times].sort()).toEqual(times);
    expect(r.items.every((i) => i.at === null || i.at.endsWith('Z'))).toBe(true);
  });

  it('reads a summary with a BOM, missing display_at, empty bodies and maintenances', async () => {
    const r = await parse(path.join(FIXTURES, 'statuspage-summary-messy.json'));
    expect(r.status).toBe('parsed');
    expect(r.items.map((i) => i.locator)).toEqual(['imnt4', 'umu1', 'iinc9', 'uup1', 'uup2', 'uup3']);
    expect(at(r, 'uup3')?.at).toBe('2026-05-10T08:35:00.000Z');
    expect(at(r, 'uup3')?.text).toContain('Card authorisations: ? → partial_outage');
    expect(at(r, 'uup2')?.text).toBe('Card authorisation failures (India) — investigating:');
    expect(at(r, 'iinc9')?.author?.name).toBe('Pagoda Payments — Status');
  });

  it('skips a page with no incidents', async () => {
    const bytes = new TextEncoder().encode('{"page":{"id":"x","name":"Calm"},"incidents":[]}');
    const unit = { name: 'calm.json', files: [{ name: 'calm.json', bytes }] };
    expect(parser?.detect(unit)).toBeGreaterThan(0);
    const r = await parser?.parse(unit, {});
    expect(r?.status).toBe('skipped');
    expect(r?.warnings[0]).toMatch(/^calm\.json: /);
  });

  it('parses the evaluation status page without warnings', async () => {
    const r = await parse(path.join(CASES, '12-webhook-delays-statuspage/handoff/statuspage-incidents.json'));
    expect(r.status).toBe('parsed');
    expect(r.warnings).toEqual([]);
    expect(r.items.every((i) => i.visibility === 'public' && i.author?.role === 'bot')).toBe(true);
    expect(updates(r).length).toBeGreaterThan(0);
  });
});
