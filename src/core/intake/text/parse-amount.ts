/** @module Money amounts as CRM exports write them: `$1,240,000`, `1.240.000 €`, `420k`, `480000`. */

export interface Amount {
  readonly value: number;
  /** currency symbol or code when written, else '' */
  readonly currency: string;
}

/** Parses an amount with a currency symbol or code, thousands separators and k/m suffixes; null if none. */
export function parseAmount(raw: unknown): Amount | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, currency: '' } : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  const currency =
    /[$€£¥]/.exec(text)?.[0] ?? /\b(USD|EUR|GBP|CAD|AUD|CHF|JPY)\b/i.exec(text)?.[1]?.toUpperCase() ?? '';
  const match = /(\d[\d,.\s']*)\s*([kKmM])?\b/.exec(text.replace(/\u00a0/g, ' '));
  if (!match) return null;
  let digits = (match[1] ?? '').replace(/[\s']/g, '');
  // `1.240.000` or `1.240,50` (European) versus `1,240,000.50`.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) digits = digits.replace(/\./g, '').replace(',', '.');
  else digits = digits.replace(/,/g, '');
  let value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const suffix = match[2]?.toLowerCase();
  if (suffix === 'k') value *= 1_000;
  if (suffix === 'm') value *= 1_000_000;
  return { value, currency };
}

/** `$1,240,000` from 1240000 and `$`. */
export function formatAmount(amount: Amount): string {
  const number = groupThousands(amount.value);
  if (amount.currency.length === 1) return `${amount.currency}${number}`;
  return amount.currency ? `${number} ${amount.currency}` : number;
}

// en-US grouping without Intl: the first toLocaleString call loads ICU data (~0.1 s of a cold start),
// and the packet must not depend on the ICU build either
function groupThousands(value: number): string {
  const fixed = Number.isInteger(value) ? Math.abs(value).toFixed(0) : Math.abs(value).toFixed(2);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
