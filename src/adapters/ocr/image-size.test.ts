import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTextPng } from '../../../test/helpers/render-text-image.js';
import { SAMPLES_DIR } from '../../../test/helpers/sample-files.js';
import { imageSizeOf } from './image-size.js';
import { createTesseractEngine } from './tesseract.js';

describe('imageSizeOf', () => {
  it('reads the size of a sample PNG and a rendered JPEG and WebP', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(321, 123);
    expect(imageSizeOf(new Uint8Array(canvas.toBuffer('image/jpeg')), 'jpeg')).toEqual({
      width: 321,
      height: 123,
    });
    expect(imageSizeOf(new Uint8Array(canvas.toBuffer('image/webp')), 'webp')).toEqual({
      width: 321,
      height: 123,
    });
    expect(imageSizeOf(renderTextPng(['x'], 640), 'png')).toEqual({ width: 640, height: 100 });
    const sample = new Uint8Array(readFileSync(`${SAMPLES_DIR}/erp-error-dialog.png`));
    expect(imageSizeOf(sample, 'png')).toEqual({ width: 900, height: 300 });
  });

  it('lets the OCR engine refuse a 100-megapixel image without starting a worker', async () => {
    const header = renderTextPng(['x'], 640);
    const huge = Uint8Array.from(header);
    new DataView(huge.buffer).setUint32(16, 10_000);
    new DataView(huge.buffer).setUint32(20, 10_000);
    const engine = createTesseractEngine({ workers: 1 });
    const result = await engine.recognize(huge);
    await engine.close();
    expect(result.error).toMatch(/10000×10000 pixels is over the 40 megapixel OCR limit/);
  });
});
