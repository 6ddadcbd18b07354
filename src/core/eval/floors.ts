/** @module Recorded quality floors and the comparison that fails CI when a figure falls below one. */
import { z } from 'zod';

const BoundsSchema = z.object({
  min: z.record(z.string(), z.number()).default({}),
  max: z.record(z.string(), z.number()).default({}),
});

/**
 * `min`: figures that must stay at or above the value; `max`: counts that must stay at or below.
 * `subsets`: floors recorded over part of the set (cases whose folder name starts with one of
 * `cases`), so that adding a new batch of cases never weakens the floors of the older ones.
 */
export const FloorsSchema = BoundsSchema.extend({
  subsets: z
    .array(BoundsSchema.extend({ name: z.string().min(1), cases: z.array(z.string().min(1)).min(1) }))
    .default([]),
});
export type Floors = z.infer<typeof FloorsSchema>;

export interface FloorBreach {
  readonly figure: string;
  readonly value: number | null;
  readonly bound: number;
  readonly kind: 'min' | 'max';
}

/**
 * Compares summary figures with the floors. A figure the floors name but the run did not measure
 * is a breach too (value null): a floor that silently stops being checked guards nothing.
 */
export function checkFloors(
  figures: Readonly<Record<string, number>>,
  floors: Pick<Floors, 'min' | 'max'>,
): FloorBreach[] {
  const breaches: FloorBreach[] = [];
  // a mean of 0.55 can sum to 0.5499999999999999: compare below the floors' own precision
  const EPSILON = 1e-9;
  for (const [figure, bound] of Object.entries(floors.min)) {
    const value = figures[figure];
    if (value === undefined || value < bound - EPSILON)
      breaches.push({ figure, value: value ?? null, bound, kind: 'min' });
  }
  for (const [figure, bound] of Object.entries(floors.max)) {
    const value = figures[figure];
    if (value === undefined || value > bound + EPSILON)
      breaches.push({ figure, value: value ?? null, bound, kind: 'max' });
  }
  return breaches;
}

/**
 * Whether a case folder name belongs to a subset (it starts with one of the subset's prefixes). A
 * prefix ending in a digit never continues into another digit: "h10" names h10-…, not h100-….
 */
export function inSubset(caseName: string, prefixes: readonly string[]): boolean {
  return prefixes.some(
    (p) =>
      caseName === p || (caseName.startsWith(p) && !(/\d$/.test(p) && /\d/.test(caseName[p.length] ?? ''))),
  );
}
