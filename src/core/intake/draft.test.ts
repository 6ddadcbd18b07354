import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { draftParser } from './draft.js';
import { notesParser } from './notes.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');

function unitOf(file: string): IntakeUnit {
  return {
    name: path.basename(file),
    files: [{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }],
  };
}
function textUnit(text: string): IntakeUnit {
  return { name: 'x.txt', files: [{ name: 'x.txt', bytes: new TextEncoder().encode(text) }] };
}

describe('draftParser', () => {
  it('reads draft-reply.txt as one internal draft item per paragraph', () => {
    const unit = unitOf(path.join(SAMPLES, 'draft-reply.txt'));
    expect(draftParser.detect(unit)).toBeGreaterThan(notesParser.detect(unit));
    const result = draftParser.parse(unit, {}) as ParseResult;
    expect(result).toMatchObject({ kind: 'draft', format: 'draft', status: 'parsed', warnings: [] });
    expect(result.items.map((i) => i.locator)).toEqual(['L1', 'L3', 'L5', 'L7-8']);
    expect(result.items[1]?.text).toMatch(/^So sorry about this! .*erp-bridge-prod-2/);
    expect(result.items.every((i) => i.visibility === 'internal' && i.meta?.unit === 'draft')).toBe(true);
    expect(result.items[0]?.author).toEqual({ name: 'Marisol', role: 'unknown', side: 'internal' });
  });

  it.each([
    [
      'a greeting and a sign-off word',
      'Hello Sam,\n\nThe export is fixed.\n\nKind regards,\nJo Bloggs\nSupport',
      true,
    ],
    ['a greeting and a signed name only', 'Hi Adaeze,\n\nWe will have a fix by Wednesday.\n\nRuth', true],
    ['notes with no greeting', '- Customer: Northwind\n- Tried: reconnect\n\nThanks,\nMarisol', false],
    ['a message written to us', 'Hi team,\n\nThe export still drops rows.\n\nThanks,\nSunil', false],
    [
      'a greeting with no ending',
      'Hi Dana,\n\nthe deploy is at 5pm.\nWe will watch the dashboards and report back on the next steps',
      false,
    ],
  ] satisfies [string, string, boolean][])('detects %s: %s', (_label, text, expected) => {
    expect(draftParser.detect(textUnit(text)) > 0).toBe(expected);
  });

  it('reads a letter as notes when the manifest names another file as the draft', () => {
    const unit = unitOf(path.join(SAMPLES, 'draft-reply.txt'));
    const result = draftParser.parse(unit, {
      manifest: { people: [], files: {}, draft: 'reply-v2.txt' },
    }) as ParseResult;
    expect(result.kind).toBe('note');
    expect(result.items.every((i) => i.meta?.unit === 'note')).toBe(true);
  });

  it('reads a letter signed by a manifest customer as notes, not as our draft', () => {
    const text = 'Hello Marisol,\n\nOrders are still stuck since Tuesday.\n\nBest,\nDana';
    const manifest = { people: [{ name: 'Dana Whitfield', role: 'customer' as const }], files: {} };
    expect((draftParser.parse(textUnit(text), { manifest }) as ParseResult).kind).toBe('note');
    expect((draftParser.parse(textUnit(text), {}) as ParseResult).kind).toBe('draft');
  });

  it.each([
    '00-northwind-order-sync/handoff/draft-reply.txt',
    '01-order-sync-since-tuesday/handoff/draft-reply.txt',
    '04-audit-log-churn-threat/handoff/reply-to-lucas.txt',
    '06-cross-tenant-invoice/handoff/draft-reply.txt',
    '07-double-charge-refund/handoff/draft-reply.txt',
    '10-dashboard-charts-after-upgrade/handoff/draft-reply.txt',
    '11-sla-breach-strategic/handoff/draft-reply.txt',
    '12-webhook-delays-statuspage/handoff/draft-reply.txt',
  ])('detects and splits %s', (file) => {
    const unit = unitOf(path.join(CASES, file));
    expect(draftParser.detect(unit)).toBeGreaterThan(0.05);
    const result = draftParser.parse(unit, {}) as ParseResult;
    expect(result.items.length).toBeGreaterThanOrEqual(3);
    expect(result.items[0]?.text).toMatch(/^Hi /);
  });

  it.each([
    '02-export-missing-rows-pattern/handoff/slack-support-leads.txt',
    '06-cross-tenant-invoice/handoff/slack-paste-security.txt',
    '02-export-missing-rows-pattern/handoff/notes.md',
  ])('does not claim %s', (file) => {
    expect(draftParser.detect(unitOf(path.join(CASES, file)))).toBe(0);
  });
});
