/**
 * @module The signals port: aggregates the store keeps, read fresh on every call so that every
 * instance on one database reports the same figures. Adapters count in SQL; they decide nothing.
 */
import type { SignalPacket, SignalRating } from '../core/signals/weekly-signals.js';

/** A histogram read from stored times: `buckets[i]` counts the durations ≤ `bounds[i]` seconds. */
export interface StoredDurations {
  readonly bounds: readonly number[];
  readonly buckets: readonly number[];
  readonly sumSeconds: number;
  readonly count: number;
}

/** An override as the audit log recorded it: the value before and after. */
export interface OverrideCount {
  readonly field: 'severity' | 'routing';
  readonly before: string;
  readonly after: string;
  readonly count: number;
}

export type HandoffRating = SignalRating['rating'];

export interface MetricsFigures {
  /** packets now in each review state */
  readonly packetsByState: Readonly<Record<string, number>>;
  /** packets with at least one prepared version */
  readonly packetsPrepared: number;
  /** finished prepare jobs (versions) by outcome */
  readonly prepareJobs: { readonly done: number; readonly failed: number };
  /** prepare jobs waiting and running now */
  readonly queue: { readonly queued: number; readonly running: number };
  /** prepare job start → packet recorded, per prepared version */
  readonly prepareDuration: StoredDurations;
  /** upload → first prepared version, per packet */
  readonly uploadToReviewReady: StoredDurations;
  /** upload → first customer update marked sent, per packet */
  readonly uploadToFirstUpdate: StoredDurations;
  readonly overrides: readonly OverrideCount[];
  /** gate rejections by the gate's kind */
  readonly gateRejections: Readonly<Record<string, number>>;
  /** open packets whose next update of each kind is due before now */
  readonly followUpsOverdue: { readonly internal: number; readonly customer: number };
  /** handoff ratings by rating; null while the store has no feedback table */
  readonly handoffRatings: Readonly<Record<HandoffRating, number>> | null;
}

export interface HistogramBounds {
  readonly prepareDuration: readonly number[];
  readonly uploadToReviewReady: readonly number[];
  readonly uploadToFirstUpdate: readonly number[];
}

export interface OverrideEvent {
  readonly packetId: string;
  readonly field: 'severity' | 'routing';
  readonly before: string;
  readonly after: string;
}

/** What the weekly signals read: packets uploaded since a time and what happened to them. */
export interface SignalWindow {
  readonly packets: readonly SignalPacket[];
  readonly overrides: readonly OverrideEvent[];
  readonly gateRejections: readonly string[];
  readonly ratings: readonly SignalRating[] | null;
}

export interface SignalsStore {
  readMetricsFigures(now: string, bounds: HistogramBounds): Promise<MetricsFigures>;
  /** packets uploaded at or after `since` (at most `limit`) with their overrides, rejections and ratings */
  readSignalWindow(since: string, now: string, limit: number): Promise<SignalWindow>;
}
