/**
 * @module What changed between two versions of a packet, as a list of paths with before and after,
 * for the reviewer deciding whether new evidence changed the decision.
 */
import type { Packet } from '../model/packet.js';

export interface PacketChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

// Evidence and sources are compared by their ids; the rest field by field.
const COMPARED = ['decision', 'facts', 'unknowns', 'drafts', 'gates', 'actions'] as const;

function walk(path: string, a: unknown, b: unknown, out: PacketChange[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const bothObjects =
    typeof a === 'object' &&
    a !== null &&
    typeof b === 'object' &&
    b !== null &&
    !Array.isArray(a) &&
    !Array.isArray(b);
  if (!bothObjects) {
    out.push({ path, before: a ?? null, after: b ?? null });
    return;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    walk(`${path}.${key}`, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], out);
  }
}

export function diffPackets(before: Packet, after: Packet): PacketChange[] {
  const out: PacketChange[] = [];
  const ids = (p: Packet) => p.evidence.map((e) => e.id);
  const added = ids(after).filter((id) => !ids(before).includes(id));
  const removed = ids(before).filter((id) => !ids(after).includes(id));
  if (added.length || removed.length) out.push({ path: 'evidence', before: removed, after: added });
  for (const key of COMPARED) walk(key, before[key], after[key], out);
  return out;
}
