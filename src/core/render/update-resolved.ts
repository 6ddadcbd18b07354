/**
 * @module The body of an update for a resolved situation: that it is resolved, what happened and
 * what was done in public words (the status page's own, or what our side already told the customer),
 * what they should check now — and an invitation to reply, with no next-update promise.
 */
import { toSecondPerson } from './to-second-person.js';
import type { Situation } from './update-situation.js';

type Resolved = Extract<Situation, { kind: 'resolved' }>;

// a closing update speaks to everyone ("no action is needed from customers"); the update speaks to one
const toThem = (s: string): string =>
  s.replace(/\b(from|for|by|to) (?:our |all |affected )?customers\b/gi, '$1 you');
const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};
// the page already told them whether anything is left for them to do
const SAYS_NO_ACTION = /\bno (?:action|changes?|steps?)\b[^.]{0,40}\b(?:need|requir)/i;

/** Lines of the resolved body (paragraphs separated by ''). */
export function resolvedLines(situation: Resolved): string[] {
  const out: string[] = [];
  const { incident } = situation;
  let noAction = false;
  if (incident) {
    out.push(`This is now resolved: our status page shows the incident "${incident.name}" as resolved.`);
    if (incident.cause) out.push(`What happened: ${sentence(incident.cause)}`);
    if (incident.outcome.length > 0) {
      noAction = incident.outcome.some((s) => SAYS_NO_ACTION.test(s));
      out.push(`Where things stand: ${incident.outcome.map((s) => sentence(toThem(s))).join(' ')}`);
    }
  } else if (situation.fixed.length > 0) {
    out.push(situation.fixed.map((s) => sentence(toSecondPerson(s, 'staff'))).join(' '));
  } else out.push('We have fixed this on our side.');
  out.push('');
  if (!noAction) out.push('Please check that everything works as expected on your side now.', '');
  return out;
}

export const RESOLVED_CLOSING =
  'If anything still looks wrong, reply here and we will look at it straight away.';
