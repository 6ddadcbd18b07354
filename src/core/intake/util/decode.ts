/** @module Bytes to text and JSON, tolerant of BOMs and invalid UTF-8, never throwing. */

const UTF8_BOM = '\uFEFF';

export interface DecodedText {
  readonly text: string;
  /** true when the bytes were not valid UTF-8 and replacement characters were used */
  readonly invalidUtf8: boolean;
}

/** Decodes UTF-8 (stripping a BOM); invalid sequences become U+FFFD and are reported. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let invalidUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    invalidUtf8 = true;
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
  return { text, invalidUtf8 };
}

/** True when the bytes look like binary rather than text (NUL bytes in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses JSON text; a failure is a value with the parser's reason, not an exception. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Decodes and parses the first file of a unit as JSON, for detectors; undefined when it is not JSON. */
export function jsonOf(bytes: Uint8Array): unknown {
  if (bytes.length === 0 || looksBinary(bytes)) return undefined;
  const { text } = decodeText(bytes);
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
