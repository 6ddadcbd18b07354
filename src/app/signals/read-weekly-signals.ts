/**
 * @module The signals page's figures: the last N ISO weeks (UTC), computed from the store on each
 * request. Each week counts the packets uploaded in it and what happened to them since.
 */
import type { Policy } from '../../core/policy/policy-schema.js';
import { lastWeeks } from '../../core/signals/iso-week.js';
import { overrideDirection } from '../../core/signals/override-direction.js';
import { type WeekSignals, weeklySignals } from '../../core/signals/weekly-signals.js';
import type { SignalsStore } from '../../ports/signals-store.js';
import { levelOrder } from './read-metrics.js';

export const MAX_WEEKS = 52;
/** Most packets read for one answer; beyond it the oldest weeks are undercounted (and say so). */
const MAX_PACKETS = 50_000;

export interface WeeklySignalsAnswer {
  readonly now: string;
  /** weeks run Monday 00:00 to Monday 00:00 in this zone */
  readonly timeZone: 'UTC';
  /** false while the store has no feedback table (handoff ratings then show as unavailable) */
  readonly ratingsAvailable: boolean;
  /** true when more packets were uploaded than one answer reads */
  readonly truncated: boolean;
  readonly weeks: WeekSignals[];
}

export async function readWeeklySignals(
  store: SignalsStore,
  policy: Policy,
  options: { now: string; weeks: number },
): Promise<WeeklySignalsAnswer> {
  const weeks = Math.min(Math.max(1, Math.trunc(options.weeks)), MAX_WEEKS);
  const since = lastWeeks(options.now, weeks).at(-1)?.start ?? options.now;
  const window = await store.readSignalWindow(since, options.now, MAX_PACKETS + 1);
  const levels = levelOrder(policy);
  const packets = window.packets.slice(0, MAX_PACKETS);
  return {
    now: options.now,
    timeZone: 'UTC',
    ratingsAvailable: window.ratings !== null,
    truncated: window.packets.length > MAX_PACKETS,
    weeks: weeklySignals(
      {
        packets,
        overrides: window.overrides.map((o) => ({
          packetId: o.packetId,
          field: o.field,
          direction: overrideDirection(o.field, o.before, o.after, levels),
        })),
        gateRejections: window.gateRejections,
        ratings: window.ratings,
      },
      { now: options.now, weeks },
    ),
  };
}
