/**
 * @module A disk cache of OCR results keyed by the image's sha256 and the engine version, so
 * repeated runs (eval, re-preparing a packet) do not recognise the same screenshot twice.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { OcrResult } from '../../core/model/intake.js';
import { sha256Hex } from '../../core/sha256.js';
import type { OcrEngine } from '../../ports/ocr.js';

/** `$SPINE_OCR_CACHE`, else `~/.cache/spine/ocr`. */
export function defaultOcrCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SPINE_OCR_CACHE || join(homedir(), '.cache', 'spine', 'ocr');
}

/**
 * The shape of a cached result. Bump it when `OcrResult` gains something older entries lack
 * (2: line boxes), so a stale entry is recognised again instead of served without it.
 */
export const OCR_CACHE_FORMAT = 2;

function cacheKey(image: Uint8Array, engineVersion: string): string {
  const imageSha = sha256Hex(image);
  const engineSha = sha256Hex(`${engineVersion}#cache-format-${OCR_CACHE_FORMAT}`).slice(0, 16);
  return `${imageSha}-${engineSha}.json`;
}

function isOcrResult(value: unknown): value is OcrResult {
  if (typeof value !== 'object' || value === null) return false;
  const lines = (value as { lines?: unknown }).lines;
  return (
    Array.isArray(lines) &&
    lines.every(
      (line) =>
        typeof line === 'object' &&
        line !== null &&
        typeof (line as { text?: unknown }).text === 'string' &&
        typeof (line as { confidence?: unknown }).confidence === 'number',
    )
  );
}

async function readCached(path: string): Promise<OcrResult | null> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isOcrResult(value) ? { lines: value.lines } : null;
  } catch {
    return null;
  }
}

async function writeCached(dir: string, path: string, result: OcrResult): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, JSON.stringify({ lines: result.lines }));
    await rename(temp, path);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Wraps an engine with the cache. Only successful results are stored; a corrupt cache file is
 * ignored and overwritten. Closing the wrapper closes the engine.
 */
export function withOcrCache(engine: OcrEngine, dir: string, engineVersion: string): OcrEngine {
  return {
    async recognize(image, opts) {
      const path = join(dir, cacheKey(image, engineVersion));
      const cached = await readCached(path);
      if (cached) return cached;
      const result = await engine.recognize(image, opts);
      if (!result.error) await writeCached(dir, path, result);
      return result;
    },
    close: () => engine.close(),
  };
}
