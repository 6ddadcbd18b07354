/**
 * @module The customer's requests that are not questions, by kind — a call, a named owner, a written
 * root-cause report, a list of affected records — so each is answered in the update (from public
 * facts, or routed to the gate that governs it) instead of folding into a generic timing line.
 * Timing questions are told apart from questions that merely contain "when".
 */
import { toSecondPerson } from './to-second-person.js';

export type RequestKind = 'call' | 'owner' | 'report' | 'list';

export interface CustomerRequest {
  readonly kind: RequestKind;
  /** what they asked for, said back in our voice ("a call with our VP of Support"), or '' */
  readonly what: string;
}

// "a (short) call with …", "a meeting with …", "on the phone with …", "speak with a manager"
const CALL =
  /\b(?:(?:a|an|one)\s+(?:(?:short|quick|brief|video|phone)\s+)?(?:call|meeting)|on the phone|(?:speak|talk)\s+(?:to|with))\b(?:\s+(?:with|to|from)\b)?\s*((?:[^,.;:?!]{2,80}?))?(?=\s+(?:by|before|this|today|tomorrow|next|within|asap|as soon)\b|\s*[,.;:?!]|\s*$)/i;
// "a named owner", "an owner", "a single point of contact", "a dedicated contact"
const OWNER =
  /\b(?:(?:a|one)\s+(?:named|single|dedicated|clear)\s+(?:owner|contact|point of contact|person)|an owner)\b/i;
// a written account of the cause: "a root-cause analysis", "an RCA", "a post-mortem", "something in writing"
const REPORT =
  /\b(?:root[- ]?cause (?:analysis|report|summary|document)|rca|post-?mortem|incident report|(?:written|short) (?:summary|report|explanation|account)|in writing)\b/i;
// what a written account is about: what happened and why
const ABOUT_CAUSE =
  /\b(?:what (?:happened|went wrong)|why|cause[sd]?|root|incident|how (?:this|it) (?:happened|could happen))\b/i;
// "a list of the failed sessions", "the list of the missing ones"
const LIST = /\b(?:a|the)\s+(?:full\s+|complete\s+)?list\s+of\s+([^,.;:?!]{3,100})/i;

// a question about when: "When will …", "how long", "an ETA", "will this be fixed before Friday?",
// "tell me when this will be fixed" — not "will we get duplicates when the backlog clears?"
const TIMING_QUESTION =
  /^(?:\W*(?:and|so|but|also|ok|okay)\W+)?(?:when (?:will|would|can|could|is|are|do|does|should|might|may|shall)|how long|how soon|by when|what time)\b|\b(?:eta|timeline|time ?frame|time estimate)\b|\bwhen\s*\?$|\bwhen\s+(?:(?:will|would|can|could|is|are|it'?s|this|that|it|they|the \w+)\s+){1,3}(?:be\s+|get\s+)?(?:\w+ly\s+)?(?:fix\w*|resolv\w*|work\w*|back|restor\w*|deploy\w*|ready|done|available)\b|\b(?:be|get|is|are)\s+(?:\w+\s+){0,2}(?:fixed|resolved|working|restored|back)\s+(?:by|before|today|tonight|tomorrow|this|next|in time)\b/i;

// "talk with the agency" reports a talk; "I want to speak with a manager" asks for one
const ASKED =
  /\b(?:wants?|likes?|needs?|let (?:me|us)|can|could|would|please|get|expects?|requires?|send|share|provide|appreciate)\b/i;
const SPEAKER_ONLY = /^(?:you|your team|yourself|someone|somebody)$/i;
// "talk to a person please" asks for a human in the thread, not for a call
const ANY_HUMAN =
  /^(?:a |an |some )?(?:real )?(?:person|human(?: being)?|someone|somebody|anyone|people)(?:,? please)?$/i;

function ourVoice(text: string): string {
  return toSecondPerson(text.trim(), 'customer').replace(/\s+/g, ' ').trim();
}

// an ask that is the thing itself ("A list of the …", an item of "I need three things:") is a request
const BARE_ITEM =
  /^\W*(?:(?:a|an|the|one|also|and)\s+)*(?:(?!(?:in|on|at|of|for|to|from|with|by|if|when|as)\s)[\w-]+\s+)?$/i;
// "The short summary is that …" states, it does not ask
const STATES = /^[\w\s-]{0,30}?\s(?:is|are|was|were)\b/i;
const requested = (ask: string, at: number): boolean =>
  (BARE_ITEM.test(ask.slice(0, at)) && !STATES.test(ask.slice(at))) || ASKED.test(ask.slice(0, at));

/** The requests of one ask, by kind (an ask may hold several: "a call with …, and a named owner"). */
export function findRequests(ask: string): CustomerRequest[] {
  const out: CustomerRequest[] = [];
  const call = CALL.exec(ask);
  const talk = call ? /^(?:speak|talk)\b/i.test(call[0]) : false;
  if (call && !ANY_HUMAN.test(call[1]?.trim() ?? '') && (!talk || ASKED.test(ask.slice(0, call.index)))) {
    const whom = call[1] && !SPEAKER_ONLY.test(call[1].trim()) ? ourVoice(call[1]) : '';
    out.push({ kind: 'call', what: whom ? `a call with ${whom}` : 'a call' });
  }
  if (OWNER.test(ask)) out.push({ kind: 'owner', what: 'a named owner' });
  const report = REPORT.exec(ask);
  // "confirm the delivery date in writing" wants the answer written down, not an account of a cause
  const inWriting = report?.[0].toLowerCase() === 'in writing';
  if (report && (inWriting ? ABOUT_CAUSE.test(ask) : requested(ask, report.index)))
    out.push({ kind: 'report', what: 'a written account of the cause' });
  const list = LIST.exec(ask);
  if (list?.[1] && requested(ask, list.index))
    out.push({ kind: 'list', what: `the list of ${ourVoice(list[1])}` });
  return out;
}

/** True when a question asks when (a fix, a return to service), not merely mentions a time. */
export function asksWhen(question: string): boolean {
  const q = question.includes(':') ? question.slice(question.lastIndexOf(':') + 1) : question;
  return TIMING_QUESTION.test(q.trim());
}

const LEAD_IN = /\b(?:need|want|like|know|tell|ask|question|things?|points?)\b/i;

/** The question part of an ask that leads with a statement: "I need X today: what is the plan?" */
export function questionPart(ask: string): string {
  if (!ask.endsWith('?')) return ask;
  const colon = ask.lastIndexOf(': ');
  // only an ask that announces itself ("Two things I need to know:") leads with a statement
  const cut = colon >= 0 && LEAD_IN.test(ask.slice(0, colon)) ? colon + 2 : 0;
  const rest = ask
    .slice(cut)
    .trim()
    .replace(/^(?:and|also|so|but),?\s+/i, '');
  return rest.length >= 12 ? rest.charAt(0).toUpperCase() + rest.slice(1) : ask;
}

/** Hands out a placeholder tied to the pending gate of `kind`, or null when that gate is not pending. */
export type UsePlaceholder = (kind: 'routing' | 'eta', token: string) => string | null;

/**
 * One line per request: a call passed on, the owner named once routing is approved, the written
 * report from what is already public (a postmortem the status page announced) or behind the ETA gate,
 * a list the next update will confirm. `open` is true while an investigation is still going on.
 */
export function requestLines(
  requests: readonly CustomerRequest[],
  options: { open: boolean; publicReport: string | null; use: UsePlaceholder },
): string[] {
  const lines: string[] = [];
  for (const r of requests) {
    if (r.kind === 'call')
      lines.push(`I have passed on your request for ${r.what}, and I will confirm the time with you.`);
    else if (r.kind === 'owner') {
      const owner = options.use('routing', '{{OWNER}}');
      lines.push(
        owner
          ? `You asked for a named owner: ${owner} owns this on our side.`
          : 'You asked for a named owner: I will own this with you until it is resolved.',
      );
    } else if (r.kind === 'report') {
      if (options.publicReport) lines.push(`On a written account of what happened: ${options.publicReport}`);
      else {
        const when = options.use('eta', '{{REPORT_DATE}}');
        lines.push(`We will send you ${r.what} once our review is complete${when ? `, by ${when}` : ''}.`);
      }
    } else
      lines.push(
        options.open
          ? `On ${r.what}: our next update will confirm whether we can send it, and when.`
          : `On ${r.what}: I will come back to you on whether we can send it.`,
      );
  }
  return lines;
}

/** A public sentence that already promises the written account (a postmortem the status page announced). */
export function publicReportMention(sentences: readonly string[]): string | null {
  const hit = sentences.find((s) => REPORT.test(s) && !s.endsWith('?'));
  return hit ? (/[.!]$/.test(hit) ? hit : `${hit}.`) : null;
}
