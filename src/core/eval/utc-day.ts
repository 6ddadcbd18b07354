/** @module The UTC calendar day of a date or date-time text. */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `YYYY-MM-DD` of the UTC day a value falls on: a plain date is that day; a date-time with an
 * offset is converted to UTC first (so `2026-11-17T23:30:00-05:00` is `2026-11-18`); a date-time
 * without an offset is read as UTC. Returns null for anything else.
 */
export function utcDay(value: string): string | null {
  const text = value.trim();
  const date = DATE_ONLY.exec(text);
  if (date) return validDay(`${date[1]}-${date[2]}-${date[3]}`);
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return null;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  const ms = Date.parse(hasZone ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

function validDay(day: string): string | null {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10) === day ? day : null;
}
