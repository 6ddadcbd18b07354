/** @module JSON of a unit for detectors, parsed once per file however many parsers ask. */
import type { IntakeUnit } from '../../model/intake.js';
import { lenientJsonOf } from '../util/lenient-json.js';
import { MAX_JSON_BYTES } from './read-unit-json.js';

// Sixteen detectors look at every file; the cache keys on the bytes object, so it is
// deterministic and released with the input.
const cache = new WeakMap<Uint8Array, unknown>();

/** The parsed JSON of a single-file unit, or undefined when it is not JSON. */
export function detectJson(unit: IntakeUnit): unknown {
  if (unit.files.length !== 1) return undefined;
  const bytes = unit.files[0]?.bytes;
  if (bytes === undefined || bytes.length > MAX_JSON_BYTES) return undefined;
  if (cache.has(bytes)) return cache.get(bytes);
  const value = lenientJsonOf(bytes);
  cache.set(bytes, value);
  return value;
}
