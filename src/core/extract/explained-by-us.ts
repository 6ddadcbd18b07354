/**
 * @module A claim only the customer makes, which our side later explains, sets no signal. "Your
 * API is down", "we can't create a label", "everything is gone": when none of our sentences, logs
 * or status pages says so too, and our staff later place the cause on the customer's side ("a key
 * swap on their side") or call the behaviour documented or intended ("documented", "works as
 * designed", "not a bug") — or, for an outage, say our service works for everyone else ("other
 * customers are syncing normally") — the thread as it stands has explained the symptom: the claim
 * is traced as explained, not set. Our later "it is a bug" takes the explanation back, and a claim
 * made after the last explanation still counts.
 */
import type { Sentence } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { Item } from './context.js';
import { isOurs } from './derive-assessment.js';
import { OTHERS } from './extract-pattern.js';
import { readAssessment } from './read-assessment.js';
import { deniesIncident } from './reads-no-outage.js';
import { readsOthersFine } from './reads-others-fine.js';

/** The claims kept, the claims our side explained, and the sentence of ours that explained them. */
export interface ExplainedClaims {
  readonly kept: readonly string[];
  readonly explained: readonly string[];
  readonly by: Trace | null;
}

const EXPLAINING = new Set(['customer_side', 'documented', 'not_a_defect']);

/**
 * The rule by which one sentence of ours explains a customer's claim, or null. `othersFine`: our
 * service working for everyone else explains an outage, which is broad by nature; it does not
 * explain one customer being blocked or losing data.
 */
export function explainsClaim(s: Sentence, othersFine = true): string | null {
  const reading = readAssessment(s);
  if (reading && EXPLAINING.has(reading.value)) return `explained-${reading.value.replace(/_/g, '-')}`;
  // "other customers are creating labels normally": our service works for everyone else
  if (othersFine && OTHERS.test(s.text) && !s.hedged && readsOthersFine(s)) return 'explained-others-fine';
  // "no payout incident this month": our side says the service has no outage at all
  if (othersFine && deniesIncident(s)) return 'explained-no-incident';
  return null;
}

/** Whether one sentence of ours says it is a defect after all ("it is our bug", "reproduced the bug"). */
const affirmsDefect = (s: Sentence): boolean => readAssessment(s)?.value === 'defect';

/**
 * `ids` (the items claiming a signal) split into those that still count and those our side
 * explained. `reported`: items of our staff that only pass on someone else's claim.
 */
export function withoutExplained(
  items: readonly Item[],
  ids: readonly string[],
  othersFine = true,
  reported: ReadonlySet<string> = new Set(),
): ExplainedClaims {
  const none: ExplainedClaims = { kept: [...ids], explained: [], by: null };
  if (ids.length === 0) return none;
  const at = new Map(items.map((item, n) => [item.id, n] as const));
  const claimants = ids.map((id) => items[at.get(id) ?? -1]);
  // our own words, a log, a request or a status page saying it too: more than a customer's claim
  if (claimants.some((item) => !item?.isCustomer && !reported.has(item?.id ?? ''))) return none;
  let by: Trace | null = null;
  let explainedAt = -1;
  items.forEach((item, n) => {
    if (!isOurs(item)) return;
    item.analyzed.forEach((s, index) => {
      if (affirmsDefect(s)) {
        by = null;
        explainedAt = -1;
        return;
      }
      const rule = explainsClaim(s, othersFine);
      if (!rule) return;
      by = { mechanism: 'structure', rule, evidence: item.id, sentence: item.sentences[index] ?? s.text };
      explainedAt = n;
    });
  });
  if (!by || explainedAt < 0) return none;
  // our staff passing the customer's claim on ("the customer calls it an outage") repeats an
  // earlier claim, whenever they wrote it
  const before = (id: string): boolean =>
    reported.has(id) || (at.get(id) ?? Number.POSITIVE_INFINITY) < explainedAt;
  return { kept: ids.filter((id) => !before(id)), explained: ids.filter(before), by };
}
