import { describe, expect, it } from 'vitest';
import type { IntakeUnit, OcrResult } from '../model/intake.js';
import { imageFormatOf, screenshotParsers } from './screenshot.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const WEBP = new Uint8Array(
  [...'RIFF']
    .map((c) => c.charCodeAt(0))
    .concat(
      [0, 0, 0, 0],
      [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
    ),
);
const parser = screenshotParsers[0];
const unit = (bytes: Uint8Array, ocr?: OcrResult): IntakeUnit => ({
  name: 'shots/sync.png',
  files: [{ name: 'shots/sync.png', bytes }],
  ...(ocr ? { ocr } : {}),
});

describe('imageFormatOf', () => {
  it.each([
    ['png', PNG],
    ['jpeg', JPEG],
    ['webp', WEBP],
  ] as const)('recognises %s by its magic bytes', (format, bytes) => {
    expect(imageFormatOf(bytes)).toBe(format);
  });

  it.each([
    ['text', new TextEncoder().encode('PNG file')],
    ['RIFF that is not WEBP', new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt ')],
    ['too short', new Uint8Array([0x89, 0x50])],
  ])('rejects %s', (_label, bytes) => {
    expect(imageFormatOf(bytes)).toBeNull();
  });
});

describe('screenshot parser', () => {
  it('detects images with score 1 and nothing else', () => {
    expect(parser?.detect(unit(PNG))).toBe(1);
    expect(parser?.detect(unit(new TextEncoder().encode('{"a":1}')))).toBe(0);
  });

  it('turns OCR lines into internal ocr<n> items and flags low confidence', async () => {
    const result = await parser?.parse(
      unit(PNG, {
        lines: [
          { text: 'Sync failing:  37 orders', confidence: 93 },
          { text: '   ', confidence: 10 },
          { text: 'Err0r: ERR_BR1DGE', confidence: 41.5 },
        ],
      }),
      {},
    );
    expect(result).toMatchObject({ kind: 'screenshot', format: 'png', status: 'parsed' });
    expect(result?.items).toEqual([
      {
        locator: 'ocr1',
        at: null,
        author: null,
        visibility: 'internal',
        text: 'Sync failing: 37 orders',
        meta: { unit: 'ocr', confidence: 93, lowConfidence: false },
      },
      {
        locator: 'ocr2',
        at: null,
        author: null,
        visibility: 'internal',
        text: 'Err0r: ERR_BR1DGE',
        meta: { unit: 'ocr', confidence: 41.5, lowConfidence: true },
      },
    ]);
    expect(result?.warnings).toEqual(['shots/sync.png: 1 of 2 OCR line(s) below 60% confidence']);
  });

  it('keeps each line box as meta.box so the page can highlight the line, and drops a bogus box', async () => {
    const BOX = { x0: 30, y0: 44, x1: 410, y1: 66 };
    const result = await parser?.parse(
      unit(PNG, {
        lines: [
          { text: 'Sync error ERR_RELAY_422', confidence: 92, box: BOX },
          { text: 'Retry', confidence: 90, box: { x0: 50, y0: 80, x1: 50, y1: 90 } },
        ],
      }),
      {},
    );
    expect(result?.items.map((item) => item.meta?.box)).toEqual([BOX, undefined]);
  });

  it.each([
    ['no OCR ran', undefined, /no OCR result/],
    [
      'OCR failed',
      { lines: [], error: 'the image could not be read (bad IHDR)' },
      /OCR failed: the image could not be read/,
    ],
  ])('fails with the reason when %s', async (_label, ocr, reason) => {
    const result = await parser?.parse(unit(PNG, ocr), {});
    expect(result?.status).toBe('failed');
    expect(result?.warnings[0]).toMatch(/^shots\/sync\.png: /);
    expect(result?.warnings[0]).toMatch(reason);
  });
});
