import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeFromPaths } from '../../src/app/intake-from-paths.js';
import type { OcrResult } from '../../src/core/model/intake.js';
import type { OcrEngine } from '../../src/ports/ocr.js';
import { hostileZip } from '../helpers/hostile-zip.js';
import { SAMPLES_DIR } from '../helpers/sample-files.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const tempDir = tempDirFactory('spine-intake-app-');
const PNG = readFileSync(join(SAMPLES_DIR, 'erp-error-dialog.png'));

/** A shared engine as eval passes it: answers from a script and records what happened to it. */
function sharedEngine(): OcrEngine & { images: number; closed: boolean } {
  const answer: OcrResult = { lines: [{ text: 'HTTP 413 - request entity too large', confidence: 95 }] };
  const engine = {
    images: 0,
    closed: false,
    recognize: async () => {
      engine.images++;
      return answer;
    },
    close: async () => {
      engine.closed = true;
    },
  };
  return engine;
}

describe('intakeFromPaths', () => {
  it('OCRs every screenshot with a shared engine, reports progress, and leaves the engine open', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.png'), PNG);
    mkdirSync(join(dir, 'shots'));
    writeFileSync(join(dir, 'shots', 'b.png'), PNG);
    const engine = sharedEngine();
    const progress: string[] = [];
    const { result, files } = await intakeFromPaths([dir], {
      ocr: engine,
      onOcrProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(engine.images).toBe(2);
    expect(engine.closed).toBe(false);
    expect(progress).toEqual(['1/2', '2/2']);
    expect(files.map((f) => f.name)).toEqual(['a.png', 'shots/b.png']);
    expect(result.evidence.map((e) => [e.id, e.text])).toEqual([
      ['S1:ocr1', 'HTTP 413 - request entity too large'],
      ['S2:ocr1', 'HTTP 413 - request entity too large'],
    ]);
  });

  it('skips a screenshot whose OCR outlives the deadline, names it, and reads the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'slow.png'), PNG);
    writeFileSync(join(dir, 'notes.md'), 'Checkout fails with HTTP 502 since Monday.');
    const stuck: OcrEngine = {
      // never answers unless cancelled, as a wedged tesseract job would
      recognize: (_image, opts) =>
        new Promise<OcrResult>((resolve) =>
          opts?.signal?.addEventListener('abort', () => resolve({ lines: [], error: 'OCR was cancelled' })),
        ),
      close: async () => undefined,
    };
    const { result } = await intakeFromPaths([dir], { ocr: stuck, ocrTimeoutMs: 50 });
    const slow = result.sources.find((s) => s.name === 'slow.png');
    expect(slow?.status).toBe('failed');
    expect(slow?.warnings.join(' ')).toMatch(/slow\.png.*did not finish within 50 ms/);
    expect(result.evidence.some((e) => e.text.includes('HTTP 502'))).toBe(true);
  });

  it('turns refused files into skipped sources and keeps adapter warnings, reading the rest', async () => {
    const dir = tempDir();
    const zip = hostileZip([
      { name: '../escape.txt', data: 'x' },
      { name: 'ticket.json', data: readFileSync(join(SAMPLES_DIR, 'acme-zendesk-ticket-48219.json')) },
    ]);
    writeFileSync(join(dir, 'handoff.zip'), zip);
    writeFileSync(join(dir, 'a.log'), '1234567890');
    writeFileSync(join(dir, 'b.log'), '1234567890');
    const { result } = await intakeFromPaths([dir], { limits: { maxFiles: 2 }, ocr: sharedEngine() });
    const byName = Object.fromEntries(result.sources.map((s) => [s.name, s.status]));
    expect(byName['handoff/../escape.txt']).toBe('skipped');
    expect(byName['a.log']).toBeDefined();
    expect(result.warnings).toContain('handoff: more than 2 files; 1 file(s) were not read');
    expect(result.warnings.some((w) => w.startsWith('handoff/../escape.txt: unsafe path in archive'))).toBe(
      true,
    );
    expect(result.sources.every((s) => /^[0-9a-f]{64}$/.test(s.sha256))).toBe(true);
  });
});
