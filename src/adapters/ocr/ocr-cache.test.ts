import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import type { OcrResult } from '../../core/model/intake.js';
import type { OcrEngine } from '../../ports/ocr.js';
import { defaultOcrCacheDir, withOcrCache } from './ocr-cache.js';

const tempDir = tempDirFactory('spine-ocr-cache-');
const IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

/** An engine that counts calls and answers from a script, so cache hits are observable. */
function countingEngine(answer: OcrResult): OcrEngine & { calls: number; closed: boolean } {
  const engine = {
    calls: 0,
    closed: false,
    recognize: async () => {
      engine.calls++;
      return answer;
    },
    close: async () => {
      engine.closed = true;
    },
  };
  return engine;
}

describe('withOcrCache', () => {
  const LINES: OcrResult = { lines: [{ text: 'ERR_BRIDGE_413', confidence: 91 }] };

  it('answers a second run from disk, keyed by image and engine version', async () => {
    const dir = tempDir();
    const engine = countingEngine(LINES);
    const cached = withOcrCache(engine, dir, 'tesseract@7+eng@1');
    expect(await cached.recognize(IMAGE)).toEqual(LINES);
    expect(await withOcrCache(engine, dir, 'tesseract@7+eng@1').recognize(IMAGE)).toEqual(LINES);
    expect(engine.calls).toBe(1);
    await withOcrCache(engine, dir, 'tesseract@8+eng@1').recognize(IMAGE);
    expect(engine.calls).toBe(2);
    expect(readdirSync(dir)).toHaveLength(2);
    await cached.close();
    expect(engine.closed).toBe(true);
  });

  it('keeps line boxes through the cache and never reuses an entry from before boxes existed', async () => {
    const dir = tempDir();
    const WITH_BOX: OcrResult = {
      lines: [{ text: 'ERR_BRIDGE_413', confidence: 91, box: { x0: 1, y0: 2, x1: 30, y1: 12 } }],
    };
    // An entry written under the old key (no cache-format suffix) for the same image and engine.
    const oldSha = createHash('sha256').update(IMAGE).digest('hex');
    const oldEngine = createHash('sha256').update('v').digest('hex').slice(0, 16);
    writeFileSync(join(dir, `${oldSha}-${oldEngine}.json`), JSON.stringify(LINES));
    const engine = countingEngine(WITH_BOX);
    expect(await withOcrCache(engine, dir, 'v').recognize(IMAGE)).toEqual(WITH_BOX);
    expect(await withOcrCache(engine, dir, 'v').recognize(IMAGE)).toEqual(WITH_BOX);
    expect(engine.calls).toBe(1);
  });

  it('does not cache failures and ignores a corrupt cache file', async () => {
    const dir = tempDir();
    const failing = countingEngine({ lines: [], error: 'the image could not be read' });
    await withOcrCache(failing, dir, 'v').recognize(IMAGE);
    expect(readdirSync(dir)).toEqual([]);
    const engine = countingEngine(LINES);
    await withOcrCache(engine, dir, 'v').recognize(IMAGE);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file ?? 'x'), '{"lines": "oops"');
    expect(await withOcrCache(engine, dir, 'v').recognize(IMAGE)).toEqual(LINES);
    expect(engine.calls).toBe(2);
  });

  it('lives in SPINE_OCR_CACHE when set, else under ~/.cache/spine/ocr', () => {
    expect(defaultOcrCacheDir({ SPINE_OCR_CACHE: '/srv/ocr' })).toBe('/srv/ocr');
    expect(defaultOcrCacheDir({})).toMatch(/\.cache\/spine\/ocr$/);
  });
});
