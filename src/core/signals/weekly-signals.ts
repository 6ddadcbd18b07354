/**
 * @module The weekly figures a head of support watches, from rows the store read: each ISO week
 * (UTC) counts the packets uploaded in it and everything that happened to them since. Pure.
 */
import { type IsoWeek, isoWeekOf, lastWeeks } from './iso-week.js';
import type { OverrideDirection } from './override-direction.js';
import { percentile } from './percentile.js';

export interface SignalPacket {
  readonly id: string;
  readonly uploadedAt: string;
  /** when its first version was prepared (ready for review); null while preparing or failed */
  readonly reviewReadyAt: string | null;
  /** when the first customer update was marked sent */
  readonly firstUpdateAt: string | null;
  /** its internal and customer updates due before now and not done (0, 1 or 2) */
  readonly followUpsOverdue: number;
}

export interface SignalOverride {
  readonly packetId: string;
  readonly field: 'severity' | 'routing';
  readonly direction: OverrideDirection;
}

export interface SignalRating {
  readonly packetId: string;
  readonly rating: 'knew-first-move' | 'had-to-ask';
}

export interface SignalRows {
  readonly packets: readonly SignalPacket[];
  readonly overrides: readonly SignalOverride[];
  /** one packet id per gate rejection */
  readonly gateRejections: readonly string[];
  /** null when the store has no feedback yet (the table does not exist) */
  readonly ratings: readonly SignalRating[] | null;
}

export interface Latency {
  /** how many packets got there */
  readonly count: number;
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
}

export interface OverrideFigures {
  /** packets with at least one override of this field */
  readonly packets: number;
  /** packets overridden / packets prepared, or null when none was prepared */
  readonly rate: number | null;
  readonly up: number;
  readonly down: number;
}

export interface WeekSignals extends IsoWeek {
  readonly packetsUploaded: number;
  readonly packetsPrepared: number;
  readonly uploadToReviewReady: Latency;
  readonly uploadToFirstUpdate: Latency;
  readonly severityOverrides: OverrideFigures;
  readonly routingOverrides: Omit<OverrideFigures, 'up' | 'down'>;
  readonly gatesRejected: number;
  readonly followUpsMissed: number;
  /** null when there is no feedback table yet */
  readonly handoffRatings: {
    readonly knewFirstMove: number;
    readonly hadToAsk: number;
    /** knew-first-move / all ratings, or null with no rating */
    readonly knewFirstMoveShare: number | null;
  } | null;
}

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

function latency(pairs: ReadonlyArray<readonly [string, string | null]>): Latency {
  const values = pairs.flatMap(([from, to]) => (to === null ? [] : [seconds(from, to)]));
  return { count: values.length, medianSeconds: percentile(values, 50), p90Seconds: percentile(values, 90) };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The `weeks` ISO weeks ending with the one holding `now`, newest first; packets uploaded outside
 * them are ignored.
 */
export function weeklySignals(rows: SignalRows, options: { now: string; weeks: number }): WeekSignals[] {
  // One pass to bucket everything by the upload week of its packet, then one row per week.
  const weekOfPacket = new Map<string, string>();
  const packetsOf = new Map<string, SignalPacket[]>();
  for (const packet of rows.packets) {
    const week = isoWeekOf(packet.uploadedAt).id;
    weekOfPacket.set(packet.id, week);
    const list = packetsOf.get(week);
    if (list) list.push(packet);
    else packetsOf.set(week, [packet]);
  }
  const byWeek = <T>(items: readonly T[], packetOf: (item: T) => string) => {
    const grouped = new Map<string, T[]>();
    for (const item of items) {
      const week = weekOfPacket.get(packetOf(item));
      if (!week) continue;
      const list = grouped.get(week);
      if (list) list.push(item);
      else grouped.set(week, [item]);
    }
    return grouped;
  };
  const overridesOf = byWeek(rows.overrides, (o) => o.packetId);
  const rejectionsOf = byWeek(rows.gateRejections, (id) => id);
  const ratingsOf = rows.ratings ? byWeek(rows.ratings, (r) => r.packetId) : null;

  return lastWeeks(options.now, options.weeks).map((week) => {
    const packets = packetsOf.get(week.id) ?? [];
    const prepared = packets.filter((p) => p.reviewReadyAt !== null).length;
    const overrides = overridesOf.get(week.id) ?? [];
    const overridden = (field: SignalOverride['field']) =>
      new Set(overrides.filter((o) => o.field === field).map((o) => o.packetId)).size;
    const severity = overrides.filter((o) => o.field === 'severity');
    const ratings = ratingsOf ? (ratingsOf.get(week.id) ?? []) : null;
    const knew = ratings?.filter((r) => r.rating === 'knew-first-move').length ?? 0;
    return {
      ...week,
      packetsUploaded: packets.length,
      packetsPrepared: prepared,
      uploadToReviewReady: latency(packets.map((p) => [p.uploadedAt, p.reviewReadyAt] as const)),
      uploadToFirstUpdate: latency(packets.map((p) => [p.uploadedAt, p.firstUpdateAt] as const)),
      severityOverrides: {
        packets: overridden('severity'),
        rate: share(overridden('severity'), prepared),
        up: severity.filter((o) => o.direction === 'up').length,
        down: severity.filter((o) => o.direction === 'down').length,
      },
      routingOverrides: { packets: overridden('routing'), rate: share(overridden('routing'), prepared) },
      gatesRejected: rejectionsOf.get(week.id)?.length ?? 0,
      followUpsMissed: packets.reduce((sum, p) => sum + p.followUpsOverdue, 0),
      handoffRatings: ratings
        ? {
            knewFirstMove: knew,
            hadToAsk: ratings.length - knew,
            knewFirstMoveShare: share(knew, ratings.length),
          }
        : null,
    };
  });
}
