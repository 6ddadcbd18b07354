/** @module Whether the customer asks when something will happen (an ETA or a date). */
import type { Facts } from '../model/packet.js';

const WHEN =
  /\b(when|eta|how long|timeline|time ?frame|by (when|today|tomorrow|monday|tuesday|wednesday|thursday|friday)|before (the|our|monday|tuesday|wednesday|thursday|friday|end)|fixed (by|before)|deadline)\b/i;

/** True when a customer ask is about timing or the facts hold a deadline. */
export function asksForTime(facts: Facts): boolean {
  if (facts.deadlines.length > 0) return true;
  return facts.customerAsks.some((ask) => typeof ask.value === 'string' && WHEN.test(ask.value));
}
