/** @module Timestamps to UTC ISO strings, from the shapes exports use; null when unreadable. */

/** ISO 8601 with an offset or Z, RFC 2822, or epoch seconds/milliseconds → UTC ISO, else null. */
export function toUtcIso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Exports use epoch seconds (Intercom, Slack) or milliseconds (Teams ids): tell them apart by size.
    const ms = value > 1e11 ? value : value * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/^\d{9,10}(\.\d+)?$/.test(trimmed)) return toUtcIso(Number(trimmed));
  // A date-time without any zone is ambiguous: refuse rather than assume the machine's zone.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed)) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
