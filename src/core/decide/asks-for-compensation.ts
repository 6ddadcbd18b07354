/** @module Whether compensation is asked for or offered (credit, refund, reimbursement, free time). */
import type { Facts } from '../model/packet.js';
import type { Signals } from '../model/signals.js';

const MONEY = /\b(credit|refund|reimburs\w*|compensat\w*|free (month|months|period)|discount|waive\w*)\b/i;

/** True when the signal is set or an ask or commitment mentions compensation. */
export function asksForCompensation(facts: Facts, signals: Signals): boolean {
  if (signals.compensationRequested) return true;
  return [...facts.customerAsks, ...facts.commitments].some(
    (claim) => typeof claim.value === 'string' && MONEY.test(claim.value),
  );
}
