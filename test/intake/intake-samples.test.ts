import { describe, expect, it } from 'vitest';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import { EvidenceSchema, SourceSchema } from '../../src/core/model/evidence.js';
import type { OcrEngine } from '../../src/ports/ocr.js';
import { SAMPLES_DIR } from '../helpers/sample-files.js';

// OCR itself is tested in src/adapters/ocr; here a fixed answer keeps the run fast and exact.
const ocr: OcrEngine = {
  recognize: async () => ({ lines: [{ text: 'Error: ERR_BRIDGE_413 Payload Too Large', confidence: 92 }] }),
  close: async () => undefined,
};

describe('intake of every shared sample at once', () => {
  it('is byte-for-byte reproducible, with unique citable ids and valid sources', async () => {
    const first = await intakeFromPaths([SAMPLES_DIR], { ocr });
    const second = await intakeFromPaths([SAMPLES_DIR], { ocr });
    expect(JSON.stringify(second.result)).toBe(JSON.stringify(first.result));

    const { sources, evidence } = first.result;
    expect(sources.map((s) => s.id)).toEqual(sources.map((_, i) => `S${i + 1}`));
    expect([...sources.map((s) => s.name)]).toEqual([...sources.map((s) => s.name)].sort());
    for (const source of sources) expect(SourceSchema.parse(source)).toEqual(source);
    const ids = evidence.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of evidence) {
      expect(item.id).toMatch(/^S\d+:[A-Za-z0-9._:-]+$/);
      expect(item.id.startsWith(`${item.source}:`)).toBe(true);
      EvidenceSchema.parse(item);
    }
    const known = new Set(sources.map((s) => s.id));
    expect(evidence.every((e) => known.has(e.source))).toBe(true);
  });

  it('makes the screenshots public because the customer attached them to public Zendesk comments', async () => {
    const { result } = await intakeFromPaths([SAMPLES_DIR], { ocr });
    const shots = result.sources.filter((s) => s.kind === 'screenshot');
    expect(shots.map((s) => s.name)).toEqual(['erp-error-dialog.png', 'sync-status.png']);
    const visibilities = result.evidence
      .filter((e) => shots.some((s) => s.id === e.source))
      .map((e) => e.visibility);
    expect(visibilities.length).toBeGreaterThan(0);
    expect(new Set(visibilities)).toEqual(new Set(['public']));
  });

  it('keeps the same screenshots internal when no customer attached them', async () => {
    const { result } = await intakeFromPaths(
      [`${SAMPLES_DIR}/sync-status.png`, `${SAMPLES_DIR}/acme-zendesk-ticket-48219.json`],
      { ocr },
    );
    const shot = result.sources.find((s) => s.kind === 'screenshot');
    const items = result.evidence.filter((e) => e.source === shot?.id);
    expect(items.map((e) => [e.id, e.visibility])).toEqual([[`${shot?.id}:ocr1`, 'internal']]);
  });
});
