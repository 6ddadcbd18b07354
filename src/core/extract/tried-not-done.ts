/** @module Sentences that report nothing done: an order, a plan or a request passed on, read by the sentence-act reader. */
import type { Sentence } from '../language/types.js';
import { nonCauseAct } from './reads-non-cause-act.js';

// "recomputed the hash -> matches": a past form by its spelling is a subjectless report, even where
// the tagger reads an unknown verb as a base form; "Restart of the pool started 09:12" opens with a
// noun; "thank you — we've reproduced it" is courtesy
const REPORT_OPENING = /^\W*(?:[a-z-]+(?:ed| of)|thanks?)\b/i;

/** True when the sentence orders, plans or asks (see reads-non-cause-act.ts) rather than reports. */
export function readsNotDone(s: Sentence | undefined): boolean {
  const act = s ? nonCauseAct(s) : null;
  if (act === 'instruction') return !REPORT_OPENING.test(s?.text ?? '');
  return act === 'plan' || act === 'request';
}
