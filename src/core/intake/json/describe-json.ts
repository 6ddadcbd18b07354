/** @module Says in a few words what shape a JSON value has, for a warning about a file Spine does not read. */
import { isRecord } from './pick.js';

const MAX_KEYS = 8;

function keyList(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  const shown = keys.slice(0, MAX_KEYS).join(', ');
  return keys.length > MAX_KEYS ? `${shown}, … ${keys.length - MAX_KEYS} more` : shown || 'none';
}

/** `top-level keys: a, b` for an object, `an array of 3 objects (keys of the first: …)` for an array. */
export function describeJson(value: unknown): string {
  if (isRecord(value)) return `top-level keys: ${keyList(value)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty array';
    const [first] = value;
    if (isRecord(first)) return `an array of ${value.length} objects; keys of the first: ${keyList(first)}`;
    return `an array of ${value.length} ${first === null ? 'null' : typeof first} values`;
  }
  return `a lone ${value === null ? 'null' : typeof value} value`;
}
