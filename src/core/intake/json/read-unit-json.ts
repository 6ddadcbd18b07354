/** @module Reads a unit's first file as JSON for a parser, with bounded size and named warnings. */
import type { IntakeUnit } from '../../model/intake.js';
import { decodeText, looksBinary } from '../util/decode.js';
import { parseJsonLenient } from '../util/lenient-json.js';

/** Larger JSON exports than this are refused rather than risk the memory budget. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

export type UnitJson =
  | { readonly ok: true; readonly value: unknown; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly warning: string };

/** Decodes and parses the unit's first file; a failure carries a warning naming the file and why. */
export function readUnitJson(unit: IntakeUnit): UnitJson {
  const file = unit.files[0];
  if (file === undefined) return { ok: false, warning: `${unit.name}: no file content` };
  if (file.bytes.length > MAX_JSON_BYTES) {
    return { ok: false, warning: `${unit.name}: file is larger than ${MAX_JSON_BYTES} bytes` };
  }
  if (looksBinary(file.bytes)) return { ok: false, warning: `${unit.name}: binary content, not JSON` };
  const { text, invalidUtf8 } = decodeText(file.bytes);
  const parsed = parseJsonLenient(text);
  if (!parsed.ok) return { ok: false, warning: `${unit.name}: invalid JSON: ${parsed.error}` };
  const warnings = invalidUtf8 ? [`${unit.name}: invalid UTF-8 replaced with U+FFFD`] : [];
  if (parsed.lenient)
    warnings.push(`${unit.name}: not strict JSON (comments or trailing commas); read leniently`);
  return { ok: true, value: parsed.value, warnings };
}
