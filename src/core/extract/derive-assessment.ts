/**
 * @module Our side's explicit assessment of the case, as the thread stands now: the latest
 * sentence of ours that assesses it wins ("not a bug", "customer-side", "no escalation needed"),
 * except that a decision to keep it in support stands until a later "it is a bug" from us clears
 * it, and a defect we confirmed ("the cause is on our side") stands against a later pointer to the
 * docs or a remark that one part works as designed; only our "not a bug", "it works as designed"
 * or a cause on their side takes it back. The customer, bots and machines never assess.
 */
import type { Trace } from '../model/trace.js';
import type { ExtractContext, Item } from './context.js';
import { type Assessment, readAssessment } from './read-assessment.js';

export interface AssessmentSignal {
  readonly value: Assessment;
  /** evidence ids of our sentences giving this assessment since the last "it is a bug" */
  readonly cites: readonly string[];
  /** one trace per citing sentence */
  readonly traces: readonly Trace[];
}

// our people, or an unnamed internal author (a pasted chat); never a field, a bot, a log or a request
export function isOurs(i: Item): boolean {
  if (i.unit === 'field' || i.unit === 'account' || i.unit === 'log' || i.unit === 'request') return false;
  if (i.role === 'bot' || i.isCustomer) return false;
  return i.isStaff || (i.role === 'unknown' && i.ev.author?.side === 'internal');
}

/** The assessment our side holds now, with the sentences that say so. */
export function deriveAssessment(ctx: ExtractContext): AssessmentSignal {
  let value: Assessment = 'none';
  let traces: Trace[] = [];
  let confirmed = false;
  for (const item of ctx.items) {
    if (!isOurs(item)) continue;
    for (const sentence of item.analyzed) {
      const reading = readAssessment(sentence);
      if (!reading) continue;
      if (reading.value === 'defect') {
        value = 'none';
        traces = [];
        confirmed = true;
        continue;
      }
      // a defect we confirmed is not answered by the docs, nor by one part being intended
      if (confirmed && (reading.value === 'documented' || reading.rule === 'assess-part-as-designed'))
        continue;
      confirmed = false;
      // our "not escalating" is a decision; a later "works as designed" or "documented" gives a
      // reason for it, it does not take it back (only our "it is a bug" above does)
      if (value === 'handle_in_support' && reading.value !== value) continue;
      if (reading.value !== value) traces = [];
      value = reading.value;
      traces.push({ mechanism: 'structure', rule: reading.rule, evidence: item.id, sentence: sentence.text });
    }
  }
  const kept = traces.slice(-5);
  return { value, cites: [...new Set(kept.map((t) => t.evidence))], traces: kept };
}
