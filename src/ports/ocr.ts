/** @module The OCR port: the narrow shape of a text recogniser that Spine owns. */
import type { OcrResult } from '../core/model/intake.js';

/**
 * Recognises text lines on an image. Implementations never reject for a bad image: they
 * return `{ lines: [], error }` naming the reason. `close` frees workers; it is safe to call twice.
 */
export interface OcrEngine {
  recognize(image: Uint8Array, opts?: { signal?: AbortSignal }): Promise<OcrResult>;
  close(): Promise<void>;
}
