/**
 * @module Use case: read a handoff from disk, group files into units, OCR the screenshots in
 * parallel, and run the pure intake. Shared by `spine intake`, `spine prepare`, eval and the server.
 */

import type { FileLimits } from '../adapters/files/limits.js';
import { readPaths } from '../adapters/files/read-paths.js';
import { defaultOcrCacheDir, withOcrCache } from '../adapters/ocr/ocr-cache.js';
import { groupUnits } from '../core/intake/group-units.js';
import { type RejectedFile, runIntake } from '../core/intake/run-intake.js';
import { imageFormatOf } from '../core/intake/screenshot.js';
import type { IntakeFile, IntakeResult, IntakeUnit } from '../core/model/intake.js';
import type { OcrEngine } from '../ports/ocr.js';

export interface OcrProgressEvent {
  /** images finished so far, and how many there are */
  readonly done: number;
  readonly total: number;
  /** the image that just finished */
  readonly name: string;
}

export interface IntakeOptions {
  readonly limits?: Partial<FileLimits>;
  /** a shared engine (eval reuses one pool across cases); it is not closed here */
  readonly ocr?: OcrEngine;
  /** OCR cache directory, or false for none; default `defaultOcrCacheDir()` */
  readonly ocrCache?: string | false;
  readonly onOcrProgress?: (event: OcrProgressEvent) => void;
  readonly signal?: AbortSignal;
  /** the longest one screenshot may take before it is reported and skipped; default 60 s */
  readonly ocrTimeoutMs?: number;
}

export const DEFAULT_OCR_TIMEOUT_MS = 60_000;

export interface IntakeOutput {
  readonly result: IntakeResult;
  /** every file read, for the blob store (`putBlob`) */
  readonly files: readonly IntakeFile[];
}

function isImageUnit(unit: IntakeUnit): boolean {
  const [only] = unit.files;
  return unit.files.length === 1 && only !== undefined && imageFormatOf(only.bytes) !== null;
}

async function withOcr(units: IntakeUnit[], options: IntakeOptions): Promise<IntakeUnit[]> {
  const images = units.filter(isImageUnit);
  if (images.length === 0) return units;
  let own: OcrEngine | null = null;
  let engine = options.ocr;
  if (!engine) {
    // tesseract.js and its language data load only when there is a screenshot to read
    const { createTesseractEngine, defaultPoolSize, TESSERACT_ENGINE_VERSION } = await import(
      '../adapters/ocr/tesseract.js'
    );
    own = createTesseractEngine({ workers: Math.min(images.length, defaultPoolSize()) });
    const cacheDir = options.ocrCache === undefined ? defaultOcrCacheDir() : options.ocrCache;
    engine = cacheDir === false ? own : withOcrCache(own, cacheDir, TESSERACT_ENGINE_VERSION);
  }
  try {
    let done = 0;
    const recognised = new Map<IntakeUnit, IntakeUnit>();
    await Promise.all(
      images.map(async (unit) => {
        const bytes = unit.files[0]?.bytes ?? new Uint8Array();
        // One slow image must not hold up the handoff: past the deadline it is skipped with a warning.
        const timeoutMs = options.ocrTimeoutMs ?? DEFAULT_OCR_TIMEOUT_MS;
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
        const result = await (engine as OcrEngine).recognize(bytes, { signal });
        const ocr =
          deadline.aborted && result.lines.length === 0
            ? {
                lines: [],
                error: `did not finish within ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`,
              }
            : result;
        recognised.set(unit, { ...unit, ocr });
        done++;
        options.onOcrProgress?.({ done, total: images.length, name: unit.name });
      }),
    );
    return units.map((unit) => recognised.get(unit) ?? unit);
  } finally {
    await own?.close();
  }
}

/**
 * Intake of files already in memory (uploads), plus files the adapters refused.
 * Never throws for bad input.
 */
export async function intakeFromFiles(
  files: readonly IntakeFile[],
  options: IntakeOptions & { rejected?: readonly RejectedFile[]; warnings?: readonly string[] } = {},
): Promise<IntakeOutput> {
  const units = await withOcr(groupUnits(files), options);
  const result = await runIntake(units, { rejected: options.rejected ?? [] });
  return {
    result: { ...result, warnings: [...(options.warnings ?? []), ...result.warnings] },
    files,
  };
}

/**
 * Reads the given paths (files, folders, zips) and runs intake over them. Throws only
 * SPINE_ERR_INTAKE_NOT_FOUND for a path that does not exist.
 *
 * @example const { result, files } = await intakeFromPaths(['./handoff'], { ocrCache: false });
 */
export async function intakeFromPaths(
  paths: readonly string[],
  options: IntakeOptions = {},
): Promise<IntakeOutput> {
  const read = await readPaths(paths, options.limits);
  return intakeFromFiles(read.files, { ...options, rejected: read.rejected, warnings: read.warnings });
}
