/** @module Nearest-rank percentiles of a list of numbers (no interpolation: every answer is a value seen). */

/**
 * The `p`-th percentile (0 < p ≤ 100) by the nearest-rank method, or null for an empty list.
 *
 * @example percentile([4, 1, 3, 2], 50) === 2
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
