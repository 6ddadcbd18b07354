/**
 * @module Whether an SLA cue's "overdue" names a bill, not a commitment of ours: "an overdue
 * invoice", "the invoice is overdue" is money owed, billing; "first response overdue" or "the fix is
 * overdue" is a target missed. Read from the words next to "overdue" in the sentence's tokens.
 */
import type { Sentence } from '../language/types.js';
import { BILLING } from './signal-cues.js';

// how far the overdue thing may stand: "an overdue [invoice]", "[the invoice] is now overdue"
const REACH = 3;

/** True when every "overdue" of the sentence qualifies a billing word (cue.BILLING) near it. */
export function readsOverdueBill(s: Sentence): boolean {
  const at = s.tokens.flatMap((t, i) => (t.normal === 'overdue' ? [i] : []));
  return (
    at.length > 0 &&
    at.every((i) =>
      s.tokens.some(
        (t, k) => k !== i && Math.abs(k - i) <= REACH && t.pos !== 'PUNCT' && BILLING.test(t.text),
      ),
    )
  );
}

/**
 * True when `cue` (the SLA cue) matches the sentence only by an "overdue" that names a bill: the
 * sentence with those words left out no longer matches.
 */
export function onlyOverdueBill(s: Sentence, cue: RegExp): boolean {
  if (!readsOverdueBill(s)) return false;
  return !cue.test(
    s.tokens
      .filter((t) => t.normal !== 'overdue')
      .map((t) => t.text)
      .join(' '),
  );
}
