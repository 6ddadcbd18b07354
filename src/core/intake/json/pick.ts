/** @module Forgiving accessors for untyped JSON: real exports omit and mistype fields. */
import { isRecord } from '../util/decode.js';

export { isRecord };

/** The value as a record, or an empty one. */
export function rec(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The value as an array, or an empty one. */
export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string, or undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An id as a string (ids arrive as numbers or strings), or undefined. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return str(value);
}

/** A finite number, or undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Strings of an array, skipping anything else. */
export function strings(value: unknown): string[] {
  return arr(value).flatMap((item) => {
    const s = str(item);
    return s === undefined ? [] : [s];
  });
}
