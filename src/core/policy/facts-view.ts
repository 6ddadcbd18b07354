/** @module The plain-JSON view of Facts that CEL conditions read as `facts`. */
import type { Facts } from '../model/packet.js';

/** A deep, plain copy of `facts` (no undefined, no class instances) for the CEL context. */
export function factsView(facts: Facts): Record<string, unknown> {
  return JSON.parse(JSON.stringify(facts)) as Record<string, unknown>;
}
