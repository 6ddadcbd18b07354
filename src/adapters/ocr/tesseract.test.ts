import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTextPng } from '../../../test/helpers/render-text-image.js';
import { createTesseractEngine } from './tesseract.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const sample = (name: string) =>
  new Uint8Array(readFileSync(resolve(repoRoot, '../shared/formats/samples', name)));

const ERROR_CODE = 'ERR_SYNC_413';
const SENTENCE = 'The nightly order export stopped after the upgrade on Tuesday';

const engine = createTesseractEngine({ workers: 2 });
afterAll(() => engine.close());

const tokens = (text: string) => text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];

describe('tesseract OCR engine (offline, real images)', () => {
  it('reads an error code exactly and a sentence with at least 80% of its words', async () => {
    const png = renderTextPng([`Error: ${ERROR_CODE}`, SENTENCE]);
    const result = await engine.recognize(png);
    expect(result.error).toBeUndefined();
    const all = result.lines.map((line) => line.text).join('\n');
    expect(all).toContain(ERROR_CODE);
    const seen = new Set(tokens(all));
    const expected = tokens(SENTENCE);
    const overlap = expected.filter((token) => seen.has(token)).length / expected.length;
    expect(overlap).toBeGreaterThanOrEqual(0.8);
    for (const line of result.lines) {
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(100);
    }
  }, 60_000);

  it('gives each line its pixel box on the image, top to bottom where the text was drawn', async () => {
    // renderTextPng draws line i at x=30 with its baseline at y=60+40i, 20 px glyphs.
    const result = await engine.recognize(renderTextPng([`Error: ${ERROR_CODE}`, SENTENCE]));
    const [first, second] = result.lines;
    expect(first?.box).toBeDefined();
    expect(second?.box).toBeDefined();
    if (!first?.box || !second?.box) return;
    expect(first.box.x0).toBeGreaterThanOrEqual(20);
    expect(first.box.x0).toBeLessThanOrEqual(45);
    expect(first.box.y0).toBeGreaterThanOrEqual(30);
    expect(first.box.y1).toBeLessThanOrEqual(75);
    expect(second.box.y0).toBeGreaterThanOrEqual(first.box.y1 - 2);
    expect(second.box.y1).toBeLessThanOrEqual(115);
    // The sentence is much longer than the error line, so its box is wider.
    expect(second.box.x1 - second.box.x0).toBeGreaterThan(first.box.x1 - first.box.x0);
  }, 60_000);

  it('reads the shared sample screenshots line by line', async () => {
    const [dialog, status] = await Promise.all([
      engine.recognize(sample('erp-error-dialog.png')),
      engine.recognize(sample('sync-status.png')),
    ]);
    const dialogText = dialog.lines.map((line) => line.text);
    expect(dialogText.some((line) => line.includes('SO-2026-118842'))).toBe(true);
    expect(dialogText.some((line) => /HTTP 413/.test(line))).toBe(true);
    const statusText = status.lines.map((line) => line.text).join('\n');
    expect(statusText).toContain('ERR_BRIDGE_413');
    expect(statusText).toContain('4.12.0');
  }, 60_000);

  it('returns an error, never a rejection, for bytes that are not an image or a broken one', async () => {
    const notImage = await engine.recognize(new TextEncoder().encode('<html>not a png</html>'));
    expect(notImage).toEqual({ lines: [], error: expect.stringMatching(/not a PNG, JPEG or WebP/) });
    const png = sample('sync-status.png');
    const broken = new Uint8Array([...png.slice(0, 64), ...new Uint8Array(200).fill(7)]);
    const result = await engine.recognize(broken);
    expect(result.lines).toEqual([]);
    expect(result.error).toMatch(/could not be read/);
  }, 60_000);

  it('gives up when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await engine.recognize(sample('sync-status.png'), { signal: controller.signal });
    expect(result.error).toBe('OCR was cancelled');
  });
});
