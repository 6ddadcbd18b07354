/** @module The signals page's numbers in words: durations, shares and override directions. */
import { formatSpan } from '../../ui/format.js';

/** Seconds as `45 s`, `12 min`, `2 h 5 min` or `3 d 4 h`; null → `—`. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  return formatSpan(seconds * 1000);
}

/** 0.333 → `33%`; null → `—`. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** `2 raised, 1 lowered`, or `none` when no severity was changed. */
export function describeDirection(up: number, down: number): string {
  if (up === 0 && down === 0) return 'none';
  const parts: string[] = [];
  if (up > 0) parts.push(`${up} raised`);
  if (down > 0) parts.push(`${down} lowered`);
  return parts.join(', ');
}

/** `2026-W49` and its Monday → `30 Nov – 6 Dec 2026 (week 49)`. */
export function describeWeek(id: string, start: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const first = new Date(start);
  const last = new Date(first.getTime() + 6 * 86_400_000);
  const day = (d: Date) => `${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
  const week = Number(id.split('-W')[1]);
  return `${day(first)} – ${day(last)} ${last.getUTCFullYear()} (week ${week})`;
}
