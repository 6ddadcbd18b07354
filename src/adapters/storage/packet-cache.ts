/**
 * @module Parsed packets by version. A prepared version's packet never changes once stored, so each
 * process parses it once; the stored text is kept beside it so a response can embed it unchanged.
 */
import type { Packet } from '../../core/model/packet.js';

const MAX_ENTRIES = 128;
export interface CachedVersion {
  readonly packet: Packet;
  readonly markdown: string | null;
  /** the parsed explanation, frozen; undefined when the entry was not made from a finished version */
  readonly explanation?: unknown;
}

const byKey = new Map<string, CachedVersion>();
const jsonOf = new WeakMap<Packet, string>();
const bytesOf = new WeakMap<Packet, Buffer>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A prepared version seen before: its packet and Markdown, without reading them from the store again. */
export function cachedVersion(packetId: string, version: number): CachedVersion | undefined {
  const key = `${packetId}:${version}`;
  const cached = byKey.get(key);
  if (!cached) return undefined;
  byKey.delete(key);
  byKey.set(key, cached);
  return cached;
}

/**
 * The finished versions of one packet this process holds parsed (with their explanation), by
 * version: a read can ask the store for the text of the others only.
 */
export function parsedVersionsOf(packetId: string): Map<number, CachedVersion> {
  const held = new Map<number, CachedVersion>();
  const prefix = `${packetId}:`;
  for (const [key, cached] of byKey) {
    if (key.startsWith(prefix) && cached.explanation !== undefined)
      held.set(Number(key.slice(prefix.length)), cached);
  }
  return held;
}

/** The parsed, frozen packet for a stored version's JSON text (most recently used stay cached). */
export function parsePacket(
  packetId: string,
  version: number,
  json: string,
  markdown: string | null,
  /** a finished version's explanation (null: none), kept parsed beside the packet */
  explanation?: unknown,
): Packet {
  const key = `${packetId}:${version}`;
  const packet = deepFreeze(JSON.parse(json) as Packet);
  jsonOf.set(packet, json);
  byKey.set(
    key,
    explanation === undefined
      ? { packet, markdown }
      : { packet, markdown, explanation: deepFreeze(explanation) },
  );
  if (byKey.size > MAX_ENTRIES) byKey.delete(byKey.keys().next().value as string);
  return packet;
}

/** The exact JSON text a packet was parsed from, when it came from `parsePacket`. */
export function packetJsonText(packet: Packet): string | undefined {
  return jsonOf.get(packet);
}

/**
 * That text as UTF-8, encoded once per cached version: a response can copy these bytes instead of
 * measuring and encoding the whole text again on every read.
 */
export function packetJsonBytes(packet: Packet): Buffer | undefined {
  const known = bytesOf.get(packet);
  if (known) return known;
  const json = jsonOf.get(packet);
  if (json === undefined) return undefined;
  const bytes = Buffer.from(json, 'utf8');
  bytesOf.set(packet, bytes);
  return bytes;
}
