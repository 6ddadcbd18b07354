/** @module JSON as SDK fixtures and hand-edited exports have it: strict first, then JSON5 (comments, trailing commas). */
import JSON5 from 'json5';
import { decodeText, looksBinary, parseJson } from './decode.js';

/** Text this long or shorter is retried leniently when strict JSON fails (JSON5 is slower). */
const MAX_LENIENT_CHARS = 8 * 1024 * 1024;

export type LenientJsonResult = { ok: true; value: unknown; lenient: boolean } | { ok: false; error: string };

/**
 * Parses JSON; when strict parsing fails, retries as JSON5. `lenient` says the strict parse
 * failed, so the caller can warn that the file is not strict JSON. A failure keeps the strict
 * parser's reason, which names the position.
 */
export function parseJsonLenient(text: string): LenientJsonResult {
  const strict = parseJson(text);
  if (strict.ok) return { ok: true, value: strict.value, lenient: false };
  const first = text.trimStart()[0];
  if (text.length > MAX_LENIENT_CHARS || (first !== '{' && first !== '[')) return strict;
  try {
    return { ok: true, value: JSON5.parse(text), lenient: true };
  } catch {
    return strict;
  }
}

/** The bytes as JSON (leniently), for detectors; undefined when they are not JSON. */
export function lenientJsonOf(bytes: Uint8Array): unknown {
  if (bytes.length === 0 || looksBinary(bytes)) return undefined;
  const { text } = decodeText(bytes);
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  const parsed = parseJsonLenient(text);
  return parsed.ok ? parsed.value : undefined;
}
