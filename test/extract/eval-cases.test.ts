import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { extractFacts } from '../../src/core/extract/extract-facts.js';
import type { OcrEngine } from '../../src/ports/ocr.js';
import { factCiteProblems } from '../helpers/fact-cite-problems.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = path.resolve(repoRoot, '../shared/eval/cases');
const cases = readdirSync(casesDir)
  .filter((name) => /^\d\d-/.test(name))
  .sort();
// screenshots are read as blank here: these checks are about cites, not OCR quality
const blankOcr: OcrEngine = { recognize: async () => ({ lines: [] }), close: async () => {} };
const AS_OF = '2026-11-25T00:00:00Z';

describe('extractFacts over every eval case (general properties only)', () => {
  it.each(cases)('%s: every cite resolves, backs its claim and never points at the draft', async (name) => {
    const { result } = await intakeFromPaths([path.join(casesDir, name, 'handoff')], {
      ocr: blankOcr,
      ocrCache: false,
    });
    const out = extractFacts(result, AS_OF);
    const draftSources = new Set(result.sources.filter((s) => s.kind === 'draft').map((s) => s.id));
    const draftIds = new Set(
      result.evidence.filter((e) => draftSources.has(e.source) || e.meta?.unit === 'draft').map((e) => e.id),
    );
    expect(factCiteProblems(out.facts, result.evidence, draftIds)).toEqual([]);
    const known = new Set(result.evidence.map((e) => e.id));
    for (const [signal, ids] of Object.entries(out.signalCites)) {
      for (const id of ids ?? []) expect(known.has(id), `${signal} cites ${id}`).toBe(true);
      if (signal !== 'compensationRequested')
        for (const id of ids ?? []) expect(draftIds.has(id)).toBe(false);
    }
    for (const u of out.unknowns) expect(u.question.endsWith('?') && u.why.length > 0).toBe(true);
    expect(JSON.stringify(extractFacts(result, AS_OF))).toBe(JSON.stringify(out));
  });
});
