/** @module Dates and durations for people: UTC times, ages and "due in" phrases. */

/** `2026-03-11T12:20:29.000Z` → `11 Mar 2026, 12:20 UTC`; null → `—`. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** A duration in ms as `3 d 4 h`, `2 h 5 min` or `12 min`. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${mins} min`;
  return `${mins} min`;
}

/** `overdue by 2 h 5 min` or `in 40 min`. */
export function dueIn(iso: string, now: number): { text: string; overdue: boolean } {
  const delta = new Date(iso).getTime() - now;
  return delta < 0
    ? { text: `overdue by ${formatSpan(delta)}`, overdue: true }
    : { text: `in ${formatSpan(delta)}`, overdue: false };
}
