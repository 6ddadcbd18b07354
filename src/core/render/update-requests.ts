/**
 * @module The customer's requests that are not questions, by kind — a call, a named owner, a written
 * root-cause report, a list of affected records — so each is answered in the update (from public
 * facts, or routed to the gate that governs it) instead of folding into a generic timing line.
 * Timing questions are told apart from questions that merely contain "when".
 */
import { analyze } from '../language/analyze.js';
import type { Evidence } from '../model/evidence.js';
import { toSecondPerson } from './to-second-person.js';

export type RequestKind = 'call' | 'owner' | 'report' | 'confirm' | 'list' | 'action';

export interface CustomerRequest {
  readonly kind: RequestKind;
  /** what they asked for, said back in our voice ("a call with our VP of Support"), or '' */
  readonly what: string;
}

// "a (short) call with …", "a meeting with …", "on the phone with …", "speak with a manager"
const CALL =
  /\b(?:(?:a|an|one)\s+(?:(?:short|quick|brief|video|phone)\s+)?(?:call|meeting)|on the phone|(?:speak|talk)\s+(?:to|with))\b(?:\s+(?:with|to|from)\b)?\s*((?:[^,.;:?!]{2,80}?))?(?=\s+(?:by|before|this|today|tomorrow|next|within|asap|as soon|and|not)\b|\s*[,.;:?!]|\s*$)/i;
// "somebody from manager level to call me", "please phone us": a call asked for with the verb
const CALL_VERB =
  /^(?:.*?\b(?:i|we) (?:want|need|would like|'d like|expect|ask for)\s+)?(.{3,60}?)\s+to\s+(?:call|phone|ring)\s+(?:me|us)\b|\b(?:please|can you|could you)\s+(?:call|phone|ring)\s+(?:me|us)\b/i;
// "a named owner", "an owner", "a single point of contact", "a dedicated contact"
const OWNER =
  /\b(?:(?:a|one)\s+(?:named|single|dedicated|clear)\s+(?:owner|contact|point of contact|person)|an owner)\b/i;
// a written account of the cause: "a root-cause analysis", "an RCA", "a post-mortem", "something in writing"
const REPORT =
  /\b(?:root[- ]?cause (?:analysis|report|summary|document)|rca|post-?mortem|incident report|(?:written|short|brief|official) (?:summary|report|explanation|account|document|statement)|(?:summary|report|explanation|account|document|statement) in writing|something (?:in writing|official|written)|in writing)\b/i;
// who the written account is for: "for our owners", "to include in the board papers", "for her"
const AUDIENCE =
  /\b(?:for|to)\s+((?:our|my|the|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:owners?|board(?: papers)?|regulators?|auditors?|advertisers?|clients?|customers?|management|directors?|dpo|data protection officer|insurers?|investors?|members?|chair|trustees?|council|ico))\b|\b(?:include|put)\s+in\s+((?:the|our)\s+board papers)\b/i;
// "written confirmation that the price stays …", "something in writing that says …": a statement to sign off, not an account
const CONFIRM_THAT =
  /\b(?:(?:written\s+confirmation|confirm(?:ed)?\s+in\s+writing)\b[^.;?!]{0,40}?\bthat|in\s+writing\b[^.;?!]{0,40}?\b(?:that|which)\s+says(?:\s+that)?)\s+(.{8,160}?)[.;!?]?$/i;
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
  /\b(?:asks? for|wants?|likes?|needs?|let (?:me|us)|can|could|would|please|get|expects?|requires?|send|share|provide|appreciate)\b/i;
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

// an imperative that asks us to act; the verbs of courtesy and of pointing at attachments do not
const NOT_ACTIONS = new Set(
  'see find note keep thank feel hope enjoy have attach excuse forgive pardon be bear read refer follow observe watch describe'.split(
    ' ',
  ),
);
// "please help", "please resolve my issue", "please advise": a plea to act, answered by acting
const PLEAS = new Set(
  'help resolve fix solve sort look check investigate assist suggest advise hurry consider take escalate prioritise prioritize expedite'.split(
    ' ',
  ),
);
// "tell me a date", "confirm the date in writing": a timing ask, answered by the ETA gate
const TIMING_ACT = new Set(['confirm', 'tell', 'give', 'send', 'share', 'provide']);
const TIMING_WORD = /\b(?:date|eta|timeline|when)\b/i;
const WHEN_WORDS = new Set([
  'today',
  'tomorrow',
  'tonight',
  'now',
  'asap',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'week',
]);
// "put the old numbers back", "switch the setting back": undoing a change made to them
const RESTORING = new Set(['put', 'bring', 'switch', 'turn', 'change', 'set', 'give', 'move']);
const QUESTIONING = new Set(['confirm', 'check', 'tell', 'clarify', 'explain']);
const EMBEDDED = /^\s*(?:(?:to )?(?:me|us)\s+)?(?:whether|if|what|which|who|how|why|where|when)\b/i;
// "don't send me another canned answer", "please provide an update": how we write to them, not a thing done on their account
const CONVERSATION = new Set(
  'answer reply response message email template excuse update news reference link information info detail details advice feedback status question'.split(
    ' ',
  ),
);
const PEOPLE = new Set(['human', 'person', 'people', 'someone', 'somebody', 'being']);
const LEAD_WORDS = new Set(['so', 'and', 'also', 'but', 'just', 'please', 'kindly', 'then']);
// "very quick", "asap", "now": urgency the update answers by acting, not a part of the thing asked
const URGENCY_TAIL =
  /[\s,]+(?:(?:very|really|as|so)\s+)?(?:quick(?:ly)?|fast|soon as possible|asap|urgently|now|immediately|right away|today|please)\W*$/i;

/**
 * An instruction to us ("Please send a new gateway to the site", "please don't let the old alerts
 * fire at once"): the verb phrase asked for, in our voice ("to send …", "not to let …"), or null. It needs a noun
 * after the verb: "fix this", "help" ask us to hurry, which the update answers by acting.
 */
export function actionAsked(ask: string): string | null {
  const text = ask.trim();
  // a question asks; a line ending in a colon introduces the asks that follow; one ending in a quote
  // mark quotes a message ("Please reload the window.")
  if (/[?:"”]$/.test(text)) return null;
  const sentence = analyze(text).sentences[0];
  const tokens = sentence?.tokens ?? [];
  // "And when you do fix it, please don't let …": the instruction starts at "please"
  const please = tokens.findIndex((t) => t.normal === 'please' || t.normal === 'kindly');
  let i = please > 0 && tokens[please - 1]?.pos === 'PUNCT' ? please : 0;
  while (tokens[i] && (LEAD_WORDS.has(tokens[i]?.normal ?? '') || tokens[i]?.pos === 'PUNCT')) i++;
  const pleaded = please >= 0 && please < i;
  let negative = false;
  // "please don't let …": a request not to do something
  if (tokens[i]?.normal === 'do' && tokens[i + 1]?.normal === 'not') {
    negative = true;
    i += 2;
  }
  const verb = tokens[i];
  // after "please" or "don't", a word the tagger calls a noun with an object after it is the verb ("resend the …")
  const object = ['DET', 'PRON'].includes(tokens[i + 1]?.pos ?? '');
  const verbal = verb?.pos === 'VERB' || (verb?.pos === 'NOUN' && object && (pleaded || negative));
  if (!verb || !verbal || NOT_ACTIONS.has(verb.lemma) || PLEAS.has(verb.lemma) || verb.normal !== verb.lemma)
    return null;
  // a bare imperative is as often a step to reproduce ("Open the app", "Install the update") as a request:
  // only "please", "kindly" or "don't" mark it as asked of us
  // "Put the old numbers back": a bare imperative that asks to restore what was theirs is a request
  const restores =
    i === 0 && RESTORING.has(verb.lemma) && tokens.some((t, k) => k > i + 1 && t.normal === 'back');
  if (!pleaded && !negative && !restores) return null;
  // "let me know" asks for news; "let the badge count as MFA" asks us to allow something
  if (verb.lemma === 'let' && ['me', 'us'].includes(tokens[i + 1]?.normal ?? '')) return null;
  if (TIMING_ACT.has(verb.lemma) && TIMING_WORD.test(text)) return null;

  // the verb's own clause: "fix it today, our staff start on Monday" asks to hurry, its nouns come later
  const end = tokens.findIndex(
    (t, k) => k > i && (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ'),
  );
  const rest = tokens.slice(i + 1, end < 0 ? undefined : end);
  // "get me a human": a person to talk to is how to handle the case, not a thing to do
  const things = rest.filter(
    (t) => ['NOUN', 'PROPN'].includes(t.pos) && !PEOPLE.has(t.lemma) && !WHEN_WORDS.has(t.normal),
  );
  if (things.length === 0) return null;
  // "confirm whether …", "check if …": a question put as an instruction, named with the questions
  if (QUESTIONING.has(verb.lemma) && EMBEDDED.test(text.slice(verb.end))) return null;
  // "don't send me another canned answer": how we write to them, not a thing to do on their account
  if (things.every((t) => CONVERSATION.has(t.lemma))) return null;
  // what follows a comma, a dash or a semicolon is the reason or the next thought, not the thing asked
  const phrase =
    text
      .slice(verb.start)
      .split(/\s[-–—]\s|[;:,]\s/)[0]
      ?.replace(URGENCY_TAIL, '')
      .replace(/[.!,]+$/, '')
      .trim() ?? '';
  return `${negative ? 'not to' : 'to'} ${ourVoice(phrase.charAt(0).toLowerCase() + phrase.slice(1))}`;
}

/** The requests of one ask, by kind (an ask may hold several: "a call with …, and a named owner"). */
export function findRequests(ask: string): CustomerRequest[] {
  const out: CustomerRequest[] = [];
  const call = CALL.exec(ask);
  const talk = call ? /^(?:speak|talk)\b/i.test(call[0]) : false;
  const callVerb = call ? null : CALL_VERB.exec(ask);
  if (call && !ANY_HUMAN.test(call[1]?.trim() ?? '') && (!talk || ASKED.test(ask.slice(0, call.index)))) {
    const whom = call[1] && !SPEAKER_ONLY.test(call[1].trim()) ? ourVoice(call[1]) : '';
    out.push({ kind: 'call', what: whom ? `a call with ${whom}` : 'a call' });
  } else if (callVerb) {
    const from = callVerb[1]?.trim() ?? '';
    const whom = from && !SPEAKER_ONLY.test(from) && !/^(?:you|your)\b/i.test(from) ? ourVoice(from) : '';
    out.push({ kind: 'call', what: whom ? `a call from ${whom}` : 'a call' });
  }
  if (OWNER.test(ask)) out.push({ kind: 'owner', what: 'a named owner' });
  const confirm = CONFIRM_THAT.exec(ask);
  const report = confirm ? null : REPORT.exec(ask);
  // "confirm the delivery date in writing" wants the answer written down, not an account of a cause
  const inWriting = report?.[0].toLowerCase() === 'in writing';
  // "… are certified so the advertisers accept them": the reason after "so"/"because" is theirs
  const confirmed = confirm?.[1]
    ?.replace(/,?\s+(?:so|because|since)\s+(?:that\s+)?(?:we|i|they|the|our|my|he|she)\b.*$/i, '')
    .replace(URGENCY_TAIL, '');
  if (confirmed) out.push({ kind: 'confirm', what: ourVoice(confirmed) });
  else if (report && (inWriting ? ABOUT_CAUSE.test(ask) : requested(ask, report.index))) {
    const audience = AUDIENCE.exec(ask);
    const forWhom = audience?.[1] ?? audience?.[2];
    out.push({
      kind: 'report',
      what: forWhom ? `a written account for ${ourVoice(forWhom)}` : 'a written account of the cause',
    });
  }
  const list = LIST.exec(ask);
  if (list?.[1] && requested(ask, list.index))
    out.push({ kind: 'list', what: `the list of ${ourVoice(list[1])}` });
  const action = out.length === 0 ? actionAsked(ask) : null;
  if (action) out.push({ kind: 'action', what: action });
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
export type UsePlaceholder = (kind: 'routing' | 'eta' | 'customer_send', token: string) => string | null;

/** Where the case stands, for what the update can truthfully say about a request. */
export type AskMode = 'incident' | 'answer' | 'resolved';

/**
 * One line per request: a call passed on, the owner named once routing is approved, the written
 * report from what is already public (a postmortem the status page announced) or behind the ETA gate,
 * a list the next update will confirm, a statement to confirm in writing or an action asked of us
 * passed on (an incident), answered by a person before sending (support answers now), or followed up.
 */
export function requestLines(
  requests: readonly CustomerRequest[],
  options: {
    mode: AskMode;
    publicReport: string | null;
    /** someone on our side offered a written account (false: none was offered, so none is promised) */
    reportOffered?: boolean;
    use: UsePlaceholder;
  },
): string[] {
  const lines: string[] = [];
  const open = options.mode === 'incident';
  // what can only be decided by a person: passed on while an incident is open, worded before sending otherwise
  const decided = (asked: string, passedOn: string): string => {
    if (open) return `${asked}. I have passed this on, and ${passedOn}`;
    const slot = options.mode === 'answer' ? options.use('customer_send', '{{ANSWER}}') : null;
    return slot ? `${asked}: ${slot}` : `${asked}. I will come back to you on it.`;
  };
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
      if (options.publicReport) lines.push(`You asked for ${r.what}. ${options.publicReport}`);
      else if (options.reportOffered === false)
        lines.push(
          decided(`You asked for ${r.what}`, 'our next update will say what we can share in writing.'),
        );
      else {
        const when = options.use('eta', '{{REPORT_DATE}}');
        lines.push(`We will send you ${r.what} once our review is complete${when ? `, by ${when}` : ''}.`);
      }
    } else if (r.kind === 'confirm')
      lines.push(
        decided(`You asked us to confirm that ${r.what}`, 'our next update will say what we can confirm.'),
      );
    else if (r.kind === 'action')
      lines.push(decided(`You asked us ${r.what}`, 'our next update will say whether we can.'));
    else
      lines.push(
        open
          ? `On ${r.what}: our next update will confirm whether we can send it, and when.`
          : `On ${r.what}: I will come back to you on whether we can send it.`,
      );
  }
  return lines;
}

/**
 * Whether someone on our side (any role but the customer's or a bot's) offered the written account in
 * a sentence that is not a question and negates nothing ("we'll send an RCA by Friday"; not "we
 * don't issue incident reports", "a written statement: not something we do").
 */
export function reportOffered(evidence: readonly Evidence[]): boolean {
  return evidence.some(
    (e) =>
      e.author !== null &&
      e.author.role !== 'customer' &&
      e.author.role !== 'bot' &&
      e.author.role !== 'unknown' &&
      analyze(e.text).sentences.some((s) => {
        if (s.text.trim().endsWith('?')) return false;
        // an offer is affirmative: a negation anywhere in the sentence ("a written statement: not
        // something we issue", "we don't send RCAs") takes it back
        return REPORT.test(s.text) && !s.tokens.some((t) => t.negated || NEGATOR.has(t.normal));
      }),
  );
}

const NEGATOR = new Set(['not', 'no', 'never']);

/** A public sentence that already promises the written account (a postmortem the status page announced). */
export function publicReportMention(sentences: readonly string[]): string | null {
  const hit = sentences.find((s) => REPORT.test(s) && !s.endsWith('?'));
  return hit ? (/[.!]$/.test(hit) ? hit : `${hit}.`) : null;
}
