/** @module ARR and renewal from account items, as numbers for the signals. */
import type { ExtractContext, Item } from './context.js';

const DAY_MS = 86_400_000;

function field(ctx: ExtractContext, name: string): Item | undefined {
  return ctx.items.find((i) => i.unit === 'account' && i.ev.meta?.field === name);
}

/** Parses "$420k", "1.24M", "420,000 USD" into a number; NaN when unreadable. */
export function parseMoney(text: string): number {
  const m = /(\d+(?:[.,]\d+)*)\s*([kKmM]|thousand|million)?\b/.exec(text.replace(/\s(?=\d{3}\b)/g, ''));
  if (!m?.[1]) return Number.NaN;
  const raw = m[1];
  const base = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)
    ? Number(raw.replace(/,/g, ''))
    : Number(raw.replace(',', '.'));
  const unit = (m[2] ?? '').toLowerCase();
  const factor =
    unit === 'k' || unit === 'thousand' ? 1_000 : unit === 'm' || unit === 'million' ? 1_000_000 : 1;
  return Math.round(base * factor);
}

/** ARR (0 when unknown) and days from asOf to renewal (-1 when unknown), with their cites. */
export function extractAccountNumbers(ctx: ExtractContext): {
  arr: number;
  arrCite: string | null;
  renewalDays: number;
  renewalCite: string | null;
} {
  const arrItem = field(ctx, 'arr');
  const arr = arrItem ? parseMoney(arrItem.ev.text) : Number.NaN;
  const renewal = field(ctx, 'renewal');
  let renewalDays = -1;
  if (renewal) {
    const iso = /\d{4}-\d\d-\d\d/.exec(renewal.ev.text)?.[0];
    const t = iso ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
    const now = Date.parse(ctx.asOf);
    if (!Number.isNaN(t) && !Number.isNaN(now)) renewalDays = Math.max(0, Math.ceil((t - now) / DAY_MS));
  }
  return {
    arr: Number.isNaN(arr) ? 0 : arr,
    arrCite: Number.isNaN(arr) ? null : (arrItem?.id ?? null),
    renewalDays,
    renewalCite: renewalDays >= 0 ? (renewal?.id ?? null) : null,
  };
}
