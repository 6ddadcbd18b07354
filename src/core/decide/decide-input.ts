/** @module What decide, planGates and planActions are given. */
import type { Facts } from '../model/packet.js';
import type { SignalCites, Signals } from '../model/signals.js';
import type { Policy } from '../policy/policy-schema.js';

export interface DecideInput {
  readonly facts: Facts;
  readonly signals: Signals;
  readonly signalCites: SignalCites;
  readonly policy: Policy;
  /** the reference "now" (ISO date-time); respondBy and due times count from it */
  readonly asOf: string;
}
