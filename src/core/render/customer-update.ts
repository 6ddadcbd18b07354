/**
 * @module The customer-safe update, written for the situation: an escalated incident (impact, what
 * we know, who is on it, the workaround, the questions, when they hear next), or an answer support
 * can give now (the documented steps). Built only from public material; every ETA, severity label or
 * compensation is a placeholder tied to its pending gate; the leak guard has the last word.
 */

import { writtenByCustomer } from '../extract/context.js';
import { contentWords } from '../extract/text/content-words.js';
import type { Gate } from '../model/packet.js';
import { isHeated } from './calm-text.js';
import { type CustomerLanguage, detectCustomerLanguage } from './detect-customer-language.js';
import { statesVerdict } from './fault-verdict.js';
import { internalOnlyTokens } from './internal-tokens.js';
import { guardCustomerText, leakReason } from './leak-guard.js';
import { namesLegalTerm } from './legal-terms.js';
import { endedSince } from './reads-ended-by-customer.js';
import type { RenderInput } from './render-input.js';
import { readThreadState } from './thread-state.js';
import { toSecondPerson } from './to-second-person.js';
import { askLines, POSTMORTEM_LINE, planAsks, statusStatements } from './update-answers.js';
import { promises } from './update-earlier-answer.js';
import { explainedBefore } from './update-explained.js';
import { notOurFaultAnswer } from './update-fault.js';
import { howToAnswers } from './update-how-to-lines.js';
import { describeImpact } from './update-impact.js';
import { inUseByCustomer, stopgapInUse } from './update-in-use.js';
import { articleLinkLine, knowledgeSteps } from './update-knowledge.js';
import { gatherMaterial, type UpdateMaterial } from './update-material.js';
import { openingFromState } from './update-problem-opening.js';
import { publicReportMention, reportOffered } from './update-requests.js';
import { RESOLVED_CLOSING, resolvedLines } from './update-resolved.js';
import { isCommercialDecision, readSituation } from './update-situation.js';
import { declinedSteps, thingsIn } from './update-step-declined.js';
import { documentedSteps, doneByCustomer, formatSteps, type Steps, workaroundSteps } from './update-steps.js';
import { advises, type Restored, readRestored } from './update-thread-state.js';
import { planNextUpdate } from './update-timing.js';

export interface Placeholder {
  readonly token: string;
  readonly gate: string;
  /** for the approver: the latest time that keeps the cadence and any stated deadline */
  readonly suggested?: string;
}

export interface CustomerUpdate {
  readonly text: string;
  readonly placeholders: readonly Placeholder[];
  /** sentences the leak guard removed (reported as packet warnings) */
  readonly removed: readonly string[];
  /** set when the customer writes in another language than the update */
  readonly language: CustomerLanguage | null;
}

// a finding our side already shared in public: "we've reproduced the missing rows on our side"
const FINDING =
  /\b(?:reproduc\w*|repro'?d|confirmed|identified|found|isn'?t a bug|is not a bug|expected behaviou?r|by design|documented|capped|limited to|works?)\b/i;
const NOT_A_FINDING =
  /\?|\b(?:escalat\w*|sorry|apolog\w*|could you|can you|please|let me know|will get back)\b/i;
const MAX_FINDINGS = 2;
// a need said back names at least this many things: "this fixed, Christmas orders are starting now"
const MIN_NEED_WORDS = 2;
const NEED_VERB = /^.*?\b(?:need|want|must have|have to)\b/i;
// the answer support gives, when only internal notes hold it: a person words it before the send gate opens
const ANSWER = '{{ANSWER}}';
// the team that takes it, as the customer may hear it; leadership is no news for the customer
const TEAM_PHRASE: Readonly<Record<string, string>> = {
  engineering: 'our engineering team',
  security: 'our security team',
  product: 'our product team',
  'l2 support': 'our senior support team',
};

function pendingGate(gates: readonly Gate[], kind: Gate['kind']): Gate | undefined {
  return gates.find((g) => g.kind === kind && g.state === 'pending');
}

const NAME = /^\p{Lu}[\p{Ll}'-]{1,30}$/u;
const TITLE = /^(?:dr|prof|mr|mrs|ms|mx|miss)\.?$/i;

function customerFirstName(input: RenderInput, publicIds: ReadonlySet<string>): string | null {
  // the reply goes to whoever of the customer's people wrote last: where two of them write (a
  // colleague, a partner in a dispute), the first to have written may not be the one we answer
  const written = input.evidence.filter((e) => publicIds.has(e.id) && writtenByCustomer(e));
  // (an item without a time counts as oldest; NaN || 0 is 0)
  const latestFirst = written
    .map((e, order) => ({ e, order, at: Date.parse(e.at ?? '') || 0 }))
    .sort((a, b) => b.at - a.at || b.order - a.order)
    .map(({ e }) => e);
  for (const e of latestFirst) {
    // "user 9120551" (an export without its people) names nobody; the next message may
    const parts = e.author?.name.trim().split(/\s+/) ?? [];
    const [first = '', last = ''] = [parts[0], parts[parts.length - 1]];
    // "Dr Amara Osei" is greeted as "Dr Osei", not "Dr"
    if (TITLE.test(first) && parts.length >= 2 && NAME.test(last))
      return `${first.replace(/\.$/, '')} ${last}`;
    if (!TITLE.test(first) && NAME.test(first)) return first;
  }
  return null;
}

/**
 * What our side already told the customer in public that states a finding, newest last. Advice
 * given before the thread said it works again ("if your team switches back to the live key …") is
 * done with, and not given again.
 */
function sharedFindings(
  material: UpdateMaterial,
  answered: readonly string[],
  restored: Restored | null = null,
): string[] {
  const found = material.ours
    .filter((s) => !(restored && Date.parse(s.item.at ?? '') < restored.at && advises(s.text)))
    .map((s) => s.text.replace(/^(?:thanks?(?: you)?|hi [\p{L}'-]+)\s*[,!.—–-]*\s*/iu, '').trim())
    .filter((t) => t.length >= 20 && FINDING.test(t) && !NOT_A_FINDING.test(t) && !isHeated(t))
    // "I'm reproducing this now and will come back this afternoon" promised then; a finding is what was found
    .filter((t) => !promises(t))
    .filter((t) => !answered.some((a) => a.toLowerCase().includes(t.toLowerCase())))
    // advice the customer already follows ("the Received faxes page works") is not given again
    .filter((t) => !stopgapInUse(t, material.customer));
  return [...new Set(found)].slice(-MAX_FINDINGS).map((t) => t.charAt(0).toUpperCase() + t.slice(1));
}

// teams that decide rather than fix: a request, a commitment or a contract question, not a defect
const DECIDING_TEAMS: Readonly<Record<string, string>> = {
  product: 'our product team',
  leadership: 'our leadership team',
};

/**
 * The team that decides, when the routing sends this first to one that decides rather than fixes and
 * either Product has it too or no fixing team (Engineering, Security) does; else billing, for a
 * commercial decision (a charge or contract matter with nothing broken now, no bug confirmed). A
 * defect routed to leadership for its compensation stays an incident.
 */
function decidingTeam(input: RenderInput): string | null {
  const teams = input.decision.targets.map((t) => t.team.toLowerCase());
  const phrase = DECIDING_TEAMS[teams[0] ?? ''];
  if (!input.decision.escalate) return null;
  const fixing = teams.some((t) => t === 'engineering' || t === 'security');
  if (phrase && (teams.includes('product') || !fixing)) return phrase;
  // a charge to put right is decided by billing, even when engineering looks at why it happened
  return isCommercialDecision(input) ? 'our billing and account team' : null;
}

// the author roles that stand for a team in the thread
const TEAM_ROLE: Readonly<Record<string, string>> = { engineering: 'engineering', security: 'engineering' };

/**
 * Who is on it, as things stand: a deciding team decides; a team whose people already wrote in the
 * thread has the details and is looking into it; any other is one we have passed it to (the update
 * goes out after the handoff is posted, so passing it on is done, their progress is not known).
 */
function whoIsOnIt(input: RenderInput): string | null {
  const deciding = decidingTeam(input);
  if (deciding) return `I have taken this to ${deciding}, who will decide how we go ahead.`;
  const teams = input.decision.targets.map((t) => t.team.toLowerCase());
  const first = teams.find((t) => TEAM_PHRASE[t] !== undefined);
  const team = first ? TEAM_PHRASE[first] : undefined;
  if (first && team) {
    const role = TEAM_ROLE[first];
    const active = role !== undefined && input.evidence.some((e) => e.author?.role === role);
    return active
      ? `${team.charAt(0).toUpperCase()}${team.slice(1)} has the details you sent and is looking into this.`
      : `I have passed this to ${team}, with the details you sent.`;
  }
  return teams.length > 0 ? 'I have passed this to a senior member of our team.' : null;
}

/**
 * Whether a defect, outage or fix is in flight, so that a timing ask has a fix or repair behind it:
 * an outage, a security or data matter, a confirmed bug, a status incident, a fix our side says is in
 * review, queued or rolling out, or the case routed to engineering. Without the derived signals (older callers) it is assumed, as before.
 */
function inFlight(input: RenderInput): boolean {
  const s = input.signals;
  if (!s) return true;
  if (s.outage || s.security || s.crossTenantData || s.dataLoss || s.bugConfirmed || s.vendorIncident)
    return true;
  // our side says a fix is in review, queued or rolling out
  if (readThreadState(input).fixInFlight) return true;
  return input.decision.targets.some((t) => t.team === 'Engineering');
}

/** Builds the customer update from public material only and guards it before returning. */
export function buildCustomerUpdate(input: RenderInput): CustomerUpdate {
  const { facts, decision, gates } = input;
  const material = gatherMaterial(input);
  const placeholders: Placeholder[] = [];
  const use = (kind: Gate['kind'], token: string, suggested?: string | null): string | null => {
    const gate = pendingGate(gates, kind);
    if (!gate) return null;
    if (!placeholders.some((p) => p.token === token))
      placeholders.push(suggested ? { token, gate: gate.id, suggested } : { token, gate: gate.id });
    return token;
  };

  const situation = readSituation(input, material);
  const deciding = decidingTeam(input);
  const resolved = situation.kind === 'resolved';
  const name = customerFirstName(input, material.publicIds);
  const out: string[] = [name ? `Hi ${name},` : 'Hello,', ''];
  // a resolved update opens with the resolution, not with the impact that has ended
  const restored = readRestored(material);
  const internal = internalOnlyTokens(input.evidence, input.sources, material.articleIds);
  // nothing said back in our words carries a legal characterisation ("breach", "negligent")
  const keeps = (line: string) => leakReason(line, internal, input.policy) === null && !namesLegalTerm(line);
  const impact = resolved ? [] : describeImpact(facts, material, input.asOf, restored, keeps);
  // nothing of theirs states it (a shouted subject, a request, a question): where the thread stands, from the facts
  if (impact.length === 0 && !resolved && !restored && !endedSince(facts, material.customer)) {
    const state = decidingTeam(input) ? 'decision' : decision.escalate ? 'incident' : 'answer';
    const opening = openingFromState(state, facts, material, input.asOf);
    if (opening && keeps(opening)) impact.push(opening);
  }
  if (impact.length > 0) out.push(impact.join(' '), '');
  const bodyStart = out.length;

  // steps go whole or not at all: a list with a hole in it misleads
  const clean = (s: Steps | null): Steps | null =>
    s?.steps.every((step) => leakReason(step, internal, input.policy) === null) ? s : null;
  // a step the customer already took is not offered again
  // the things the problem itself is about say nothing of which steps were taken or turned down
  const topic = thingsIn(
    [String(facts.problem?.value ?? ''), ...facts.symptoms.map((s) => String(s.value))].join('. '),
  );
  const notDone = (s: Steps | null, stopgap = false): Steps | null => {
    const steps =
      s?.steps.filter(
        (step) => !doneByCustomer(step, facts) && !(stopgap && inUseByCustomer(step, material.customer)),
      ) ?? [];
    // steps they did themselves, or said they cannot use, go as a whole: the rest would read as unread
    if (steps.length > 0 && declinedSteps(steps, topic, material.customer, material.ours)) return null;
    return s && steps.length > 0 ? { ...s, steps } : null;
  };
  // a workaround the customer already uses is not offered again; the documented fix still is
  const workaround = notDone(clean(workaroundSteps(input, material)), true);
  // documented steps stand alone: one that names something internal is left out, the rest stay
  const fromArticle = notDone(documentedSteps(facts, material));
  // "Save. The change reaches readers within 10 minutes.": when the guard cuts what follows, the step stays
  const articleSteps = (fromArticle?.steps ?? []).flatMap((step) => {
    const first = /^[^.!?]{2,}[.!?](?=\s)/.exec(step)?.[0].slice(0, -1) ?? step;
    return [step, first].filter((s) => leakReason(s, internal, input.policy) === null).slice(0, 1);
  });
  const documented = fromArticle && articleSteps.length > 0 ? { ...fromArticle, steps: articleSteps } : null;
  // the team's docs (core/knowledge) answer a case support handles, when no article was pasted in
  const fromDocs = decision.escalate ? null : knowledgeSteps(input.knowledge, internal, input.policy);
  const steps = resolved
    ? null
    : decision.escalate
      ? (workaround ?? documented)
      : (documented ?? fromDocs?.steps ?? workaround);

  const status = statusStatements(
    input.evidence,
    material.publicIds,
    situation.kind === 'resolved' ? (situation.incident?.name ?? null) : null,
  );
  // what our side said that the customer already follows answers none of their questions
  const unfollowed = (said: UpdateMaterial['ours']) =>
    said.filter((o) => !stopgapInUse(o.text, material.customer));
  const asks = planAsks(
    facts.customerAsks,
    { ...material, ours: unfollowed(material.ours), scripted: unfollowed(material.scripted) },
    decision.escalate
      ? null
      : notOurFaultAnswer(
          input.knowledge,
          input.signals?.assessment,
          steps !== null && steps === fromDocs?.steps,
        ),
    (sentence) => leakReason(sentence, internal, input.policy) === null,
    status.said,
  );

  // a how-to question the help article's procedure answers: pointed to a listed step, or given the steps
  const howTo = howToAnswers(asks, steps, resolved ? documented : null, material.names, keeps);
  asks.open.splice(0, asks.open.length, ...howTo.open);
  asks.answered.push(...howTo.answered);
  let stepsSaid = false;
  if (situation.kind === 'resolved') out.push(...resolvedLines(situation), ...howTo.lines);
  else if (decision.escalate) {
    const known = sharedFindings(material, asks.answered, restored);
    // a shared finding that already says who is on it ("our engineering team is investigating") is enough
    const who = known.some((k) => /\b(?:engineer\w*|security|product|team)\b/i.test(k))
      ? null
      : whoIsOnIt(input);
    const findings = known.map((k) => (/[.!]$/.test(k) ? k : `${k}.`));
    // what they can do now comes before who is on it and what happens next: what we know, the
    // workaround as steps, then the team and the priority
    if (steps) {
      if (findings.length > 0) out.push(findings.join(' '), '');
      out.push(
        ...formatSteps(
          steps,
          decision.targets.some((t) => t.team === 'Engineering'),
        ),
        '',
      );
      stepsSaid = true;
      if (who) out.push(who, '');
    } else if (findings.length > 0 || who) out.push([...findings, ...(who ? [who] : [])].join(' '), '');
    // a decision to take is not an incident, nor is one the thread says works again: no priority label
    const severity = deciding || restored ? null : use('severity', '{{SEVERITY}}');
    if (severity) out.push(`We are treating this as ${severity} priority.`, '');
  } else {
    const known = sharedFindings(material, asks.answered, restored);
    if (known.length > 0) out.push(known.map((k) => (/[.!]$/.test(k) ? k : `${k}.`)).join(' '), '');
  }

  // handled in support with nothing public to give yet: the answer is worded by a person before sending
  // answering a side question ("did your release change this?") is not yet the answer to the problem
  // a verdict on fault or cause already given ("this is not a bug: …") is what we found
  const substance = steps !== null || out.length > bodyStart || asks.answered.some(statesVerdict);
  // once our side explained it in public and they asked on from there, their questions are what is left
  const askedOn = asks.answered.length + asks.open.length > 0 && explainedBefore(material);
  if (!decision.escalate && !resolved && !substance && !askedOn) {
    const slot = use('customer_send', ANSWER);
    if (slot) out.push(`Here is what we found and what to do next: ${slot}`, '');
  }
  const fixExpected = decision.targets.some((t) => t.team === 'Engineering');
  if (steps && !stepsSaid) out.push(...formatSteps(steps, fixExpected), '');
  if (steps && steps === fromDocs?.steps && fromDocs.link) out.push(articleLinkLine(fromDocs.link), '');
  // "we need a number", "I need them back": what is needed is their question or request, said elsewhere
  const needs = asks.needs.filter((n) => contentWords(n.replace(NEED_VERB, '')).length >= MIN_NEED_WORDS);
  if (needs.length > 0 && !steps) {
    for (const need of needs)
      out.push(
        `I have noted that ${toSecondPerson(need, 'customer')
          .replace(/^You\b/, 'you')
          .replace(/[.!]+$/, '')}.`,
      );
    out.push('');
  }
  const outcome = situation.kind === 'resolved' ? (situation.incident?.outcome ?? []) : [];
  out.push(
    ...askLines(asks, {
      mode: resolved ? 'resolved' : decision.escalate ? 'incident' : 'answer',
      names: material.names,
      steps: steps !== null,
      // once working again in a case support handles, no fix is owed: its timing is no news
      fixOwed: !(restored && !decision.escalate),
      deciding: deciding !== null,
      inFlight: inFlight(input),
      publicReport: status.postmortem
        ? POSTMORTEM_LINE
        : publicReportMention([...outcome, ...material.ours.map((o) => o.text)]),
      reportOffered: reportOffered(input.evidence),
      use: (kind, token) => use(kind, token),
      usable: (sentence) => leakReason(sentence, internal, input.policy) === null,
    }),
  );

  const eta = pendingGate(gates, 'eta');
  // once it works again, what is owed is the follow-up on what is still open, not an incident's cadence
  const timing = planNextUpdate(input, eta ? '{{NEXT_UPDATE}}' : null, deciding !== null, restored !== null);
  if (eta && timing.lines.some((l) => l.includes('{{NEXT_UPDATE}}')))
    use('eta', '{{NEXT_UPDATE}}', timing.suggested);
  if (timing.lines.length > 0) out.push(...timing.lines);
  else
    out.push(
      decision.escalate
        ? 'We will keep you updated as we learn more.'
        : resolved
          ? RESOLVED_CLOSING
          : 'If anything is unclear, reply here and we will help.',
    );
  out.push('', 'Best regards,', 'The support team');

  const guard = guardCustomerText(out.join('\n'), internal, input.policy);
  const kept = placeholders.filter((p) => guard.text.includes(p.token));
  const language = detectCustomerLanguage(input.evidence, material.publicIds);
  return { text: `${guard.text.trim()}\n`, placeholders: kept, removed: guard.removed, language };
}
