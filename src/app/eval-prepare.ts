/** @module The production PrepareCase for eval: prepareFromPaths with one OCR engine shared by all cases. */
import { defaultOcrCacheDir, withOcrCache } from '../adapters/ocr/ocr-cache.js';
import { createTesseractEngine, TESSERACT_ENGINE_VERSION } from '../adapters/ocr/tesseract.js';
import { applyReview } from '../core/eval/apply-review.js';
import { prepareFromPaths } from './prepare-from-paths.js';
import { readReviewBeside } from './read-review-file.js';
import type { PrepareCase } from './run-eval.js';

/**
 * Builds the eval's prepare step. One tesseract pool (workers start on the first image) and its
 * on-disk cache serve every case, so a whole eval run pays OCR once per distinct screenshot.
 * With `reviewed`, a case's `review.json` (export-case) is applied to its packet before scoring, so
 * the score is the reviewed result's, not Spine's own. Call `close` when the run is over.
 */
export function createEvalPrepare(options: { ocrCache?: string | false; reviewed?: boolean } = {}): {
  prepare: PrepareCase;
  close: () => Promise<void>;
} {
  const engine = createTesseractEngine();
  const cacheDir = options.ocrCache === undefined ? defaultOcrCacheDir() : options.ocrCache;
  const ocr = cacheDir === false ? engine : withOcrCache(engine, cacheDir, TESSERACT_ENGINE_VERSION);
  const prepare: PrepareCase = async (handoffDir, { asOf, policyPath }) => {
    const { packet, warnings } = await prepareFromPaths([handoffDir], {
      asOf,
      ocr,
      ...(policyPath ? { policyPath } : {}),
    });
    const review = options.reviewed ? readReviewBeside(handoffDir) : null;
    return { packet: review ? applyReview(packet, review) : packet, warnings };
  };
  return { prepare, close: () => engine.close() };
}
