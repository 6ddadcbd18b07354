/**
 * @module The handoff note's first move, as one explicit decision over the packet's facts and where
 * the thread stands (thread-state.ts), first match wins:
 *
 * | the thread says                                   | first move                                               |
 * | ------------------------------------------------- | -------------------------------------------------------- |
 * | resolved (our assessment, a closed incident)      | confirm it is resolved, then close the asks still open    |
 * | a fix is in review, queued or rolling out         | follow it through review and deploy, then verify it       |
 * | a decision waits on someone of ours               | get it from them before the deadline                      |
 * | kept in support, documented steps already given   | answer the asks still open                                |
 * | kept in support otherwise                         | give the article's steps / the stated cause / the repro   |
 * | Product or Leadership owns a customer's ask       | decide what can be committed on it                        |
 * | our side set out a plan once the cause was stated | carry it out, then verify                                 |
 * | our side already acted on the stated cause        | check that it clears the problem                          |
 * | the cause is confirmed                            | fix it (the way our side named the fix, when it did)      |
 * | a hypothesis leads                                | verify it                                                 |
 * | nothing explains it yet                           | reproduce and trace the first error                       |
 */
import { earliestLiveDeadline } from '../decide/cap-by-deadline.js';
import { draftEvidence, publishedArticleIds } from '../evidence/visibility.js';
import { readPendingDecision } from '../extract/pending-decision.js';
import { joinDayAndTime, resolveDates } from '../extract/resolve-date.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import { readsDueTime } from '../time/reads-due-time.js';
import { citeMarks } from './cite-marks.js';
import { claimText, oneLine } from './claim-text.js';
import { asksForAnswer } from './question-phrasing.js';
import { readsFixInFlight } from './reads-fix-in-flight.js';
import type { RenderInput } from './render-input.js';
import {
  type Cited,
  readThreadState,
  speaksOfShipping,
  type ThreadState,
  type Waiting,
  withoutAsides,
} from './thread-state.js';
import { closedIncident } from './update-situation.js';

export interface Leading {
  readonly text: string;
  readonly support: string;
  readonly cites: readonly string[];
}

export const RULED_OUT = /^(?:[A-Z][\w ]{0,20}:\s+)?ruled out the theory that\s+/i;
// "Engineering: revert is queued": the actor label before an attempt
const ACTOR_LABEL = /^[A-Z][\w ]{0,20}:\s+/;

export function shortText(text: string, max = 200): string {
  return oneLine(text, max).replace(/[.\s]+$/, '');
}

const stemsOf = (text: string): Set<string> => new Set(contentWords(text).map(crudeStem));
const latest = (input: RenderInput, cites: readonly string[]): string =>
  cites
    .map((id) => input.evidence.find((e) => e.id === id)?.at ?? '')
    .sort()
    .pop() ?? '';

/** "restarted the pods", "has the purge running"; "the source data is intact" reports a state. */
function doesSomething(action: string): boolean {
  // past the team label ("Engineering: "), which makes the tagger read the verb as an adjective
  const at = action.indexOf(': ');
  const body = at > 0 && at < 25 ? action.slice(at + 2) : action;
  const verbs = analyze(body).sentences.flatMap((x) =>
    x.tokens.filter((t) => t.pos === 'VERB' || t.pos === 'AUX'),
  );
  // a note's opening participle ("flushed the cache") is often tagged an adjective: only a copula says it is a state
  return verbs[0]?.lemma !== 'be';
}

/**
 * The last thing engineering did, once the cause was stated, to what the cause names ("never
 * purged" → "purge running"): the fix is already applied, so the first move is to check it, not to make it.
 */
function actedOn(input: RenderInput, leading: Leading): RenderInput['facts']['tried'][number] | null {
  const since = latest(input, leading.cites);
  const cause = stemsOf(leading.text);
  return (
    input.facts.tried
      .filter(
        (t) =>
          t.by === 'engineering' &&
          !RULED_OUT.test(t.action) &&
          since !== '' &&
          latest(input, t.cites) > since &&
          [...stemsOf(t.action)].filter((w) => w.length > 3 && cause.has(w)).length >= 2 &&
          doesSomething(t.action),
      )
      .pop() ?? null
  );
}

/** A fix in flight from the thread's messages, else from an attempt our side recorded ("revert is queued"). */
function fixInFlight(input: RenderInput, state: ThreadState): Cited | null {
  if (state.fixInFlight) return state.fixInFlight;
  const tried = input.facts.tried
    .filter(
      (t) =>
        t.by !== 'customer' &&
        !RULED_OUT.test(t.action) &&
        analyze(t.action.replace(ACTOR_LABEL, '')).sentences.some(readsFixInFlight),
    )
    .pop();
  return tried ? { text: tried.action.replace(ACTOR_LABEL, ''), cite: tried.cites[0] ?? '' } : null;
}

const MAX_DECISION_ASKS = 3;
const cite = (c: Cited): string => (c.cite ? citeMarks([c.cite]) : '');

/** "(1) Where are the invoices? [S1:m1] (2) …" */
function listAsks(asks: readonly Cited[]): string {
  if (asks.length === 1 && asks[0]) return `${shortText(asks[0].text, 160)}${cite(asks[0])}`;
  return asks.map((a, i) => `(${i + 1}) ${shortText(a.text, 140)}${cite(a)}`).join(' ');
}

// a deadline further out than this ("the price is fixed until 31/12/2027") does not bear on the first move
const NEAR_DAYS = 45;
const DAY_MS = 86_400_000;

// a deadline stated as a day only is read as its last minute in the customer's zone (…:59) or its
// first (00:00 UTC): no hour to name
const dayOnly = (hour: string): boolean => hour.endsWith(':59') || hour === '00:00';

/**
 * The earliest deadline the customer stated that is still ahead of `asOf` and near, as the update
 * timing reads it (cap-by-deadline.ts): its day, with its hour when the deadline has one
 * ("2026-12-14 23:00Z"). A deadline earlier today that has passed no longer bounds the move.
 */
function customerDeadline(input: RenderInput): number | null {
  const now = Date.parse(input.asOf);
  const live = input.facts.deadlines.filter(
    (d) => d.at !== null && Date.parse(d.at) <= now + NEAR_DAYS * DAY_MS,
  );
  return earliestLiveDeadline(live, input.asOf);
}

/** Whether `index` falls inside a quotation in `text` ("…", “…”). */
function insideQuotes(text: string, index: number): boolean {
  const before = [...text.slice(0, index)];
  const count = (c: string): number => before.filter((x) => x === c).length;
  return count('"') % 2 === 1 || count('“') > count('”');
}

/**
 * "we notify their DPO within 24 hours of becoming aware, so by 09:47 tomorrow": the earliest hour
 * our side's own notes set as a limit ("by", "before", "deadline") that is still ahead of `asOf`. A
 * contract's clock can run out before the customer's date; a plan of ours ("I will call at 3") sets none.
 */
function ourStatedLimit(input: RenderInput): { at: number; cite: string } | null {
  const now = Date.parse(input.asOf);
  const drafts = new Set(draftEvidence(input.evidence, input.sources).map((e) => e.id));
  let best: { at: number; cite: string } | null = null;
  for (const e of input.evidence) {
    if (e.visibility !== 'internal' || e.author?.side !== 'internal' || e.author.role === 'bot') continue;
    if (drafts.has(e.id) || !e.at || e.at > input.asOf) continue;
    for (const s of analyze(e.text).sentences) {
      if (s.question || s.conditional || s.hedged) continue;
      for (const d of joinDayAndTime(s.text, resolveDates(s.text, e.at, false))) {
        const at = d.date.getTime();
        if (!d.hasTime || at <= now || at > now + NEAR_DAYS * DAY_MS) continue;
        // a quoted time ('"by 14:00 hopefully"') is another party's words our note passes on, not our limit
        if (insideQuotes(s.text, d.index)) continue;
        if (readsDueTime(s.text, d) !== 'limit') continue;
        if (!best || at < best.at) best = { at, cite: e.id };
      }
    }
  }
  return best;
}

/** "2026-12-14 23:00Z", or the day alone when the deadline was stated as a day. */
function when(ms: number): string {
  const at = new Date(ms).toISOString();
  const hour = at.slice(11, 16);
  return dayOnly(hour) ? at.slice(0, 10) : `${at.slice(0, 10)} ${hour}Z`;
}

/** The move's due time: the customer's earliest live deadline, or an earlier limit our side stated. */
const byTheirDeadline = (input: RenderInput): string => {
  const theirs = customerDeadline(input);
  const ours = ourStatedLimit(input);
  if (ours && (theirs === null || ours.at < theirs))
    return `, before ${when(ours.at)} (the limit our side stated${citeMarks([ours.cite])})`;
  return theirs !== null ? `, before ${when(theirs)} (the customer's deadline)` : '';
};

/** A decision over how the fix ships blocks the fix itself. */
const aboutTheFix = (w: Waiting): boolean => speaksOfShipping(`${w.thing} ${w.context}`);

/**
 * A decision on the critical path: over how the fix ships, or one an engineer of ours says the work
 * waits for ("needs Ruth's sign-off before it touches prod data"). One beside the work (what the
 * customer is told, a credit) does not block it.
 */
function blocksTheWork(w: Waiting, input: RenderInput): boolean {
  if (aboutTheFix(w)) return true;
  const s = analyze(gateSentence(w, input)).sentences[0];
  // an act of ours that waits for it: "… before it touches prod data", "… until Ana approves the run"
  return (
    s !== undefined &&
    s.tokens.some(
      (t, i) =>
        WAITS_FOR.has(t.normal) && s.tokens.slice(i + 1).some((n) => n.pos === 'VERB' && n.lemma !== 'be'),
    )
  );
}

// what an act waiting on a gate is said with
const WAITS_FOR = new Set(['before', 'until']);

// what we say to the customer, as a thing: "the draft", "my reply", "the wording"
const OUR_WORDS = new Set(['draft', 'reply', 'wording']);

/**
 * "@Sam please review the draft before it goes", "not sure about the wording": a review of our own
 * reply, not a move on the case. The word must name the text itself: "Draft a cleanup script" drafts
 * something else, and "the reply box" or "the reply length" name a thing of their own.
 */
function reviewsOurWords(text: string): boolean {
  return analyze(text).sentences.some((s) =>
    s.tokens.some((t, i) => {
      if (!OUR_WORDS.has(t.lemma) && !OUR_WORDS.has(t.normal)) return false;
      const next = s.tokens[i + 1]?.pos ?? '';
      // an opening verb the tagger reads as a noun ("Draft a plan") takes an object right after it
      const acts = t.pos === 'VERB' || (i === 0 && ['DET', 'PRON', 'ADJ'].includes(next));
      return !acts && next !== 'NOUN' && next !== 'PROPN';
    }),
  );
}

/** "whether we do it", "that": a thing that names nothing a reader can see. */
const namesNothing = (thing: string): boolean =>
  !analyze(thing).sentences.some((s) =>
    // a verb after an article is a noun the tagger missed ("the revert")
    s.tokens.some(
      (t, i) =>
        ['NOUN', 'PROPN', 'NUM'].includes(t.pos) || (t.pos === 'VERB' && s.tokens[i - 1]?.pos === 'DET'),
    ),
  );

/** "needs Wout" → "Wout": a verb the decider phrase kept from its sentence is not part of the name. */
function deciderName(decider: string): string {
  const tokens = analyze(decider).sentences.flatMap((x) => x.tokens);
  const first = tokens.findIndex((t) => !(t.pos === 'VERB' || t.pos === 'AUX') || t.text !== t.normal);
  const from = tokens[first];
  return first > 0 && from ? decider.slice(from.start) : decider;
}

/**
 * "writing a cleanup script to reverse them, needs Ruth's sign-off before it touches prod data": the
 * sentence that holds the pending decision, when it names something besides its decider, so a gate
 * with no stated thing still says what waits on it.
 */
function gateSentence(w: Waiting, input: RenderInput): string {
  const text = input.evidence.find((e) => e.id === w.cite)?.text ?? '';
  const s = analyze(text).sentences.find(
    (x) =>
      readPendingDecision(withoutAsides(x.text))?.decider !== undefined &&
      x.text.includes(deciderName(w.decider)),
  );
  if (!s) return '';
  const rest = s.text.split(deciderName(w.decider)).join(' ');
  return namesNothing(rest) ? '' : s.text;
}

/** "get VP CS + legal's decision on the legal hold, before 2026-12-16 (the customer's deadline)" */
function getDecision(w: Waiting, input: RenderInput, asks: readonly Cited[]): string {
  const vague = !w.thing || namesNothing(w.thing);
  // a decision that names nothing is on what its own sentence or the one before names, else on what the customer asks
  const own = vague ? gateSentence(w, input) : '';
  const thing = !vague
    ? ` on ${shortText(w.thing, 160)}`
    : own
      ? ` (as our side put it: ${shortText(own, 160)})`
      : w.context
        ? ` (context: ${shortText(w.context, 120)})`
        : asks.length > 0
          ? ` on what the customer asks: ${listAsks(asks)}`
          : '';
  const act = w.act === 'approve' ? 'approval' : 'decision';
  const whose = `${deciderName(w.decider)}'s`;
  // the sentence's own time, else the customer's deadline; a context sentence carries its own timing
  const by = w.deadline ? ` ${w.deadline}` : w.context ? '' : byTheirDeadline(input);
  return `get ${whose} ${act}${thing}${by}${citeMarks([w.cite])}`;
}

function resolved(input: RenderInput): boolean {
  return input.signals?.assessment === 'resolved' || closedIncident(input) !== null;
}

/** The first move of a case support keeps: which article or cause the customer's answer comes from. */
function answerInSupport(input: RenderInput, leading: Leading | null): string | null {
  const article = (input.knowledge ?? []).find(
    (c) => c.article.visibility === 'public' && c.steps.length > 0,
  );
  if (article)
    return `answer in support, do not escalate: give the customer the steps of the help article "${shortText(article.article.title, 120)}"${citeMarks([article.cite])}, then answer their questions.`;
  const pasted = [...publishedArticleIds(input.evidence, input.sources)][0];
  if (pasted) {
    // the article's first line is its title: name it, so the reader knows which one
    const head = input.evidence.find((e) => e.id === pasted)?.text.split('\n')[0] ?? '';
    const title = shortText(head.replace(/^[#\s]+/, ''), 120);
    const named = title ? ` "${title}"` : ' in the handoff';
    return `answer in support, do not escalate: give the customer the documented steps of the help article${named}${citeMarks([pasted])}, then answer their questions.`;
  }
  if (leading && leading.support !== 'guessed')
    return `answer in support, do not escalate: tell the customer what this cause means for them and what to change or what we will do: ${shortText(leading.text, 200)}${citeMarks(leading.cites)}`;
  const rep = input.facts.reproduction;
  if (rep?.steps[0])
    return `answer in support, do not escalate: tell the customer what the reproduction shows and what to change: ${shortText(rep.steps[0], 200)}${citeMarks(rep.cites)}`;
  // a guess or only the report: the step is still concrete — check that guess, or see what the customer sees
  if (leading)
    return `answer in support, do not escalate: first check the leading guess below against what the customer reports, then tell them what it means: ${shortText(leading.text, 200)}${citeMarks(leading.cites)}`;
  const problem = input.facts.problem;
  if (problem)
    return `answer in support, do not escalate: reproduce what the customer reports, then answer it: ${shortText(claimText(problem.value), 200)}${citeMarks(problem.cites)}`;
  return null;
}

/** What engineering does first on an escalated case, from the cause the thread gives. */
function engineeringMove(
  input: RenderInput,
  leading: Leading | null,
  repro: string,
  state: ThreadState,
): string {
  const { plan, fixNamed } = state;
  const { facts, actions } = input;
  // a plan set out once the cause was stated is what engineering does about it
  if (plan && leading && leading.support !== 'guessed' && plan.at > latest(input, leading.cites))
    return `carry out the plan our side set out for the cause below, then verify it clears the problem${repro}: ${shortText(plan.text, 200)}${citeMarks([plan.cite])}`;
  const applied = leading && leading.support !== 'guessed' ? actedOn(input, leading) : null;
  if (applied)
    return `check that what our side already did about the cause below clears the problem${repro}: ${shortText(applied.action, 160)}${citeMarks(applied.cites)}`;
  if (leading?.support === 'confirmed')
    return fixNamed
      ? `fix the confirmed cause below the way our side named it: ${shortText(fixNamed.text, 160)}${cite(fixNamed)}${repro}; then tell support what the customer may be told`
      : `fix the confirmed cause below${repro}, then tell support what the customer may be told`;
  const against = facts.errors.length > 0 ? ' against the errors listed' : '';
  // the step our side already set itself comes before a generic check
  const step = state.openStep
    ? `do the step our side set itself and has not reported done: ${shortText(state.openStep.text, 160)}${cite(state.openStep)}; then `
    : '';
  if (leading)
    return `${step}verify the leading hypothesis below${repro || against} before anyone builds on it: ${shortText(leading.text, 120)}${citeMarks(leading.cites)}`;
  const error = facts.errors[0];
  if (error)
    return `${step}reproduce the problem and trace the first error: \`${shortText(String(error.value), 120)}\`${citeMarks(error.cites)}`;
  if (facts.problem)
    return `${step}reproduce the problem: ${shortText(claimText(facts.problem.value))}${citeMarks(facts.problem.cites)}`;
  return state.openStep ? step.replace(/; then $/, '') : (actions[0]?.what ?? 'none recorded');
}

/**
 * The first statement of our side's newest internal note that makes one ("R1 submitted 14:03 in batch B0126-03"):
 * where the case stands as the team last recorded it. Not a question, not a line about the wording
 * of our reply, not the unsent draft.
 */
function whereItStands(input: RenderInput): Cited | null {
  const drafts = new Set(draftEvidence(input.evidence, input.sources).map((e) => e.id));
  const notes = input.evidence
    .filter(
      (e) =>
        e.visibility === 'internal' &&
        e.author != null &&
        e.author.side === 'internal' &&
        e.author.role !== 'bot' &&
        !drafts.has(e.id) &&
        (e.at ?? '') <= input.asOf,
    )
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  // newest first: a note that only asks for a review of our reply says nothing of where the case is
  for (const note of notes.reverse()) {
    const s = analyze(note.text).sentences.find(
      (x) => !x.question && !reviewsOurWords(x.text) && x.tokens.some((t) => t.pos === 'VERB'),
    );
    if (s) return { text: s.text, cite: note.id };
  }
  return null;
}

/** The first move (see the module comment). */
export function firstMove(input: RenderInput, leading: Leading | null): string {
  const { facts, decision, actions } = input;
  const read = readThreadState(input);
  // a step that names nothing a reader can act on ("we'll take it"), or one that reviews the wording
  // of our reply before it goes, is no step to hand over
  const state =
    read.openStep && (namesNothing(read.openStep.text) || reviewsOurWords(read.openStep.text))
      ? { ...read, openStep: null }
      : read;
  const open = state.openAsks.length > 0 ? listAsks(state.openAsks) : '';
  const repro = facts.reproduction ? ', using the reproduction below' : '';
  if (resolved(input) && !decision.escalate)
    return open
      ? `confirm to the customer that it is resolved, in the words of the status page or of our public reply, then close what they still ask: ${open}`
      : 'confirm to the customer that it is resolved, in the words of the status page or of our public reply, and ask them to check; do not escalate.';
  const fix = fixInFlight(input, state);
  const waiting = state.waitingOn;
  // a window that closes at a stated time comes first, whatever else is under way
  const closing = state.closingWindow
    ? `; before it closes: ${shortText(state.closingWindow.text, 160)}${cite(state.closingWindow)}`
    : '';
  const meanwhile = `${closing}${waiting ? `; meanwhile ${getDecision(waiting, input, state.openAsks)}` : ''}`;
  // a gate on the critical path comes before the fix it gates
  if (waiting && fix && blocksTheWork(waiting, input))
    return `${getDecision(waiting, input, state.openAsks)}: the fix waits on it${closing}; then follow it through review and deploy: ${shortText(fix.text, 160)}${cite(fix)}.`;
  if (fix) {
    const step = state.openStep
      ? `; meanwhile finish the step our side set itself: ${shortText(state.openStep.text, 160)}${cite(state.openStep)}`
      : '';
    return `follow the fix already under way through review and deploy, then verify it clears the problem${repro}${byTheirDeadline(input)}: ${shortText(fix.text, 160)}${cite(fix)}${step}${meanwhile}.`;
  }
  // engineering with a cause to work on goes first; a decision beside it (comms, compensation) waits
  const engineering = decision.escalate && decision.targets[0]?.team === 'Engineering' && leading !== null;
  if (waiting && (!engineering || blocksTheWork(waiting, input)))
    return `${getDecision(waiting, input, state.openAsks)}: the case waits on it${closing}.`;
  if (!decision.escalate) {
    // the steps our side already gave are never handed over again: what is still open comes next
    if (state.stepsGivenIn) {
      const given = `answer in support, do not escalate: the documented steps were already given${citeMarks([state.stepsGivenIn])}`;
      const due = byTheirDeadline(input);
      if (open) return `${given}; answer what the customer still asks${due}: ${open}`;
      const now = whereItStands(input);
      return now
        ? `${given}; tell the customer where it stands now${due}, as our side last noted it: ${shortText(now.text, 200)}${cite(now)}`
        : `${given}; tell the customer where it stands now${due}.`;
    }
    return answerInSupport(input, leading) ?? actions[0]?.what ?? 'answer in support';
  }
  // a roadmap, contract or account ask has no bug to fix first: the first move is the decision the
  // customer waits for
  // the asks made since our last reply, then the earlier ones, newest first: our reply may not have settled them
  const earlier = facts.customerAsks
    .filter(
      (a) =>
        asksForAnswer(String(a.value)) &&
        !state.openAsks.some((o) => o.cite === a.cites[0] && o.text === String(a.value)),
    )
    .map((a) => ({ text: claimText(a.value), cite: a.cites[0] ?? '' }))
    .reverse();
  const asks = listAsks([...state.openAsks, ...earlier].slice(0, MAX_DECISION_ASKS));
  if (['Product', 'Leadership'].includes(decision.targets[0]?.team ?? '') && asks)
    return `decide what can be committed on the customer's ask${byTheirDeadline(input)}: ${asks}`;
  return `${engineeringMove(input, leading, repro, state)}${meanwhile}.`;
}
