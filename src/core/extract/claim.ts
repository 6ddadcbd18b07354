/** @module Small helpers to build claims with sorted, unique cites. */
/** A cited claim as Facts stores it. */
export interface Claim<T = unknown> {
  value: T;
  cites: string[];
}

/** A claim whose cites are de-duplicated and kept in first-seen order. */
export function claim<T>(value: T, cites: readonly string[]): Claim<T> {
  return { value, cites: [...new Set(cites)] };
}

/** Keeps the first claim for each normalised value (case and spacing ignored). */
export function uniqueClaims<T>(claims: readonly Claim<T>[]): Claim<T>[] {
  const seen = new Set<string>();
  const out: Claim<T>[] = [];
  for (const c of claims) {
    const key = String(c.value).toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
