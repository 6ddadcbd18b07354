import { describe, expect, it } from 'vitest';
import type { IntakeUnit, ParseResult } from '../model/intake.js';
import { PARSERS } from './parsers.js';
import { runIntake } from './run-intake.js';
import { unreadJsonParser } from './unread-json.js';

const enc = new TextEncoder();
const unit = (name: string, text: string): IntakeUnit => ({
  name,
  files: [{ name, bytes: enc.encode(text) }],
});

describe('JSON nobody reads', () => {
  it('is refused as skipped, naming the file, its keys and the shapes Spine reads', async () => {
    const r = (await unreadJsonParser.parse(
      unit('export.json', '{"data": [], "meta": {}}'),
      {},
    )) as ParseResult;
    expect(r).toMatchObject({ status: 'skipped', items: [], format: 'json' });
    expect(r.warnings[0]).toMatch(
      /^export\.json: JSON in a shape Spine does not read \(top-level keys: data, meta\); expected a Zendesk ticket/,
    );
  });

  it('describes arrays by their first entry', async () => {
    const r = (await unreadJsonParser.parse(
      unit('a.json', '[{"sku": 1, "qty": 2}, {"sku": 3}]'),
      {},
    )) as ParseResult;
    expect(r.warnings[0]).toContain('(an array of 2 objects; keys of the first: sku, qty)');
  });

  it('fails invalid JSON with the parser’s reason and keeps nothing', async () => {
    const r = (await unreadJsonParser.parse(unit('t.json', '{"ticket": {"id": 4'), {})) as ParseResult;
    expect(r).toMatchObject({ status: 'failed', items: [] });
    expect(r.warnings[0]).toMatch(/^t\.json: invalid JSON \(.+\); nothing was read from it$/);
  });

  it.each([
    ['JSON lines', '{"level":"error","msg":"a"}\n{"level":"info","msg":"b"}\n'],
    ['a log line in brackets', '[09:40] started\n[09:41] stopped\n'],
    ['prose', 'Customer says the export fails.\n'],
  ])('does not claim %s', (_, text) => {
    expect(unreadJsonParser.detect(unit('x.txt', text))).toBe(0);
  });

  it('is chosen over the notes fallback, so a raw JSON document is never a note', async () => {
    const result = await runIntake([unit('odd.json', '{"widgets": [{"id": 1}]}')], { parsers: PARSERS });
    expect(result.sources[0]).toMatchObject({ format: 'json', status: 'skipped', items: 0 });
    expect(result.evidence).toEqual([]);
    // one warning: the refusal already says JSON, so no second "does not parse" line
    expect(result.warnings).toHaveLength(1);
  });

  it('reports invalid JSON once, as a failed source with no evidence', async () => {
    const result = await runIntake([unit('broken.json', '{"comments": [')], { parsers: PARSERS });
    expect(result.sources[0]).toMatchObject({ status: 'failed', items: 0 });
    expect(result.evidence).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  });
});
