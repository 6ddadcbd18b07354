/** @module A packet as the scorer reads it: every part may be missing, so a broken packet scores 0, never crashes. */
import type { Packet } from '../model/packet.js';

type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

/** A packet whose fields may be absent or null (a packet from an older or broken build). */
export type PacketLike = DeepPartial<Packet>;

/** Renders a claim value for comparison and printing; non-strings become JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
