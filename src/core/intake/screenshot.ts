/** @module Screenshots (PNG, JPEG, WebP): detected by magic bytes, one evidence item per OCR line. */
import type { EvidenceDraft } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, OcrBox, ParseResult } from '../model/intake.js';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

/** OCR lines under this confidence (0–100) are flagged `lowConfidence`. */
export const LOW_CONFIDENCE = 60;
const MAX_LINES = 2_000;
const MAX_LINE_CHARS = 2_000;

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, i) => bytes[offset + i] === byte);
}

/** The image format named by the file's magic bytes, or null when the bytes are no image we read. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  // RIFF <4-byte size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'webp';
  }
  return null;
}

// A box only helps when it is a real, non-empty rectangle; anything else is dropped, not trusted.
function isBox(box: OcrBox | undefined): box is OcrBox {
  if (!box) return false;
  const { x0, y0, x1, y1 } = box;
  return [x0, y0, x1, y1].every((n) => Number.isFinite(n) && n >= 0) && x1 > x0 && y1 > y0;
}

function parseScreenshot(unit: IntakeUnit): ParseResult {
  const bytes = unit.files[0]?.bytes ?? new Uint8Array();
  const format = imageFormatOf(bytes) ?? 'image';
  const failed = (reason: string): ParseResult => ({
    kind: 'screenshot',
    format,
    items: [],
    warnings: [`${unit.name}: ${reason}`],
    status: 'failed',
  });
  if (!unit.ocr) return failed('no OCR result for the image (OCR did not run)');
  if (unit.ocr.error) return failed(`OCR failed: ${unit.ocr.error}`);
  const items: EvidenceDraft[] = [];
  let low = 0;
  for (const line of unit.ocr.lines) {
    const text = line.text.replace(/\s+/g, ' ').trim().slice(0, MAX_LINE_CHARS);
    if (text === '') continue;
    if (items.length >= MAX_LINES) break;
    const confidence = Number.isFinite(line.confidence) ? line.confidence : 0;
    const lowConfidence = confidence < LOW_CONFIDENCE;
    if (lowConfidence) low++;
    items.push({
      locator: `ocr${items.length + 1}`,
      at: null,
      author: null,
      visibility: 'internal',
      text,
      meta: { unit: 'ocr', confidence, lowConfidence, ...(isBox(line.box) ? { box: line.box } : {}) },
    });
  }
  const warnings: string[] = [];
  if (low > 0) {
    warnings.push(`${unit.name}: ${low} of ${items.length} OCR line(s) below ${LOW_CONFIDENCE}% confidence`);
  }
  if (items.length === 0) warnings.push(`${unit.name}: no text was recognised on the image`);
  return {
    kind: 'screenshot',
    format,
    items,
    warnings,
    status: items.length === 0 ? 'skipped' : 'parsed',
  };
}

export const screenshotParsers: FormatParser[] = [
  {
    format: 'screenshot',
    detect: (unit) =>
      unit.files.length === 1 && imageFormatOf(unit.files[0]?.bytes ?? new Uint8Array()) ? 1 : 0,
    parse: parseScreenshot,
  },
];
