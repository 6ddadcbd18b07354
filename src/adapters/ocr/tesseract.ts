/**
 * @module OCR with tesseract.js, fully offline: English LSTM data from `@tesseract.js-data/eng`,
 * a lazily started worker pool, line confidences, and a result (never a crash) for bad images.
 */
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import Tesseract from 'tesseract.js';
import { imageFormatOf } from '../../core/intake/screenshot.js';
import type { OcrLine, OcrResult } from '../../core/model/intake.js';
import type { OcrEngine } from '../../ports/ocr.js';
import { imageSizeOf } from './image-size.js';

const require = createRequire(import.meta.url);
const LANG_DIR = '4.0.0_best_int';
const ENG_DIR = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), LANG_DIR);
const TESSERACT_VERSION = (require('tesseract.js/package.json') as { version: string }).version;
const ENG_VERSION = (require('@tesseract.js-data/eng/package.json') as { version: string }).version;

/** Names the engine and language data; part of the OCR cache key. */
export const TESSERACT_ENGINE_VERSION = `tesseract.js@${TESSERACT_VERSION}+eng@${ENG_VERSION}/${LANG_DIR}`;

export interface OcrProgress {
  readonly status: string;
  /** 0–1 within the current job */
  readonly progress: number;
}

export interface TesseractOptions {
  /** workers in the pool; default os.availableParallelism() clamped to 1–4 */
  readonly workers?: number;
  readonly onProgress?: (progress: OcrProgress) => void;
}

/** Images above this many pixels are refused: tesseract's memory grows with the pixel count. */
export const MAX_OCR_PIXELS = 40_000_000;

/**
 * How much a WebAssembly function runs on V8's baseline code before V8 recompiles it optimised, in
 * V8's own units (its default is 1,800,000). Tesseract's engine is WebAssembly: at the default, V8
 * spends 0.4–0.6 s of CPU optimising functions during the first image that are warm but not hot,
 * and a later image gains nothing from it. Measured in process on four screenshots (0.3–1.2 MP), 8
 * recognitions on one worker: the first image 1.1–1.3 → 0.74–0.82 s CPU (900×360) and 2.6–2.7 →
 * 2.1–2.3 s (1280×908); all eight together 7.5–7.8 s either way; the text read is the same.
 */
const WASM_TIERING_BUDGET = 400_000_000;
let wasmTieringSet = false;

/** V8 reads the flag when it compiles a module, so it is set before the first worker starts. */
function raiseWasmTieringBudget(): void {
  if (wasmTieringSet) return;
  wasmTieringSet = true;
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
}

/** Default pool size: one worker per core, at most four. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

function linesOf(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.trim();
        if (text === '') continue;
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({ text, confidence: Math.round(line.confidence * 10) / 10, box: { x0, y0, x1, y1 } });
      }
    }
  }
  return lines;
}

function aborted(signal: AbortSignal | undefined): Promise<OcrResult> {
  return new Promise((resolve) => {
    signal?.addEventListener('abort', () => resolve({ lines: [], error: 'OCR was cancelled' }), {
      once: true,
    });
  });
}

/**
 * An OcrEngine over a tesseract.js scheduler. No worker starts until the first image, so a
 * handoff without screenshots pays nothing; language data is read from disk, never fetched.
 *
 * @example const ocr = createTesseractEngine({ workers: 2 }); await ocr.recognize(png); await ocr.close();
 */
export function createTesseractEngine(options: TesseractOptions = {}): OcrEngine {
  const size = Math.max(1, options.workers ?? defaultPoolSize());
  let scheduler: Tesseract.Scheduler | null = null;
  let starting: Promise<Tesseract.Scheduler> | null = null;
  const cachePath = join(tmpdir(), 'spine-tesseract');

  async function startWorker(): Promise<Tesseract.Worker> {
    raiseWasmTieringBudget();
    return Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
      langPath: ENG_DIR,
      gzip: true,
      cachePath,
      cacheMethod: 'none',
      logger: (message) => options.onProgress?.({ status: message.status, progress: message.progress }),
      errorHandler: () => {
        // Failures reach the job's promise; the worker-level handler only keeps them off stderr.
      },
    });
  }

  function pool(): Promise<Tesseract.Scheduler> {
    starting ??= (async () => {
      const created = Tesseract.createScheduler();
      created.addWorker(await startWorker());
      scheduler = created;
      // More workers join while the first one already works.
      for (let i = 1; i < size; i++) {
        void startWorker().then(
          (worker) => {
            if (scheduler === created) created.addWorker(worker);
            else void worker.terminate();
          },
          () => undefined,
        );
      }
      return created;
    })();
    return starting;
  }

  async function recognize(image: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<OcrResult> {
    const format = imageFormatOf(image);
    if (format === null) {
      return { lines: [], error: 'not a PNG, JPEG or WebP image (magic bytes do not match)' };
    }
    const size = imageSizeOf(image, format);
    if (size && size.width * size.height > MAX_OCR_PIXELS) {
      return {
        lines: [],
        error: `image of ${size.width}×${size.height} pixels is over the ${MAX_OCR_PIXELS / 1e6} megapixel OCR limit`,
      };
    }
    if (opts.signal?.aborted) return { lines: [], error: 'OCR was cancelled' };
    try {
      const ready = await pool();
      const job = ready
        .addJob('recognize', Buffer.from(image), {}, { blocks: true, text: false })
        .then((result): OcrResult => ({ lines: linesOf(result.data) }));
      return await (opts.signal ? Promise.race([job, aborted(opts.signal)]) : job);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { lines: [], error: `the image could not be read (${reason.slice(0, 200)})` };
    }
  }

  async function close(): Promise<void> {
    const current = scheduler ?? (starting ? await starting.catch(() => null) : null);
    scheduler = null;
    starting = null;
    if (current) await current.terminate();
  }

  return { recognize, close };
}
