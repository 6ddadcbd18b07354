import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { notesParser } from './notes.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');
const CASES = path.resolve(repoRoot, '../shared/eval/cases');

function unitOf(file: string, name = path.basename(file)): IntakeUnit {
  return { name, files: [{ name, bytes: new Uint8Array(readFileSync(file)) }] };
}
function textUnit(text: string, name = 'notes.txt'): IntakeUnit {
  return { name, files: [{ name, bytes: new TextEncoder().encode(text) }] };
}
function parse(unit: IntakeUnit, context: ParseContext = {}): ParseResult {
  return notesParser.parse(unit, context) as ParseResult;
}

describe('notesParser', () => {
  it('gives one internal item per heading and bullet of notes.md, located by line', () => {
    const result = parse(unitOf(path.join(SAMPLES, 'notes.md')));
    expect(result.kind).toBe('note');
    expect(result.items.map((i) => i.locator)).toEqual(['L1', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9']);
    expect(result.items[3]?.text).toBe(
      'Started: Tue morning, last good sync 09:12 ET per their status page (screenshot)',
    );
    expect(result.items.every((i) => i.visibility === 'internal' && i.author === null && i.at === null)).toBe(
      true,
    );
    expect(result.items[0]?.meta?.unit).toBe('note');
  });

  it('turns each Markdown table row into an item naming the header of every cell', () => {
    const result = parse(unitOf(path.join(CASES, '02-export-missing-rows-pattern/handoff/notes.md')));
    const rows = result.items.filter((i) => i.text.startsWith('ticket:'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      locator: 'L8',
      text: 'ticket: #7731; customer: Harrow & Finch Accounting; export: Oct transactions; rows on screen: 20,000; rows in CSV: 19,997',
    });
  });

  it('joins a wrapped paragraph and a wrapped bullet into one item each, with a range locator', () => {
    const result = parse(
      textUnit('First line of a thought\nthat wraps here.\n\n- a bullet\n  continued\n- next\n'),
    );
    expect(result.items.map((i) => [i.locator, i.text])).toEqual([
      ['L1-2', 'First line of a thought\nthat wraps here.'],
      ['L4-5', 'a bullet\ncontinued'],
      ['L6', 'next'],
    ]);
  });

  it('reads a plain CSV table as one item per row, naming each column', () => {
    const csv =
      'order_id,total_usd,status\r\nSO-2026-118842,"48,210.00",keyed_manually\r\nSO-2026-119020,"39,977.50",keyed_manually\r\n';
    const result = parse(textUnit(csv, 'manually-keyed-orders.csv'));
    expect(result.items.map((i) => [i.locator, i.text])).toEqual([
      ['L2', 'order_id: SO-2026-118842; total_usd: 48,210.00; status: keyed_manually'],
      ['L3', 'order_id: SO-2026-119020; total_usd: 39,977.50; status: keyed_manually'],
    ]);
  });

  it('does not mistake prose with commas for a table', () => {
    const prose = 'Hi, all\nWe tried it, twice.\n\nStill broken, sadly.';
    expect(parse(textUnit(prose)).items.map((i) => i.text)).toEqual([
      'Hi, all\nWe tried it, twice.',
      'Still broken, sadly.',
    ]);
  });

  it('takes the author from the manifest note of the file when it names one person', () => {
    const result = parse(textUnit('- customer angry\n', 'csm-notes.md'), {
      manifest: {
        people: [
          { name: 'Olivia Grant', role: 'success' },
          { name: 'Mateo Rossi', role: 'support' },
        ],
        files: { 'csm-notes.md': 'written by Olivia after the call' },
      },
    });
    expect(result.items[0]?.author).toEqual({ name: 'Olivia Grant', role: 'success', side: 'internal' });
  });

  it('takes the author from a first line that names one person of our side', () => {
    const people = [
      { name: 'Irene Vasquez', role: 'customer' as const },
      { name: 'Joel Park', role: 'support' as const },
      { name: 'Dana Cole', role: 'engineering' as const },
    ];
    const signed = parse(textUnit('Refund review (Joel, Tue 3 Mar)\n\nChecked the ledger.\n', 'review.md'), {
      manifest: { people, files: {} },
    });
    expect(signed.items[1]?.author).toEqual({ name: 'Joel Park', role: 'support', side: 'internal' });
    // a heading naming the customer is about them; two of ours name no single author
    for (const heading of ['Call with Irene, 3 Mar', 'Joel and Dana: sync notes'])
      expect(
        parse(textUnit(`${heading}\n\nChecked the ledger.\n`, 'n.md'), { manifest: { people, files: {} } })
          .items[1]?.author,
      ).toBeNull();
  });

  it('reads a file the manifest names as the draft as a draft', () => {
    const result = parse(textUnit('We will fix it.\n\nPriya\n', 'reply.txt'), {
      manifest: { people: [], files: {}, draft: 'reply.txt' },
    });
    expect(result.kind).toBe('draft');
    expect(result.items[0]?.meta?.unit).toBe('draft');
  });

  it('scores any text low, refuses binary, and skips an empty file with a warning', () => {
    expect(notesParser.detect(textUnit('anything'))).toBe(0.05);
    const binary: IntakeUnit = {
      name: 'x.bin',
      files: [{ name: 'x.bin', bytes: new Uint8Array([1, 0, 2]) }],
    };
    expect(notesParser.detect(binary)).toBe(0);
    expect(parse(textUnit('   \n\n'))).toMatchObject({ status: 'skipped', warnings: ['notes.txt: no text'] });
  });

  it.each([
    '07-double-charge-refund/handoff/csm-notes.md',
    '08-howto-wrongly-escalated/handoff/KB-1042.md',
    '09-known-limitation-workaround/handoff/help-export-limits.md',
  ])('%s gives non-empty items with line locators', (file) => {
    const result = parse(unitOf(path.join(CASES, file)));
    expect(result.status).toBe('parsed');
    expect(result.items.length).toBeGreaterThan(3);
    for (const item of result.items) {
      expect(item.locator).toMatch(/^L\d+(-\d+)?$/);
      expect(item.text.trim()).not.toBe('');
    }
  });
});
