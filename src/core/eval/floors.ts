/** @module Recorded quality floors and the comparison that fails CI when a figure falls below one. */
import { z } from 'zod';

/** `min`: figures that must stay at or above the value; `max`: counts that must stay at or below. */
export const FloorsSchema = z.object({
  min: z.record(z.string(), z.number()).default({}),
  max: z.record(z.string(), z.number()).default({}),
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
export function checkFloors(figures: Readonly<Record<string, number>>, floors: Floors): FloorBreach[] {
  const breaches: FloorBreach[] = [];
  for (const [figure, bound] of Object.entries(floors.min)) {
    const value = figures[figure];
    if (value === undefined || value < bound)
      breaches.push({ figure, value: value ?? null, bound, kind: 'min' });
  }
  for (const [figure, bound] of Object.entries(floors.max)) {
    const value = figures[figure];
    if (value === undefined || value > bound)
      breaches.push({ figure, value: value ?? null, bound, kind: 'max' });
  }
  return breaches;
}
