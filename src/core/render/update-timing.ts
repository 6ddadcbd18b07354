/**
 * @module When the customer hears from us next: the cadence the severity sets, kept inside any
 * deadline they stated, as a placeholder the ETA gate's approver fills (with a suggested time).
 */
import { addDuration, describeDuration } from '../policy/duration.js';
import type { RenderInput } from './render-input.js';

export interface NextUpdate {
  readonly lines: string[];
  /** the latest time the next update may go out: asOf + cadence, never after a stated deadline */
  readonly suggested: string | null;
}

const RECENT_MISSED_MS = 7 * 24 * 3_600_000;

/** The next-update lines; `token` is the placeholder to use, or null when no ETA gate is pending. */
export function planNextUpdate(
  input: RenderInput,
  token: string | null,
  answerOnce = false,
  workingAgain = false,
): NextUpdate {
  const { decision, policy, facts, asOf } = input;
  const now = Date.parse(asOf);
  const level = decision.severity?.level;
  const policyCadence = level ? policy.cadence[level] : undefined;
  const cadence = decision.cadence;
  if (!decision.escalate || !cadence || !policyCadence) return { lines: [], suggested: null };
  const capped = cadence.customer !== policyCadence.customer;
  const label = capped
    ? `at least every ${describeDuration(cadence.customer).replace(/^1 /, '')}`
    : policyCadence.customerLabel;
  const next = addDuration(asOf, cadence.customer, capped ? false : policyCadence.businessDays);
  const deadlines = facts.deadlines
    .map((d) => (d.at ? Date.parse(d.at) : Number.NaN))
    .filter((t) => !Number.isNaN(t));
  const future = deadlines.filter((t) => t > now).sort((a, b) => a - b)[0];
  const missed = deadlines.some((t) => t <= now && now - t < RECENT_MISSED_MS);
  let suggested = next;
  if (future !== undefined && (suggested === null || Date.parse(suggested) > future))
    suggested = new Date(future).toISOString();
  if (missed && decision.respondBy) suggested = decision.respondBy;
  const lines: string[] = [];
  if (missed)
    lines.push(
      'I know you needed an update from us sooner than this, and I am sorry it has taken this long.',
    );
  const when = token ? ` Our next update will reach you by ${token}` : '';
  // a decision is answered once, not followed at an incident's cadence
  if (answerOnce) {
    if (token)
      lines.push(
        `I will write to you again by ${token} with their answer${future !== undefined ? ', before the date you gave us' : ''}.`,
      );
    return { lines, suggested };
  }
  const beforeDeadline = future !== undefined ? ', before the deadline you gave us' : '';
  // working again: one follow-up on what is still open (the cause, their questions), not "until this is resolved"
  if (workingAgain) {
    lines.push(
      token
        ? `I will write to you again by ${token} with a follow-up on what is still open${beforeDeadline}.`
        : 'I will come back to you on anything that is still open.',
    );
    return { lines, suggested };
  }
  lines.push(
    `We will keep you updated ${label} until this is resolved.${when}${when ? `${beforeDeadline}.` : ''}`,
  );
  return { lines, suggested };
}
