/** @module Which gate still holds an action back, read from the gates as they are now (not as prepared). */
import type { GateView, Packet } from '../../api/types.js';

type Action = Packet['actions'][number];

/** The gate id the action still waits on, or null once that gate is approved (or it has none). */
export function blockingGateOf(action: Action, gates: readonly GateView[]): string | null {
  if (!action.gate) return null;
  const gate = gates.find((g) => g.id === action.gate);
  return gate?.state === 'approved' ? null : action.gate;
}
