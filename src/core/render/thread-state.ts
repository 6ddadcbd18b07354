/**
 * @module Where the thread stands, for the handoff note's first move: a fix our side says is already
 * in review or queued, a decision still waiting on someone named, the customer's asks our side has
 * not replied to since they were made, and whether our side already gave the documented steps. Read
 * from our side's own messages (never the customer's, a bot's, a pasted article or the unsent draft),
 * sentence by sentence on the language layer, in evidence time order, so the packet stays deterministic.
 */
import { draftEvidence, publishedArticleIds } from '../evidence/visibility.js';
import { type PendingDecision, readPendingDecision, recordsDecision } from '../extract/pending-decision.js';
import { joinDayAndTime, resolveDates } from '../extract/resolve-date.js';
import { LaterStatements, readStepStatements } from '../extract/steps.js';
import { contentWords } from '../extract/text/content-words.js';
import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import type { Evidence } from '../model/evidence.js';
import { readsDueTime } from '../time/reads-due-time.js';
import { asksForAnswer } from './question-phrasing.js';
import { readsFixInFlight } from './reads-fix-in-flight.js';
import type { RenderInput } from './render-input.js';

export interface Cited {
  readonly text: string;
  readonly cite: string;
}

export interface Waiting extends PendingDecision {
  readonly cite: string;
  /** when the sentence names no thing ("Ben's call."), the sentence before it in the same message */
  readonly context: string;
}

export interface ThreadState {
  /** the latest sentence of ours that says a fix is in review, queued, merged or rolling out */
  readonly fixInFlight: Cited | null;
  /** the latest plan our side set out under a label ("Plan: purge the queue, then resync"), with its time */
  readonly plan: (Cited & { readonly at: string }) | null;
  /** what our side says the fix is ("Fix is a config revert + replay of the queue", "fix = batch the lookup") */
  readonly fixNamed: Cited | null;
  /** the latest decision our side says is still waiting on someone of ours, not recorded since */
  readonly waitingOn: Waiting | null;
  /** the customer's asks made after our side's last public reply (status pings and pleas left out) */
  readonly openAsks: readonly Cited[];
  /** our side's public reply that already gave the documented steps, when there is one */
  readonly stepsGivenIn: string | null;
  /** the latest sentence of ours, else of the customer's, that says a window closes at a stated time */
  readonly closingWindow: Cited | null;
  /** the latest step our side set itself internally ("Wei: can you pull the API logs per tenant?", "I'll check the worker logs"), not reported done since */
  readonly openStep: Cited | null;
}

const CUSTOMER_SIDE = new Set(['their', 'your', 'customer', "customer's", 'client', "client's"]);
// a step line worth comparing: "In Analytics > Export, tick Include unfiltered downloads"
const MIN_STEP_WORDS = 4;
// the share of a step's words a reply must repeat to have given it
const STEP_SHARE = 0.6;
const MAX_ASKS = 3;
// what shipping a fix is decided over: "rollback vs hotfix", "waits for the release train unless …"
const SHIPPING = new Set([
  'fix',
  'hotfix',
  'patch',
  'rollback',
  'revert',
  'release',
  'deploy',
  'train',
  'backport',
]);

/** True when `text` speaks of how a fix ships (a rollback, a hotfix, the release train). */
export function speaksOfShipping(text: string): boolean {
  return analyze(text).sentences.some((s) =>
    s.tokens.some((t) => SHIPPING.has(t.lemma) || SHIPPING.has(t.normal)),
  );
}

const byTime = (a: Evidence, b: Evidence): number => (a.at ?? '').localeCompare(b.at ?? '');

// an item's unit that holds no one's words about the case
const NOT_WORDS = new Set(['log', 'field', 'ocr', 'account', 'request']);

/** Our side's own words: staff messages and our unsigned internal notes; not the customer's, a bot's, a pasted article, a log or the draft. */
function ourMessages(input: RenderInput): Evidence[] {
  const articles = publishedArticleIds(input.evidence, input.sources);
  const drafts = new Set(draftEvidence(input.evidence, input.sources).map((e) => e.id));
  const ours = (e: Evidence): boolean =>
    e.author == null
      ? e.visibility === 'internal'
      : e.author.role !== 'customer' && e.author.role !== 'bot' && e.author.side !== 'external';
  return input.evidence
    .filter((e) => ours(e) && !NOT_WORDS.has(e.meta?.unit ?? '') && !articles.has(e.id) && !drafts.has(e.id))
    .sort(byTime);
}

/** "Pilar is off until 4 Jan. @Dev Anand": the name after a stray sentence break, without its "@". */
function cleanDecider(decider: string): string {
  const last = decider.split(/\.\s+/).pop() ?? decider;
  return last.replace(/^@/, '').trim();
}

/** "Their DPO decides that": the decider belongs to the customer, not to us. */
function customersOwn(s: Sentence, decider: string): boolean {
  const at = s.text.indexOf(decider);
  const before = at > 0 ? s.text.slice(0, at).trim().split(/\s+/).pop()?.toLowerCase() : '';
  return CUSTOMER_SIDE.has(before ?? '');
}

/** "Finance (Dana Ruiz) has to approve …" → "Finance has to approve …": an aside in brackets, left out so it does not part the decider from its verb. */
export function withoutAsides(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return depth === 0 ? out.split(' ').filter(Boolean).join(' ') : text;
}

/**
 * The latest decision of ours still waiting on someone that no later message records. Read from the
 * newest message back with the later messages' statements indexed, so a long thread costs one pass.
 */
function readWaiting(ours: readonly Evidence[]): Waiting | null {
  const read = ours.map((e) => ({ e, sentences: analyze(e.text).sentences }));
  const later = new LaterStatements();
  for (let m = read.length - 1; m >= 0; m--) {
    const { e, sentences } = read[m] as (typeof read)[number];
    let found: Waiting | null = null;
    for (const [n, s] of sentences.entries()) {
      const d = readPendingDecision(withoutAsides(s.text));
      if (!d || customersOwn(s, d.decider)) continue;
      const words = [...contentWords(d.decider), ...contentWords(d.thing)];
      if (later.some(words, (x) => recordsDecision(x, d))) continue;
      // "Rollback to 2.9.4 is possible tonight, but … Ben's call.": the sentence before names the thing
      // when it asks it, speaks of shipping the fix or names the decider ("Risk decision due by Wed")
      const before = d.thing ? '' : (sentences[n - 1]?.text ?? '');
      const names = contentWords(d.decider).some((w) => contentWords(before).includes(w));
      const context = before.endsWith('?') || speaksOfShipping(before) || names ? before : '';
      found = { ...d, decider: cleanDecider(d.decider), cite: e.id, context };
    }
    if (found) return found;
    for (const s of sentences) later.add(s);
  }
  return null;
}

// "Plan: purge …", "Next steps: rerun …": a label that announces what our side will do
const PLAN_LABELS = new Set(['plan', 'next', 'steps', 'step', 'proposal']);

// what follows a verb read as a noun: its object's determiner or its particle ("roll back", "purge the")
const AFTER_VERB = new Set(['DET', 'ADV', 'ADP', 'PART']);

/**
 * "Plan: purge the poisoned messages, then trigger a full resync": a plan label, a colon, then a verb
 * in its base form. The tagger reads a capitalised or unfamiliar verb after a colon ("Roll back",
 * "recompute") as a noun, so a base-form word followed by a determiner or a particle counts too; a
 * heading ("Next steps: Adding IMAP", "Next steps: Stage 2") does not.
 */
export function readsLabelledPlan(s: Sentence): boolean {
  const colon = s.tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 4 || s.question) return false;
  const label = s.tokens.slice(0, colon);
  const verb = s.tokens[colon + 1];
  const next = s.tokens[colon + 2];
  const base =
    verb !== undefined && !verb.negated && verb.normal === verb.lemma && !verb.normal.endsWith('ing');
  const acts =
    base &&
    (verb.pos === 'VERB' ||
      ((verb.pos === 'NOUN' || verb.pos === 'PROPN') && AFTER_VERB.has(next?.pos ?? '')));
  return label.some((t) => PLAN_LABELS.has(t.normal)) && acts;
}

function readPlan(ours: readonly Evidence[]): (Cited & { at: string }) | null {
  let found: (Cited & { at: string }) | null = null;
  for (const e of ours)
    for (const s of analyze(e.text).sentences)
      if (readsLabelledPlan(s)) found = { text: s.text, cite: e.id, at: e.at ?? '' };
  return found;
}

// who may own the fix before the word: "the fix", "our fix", "proper fix"
const FIX_OPENERS = new Set(['the', 'our', 'proper', 'real', 'actual']);
const DEFINES = new Set(['is', '=', ':', "'s"]);
const MIN_DEFINITION = 2;

/**
 * "Fix is a config revert + replay of the dead-letter queue", "fix = batch the lookup": a sentence
 * that opens with the fix as its subject and says what it is; the definition, or null. A promise,
 * a doubt, a denial or a question defines nothing.
 */
export function fixDefinition(s: Sentence): string | null {
  if (s.question || s.hedged || s.conditional) return null;
  const words = s.tokens.filter((t) => t.kind !== 'punctuation' || DEFINES.has(t.text));
  let k = 0;
  while (FIX_OPENERS.has(words[k]?.normal ?? '')) k++;
  const fix = words[k];
  const mark = words[k + 1];
  if (fix?.normal !== 'fix' || !mark || !DEFINES.has(mark.normal) || mark.negated) return null;
  const rest = s.tokens.filter((t) => t.start >= mark.end);
  if (rest.filter((t) => t.kind === 'word').length < MIN_DEFINITION || rest.some((t) => t.negated))
    return null;
  // "Fix is small but …", "fix is one line in config": a size, not what the fix is
  if (rest[0]?.pos === 'ADJ' || rest[0]?.pos === 'NUM') return null;
  const from = rest[0]?.start ?? mark.end;
  return s.text.slice(from - s.start).replace(/[.\s]+$/, '');
}

function readFixNamed(ours: readonly Evidence[]): Cited | null {
  let found: Cited | null = null;
  for (const e of ours)
    for (const s of analyze(e.text).sentences) {
      const named = fixDefinition(s);
      if (named) found = { text: named, cite: e.id };
    }
  return found;
}

// "in review", "merged now": a bare state short enough to stand for the sentence it follows
const MAX_STATE_WORDS = 3;

/**
 * "fix: anchor the week count to the school year. in review": a bare pipeline state with no subject
 * of its own, right after our side's fix definition in the same message, says that fix is in flight.
 * Read by giving the state the fix as its subject and asking the in-flight reader.
 */
export function bareStateOfFix(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > MAX_STATE_WORDS || s.question) return false;
  const read = analyze(`The fix is ${s.text}`).sentences[0];
  return read !== undefined && readsFixInFlight(read);
}

function readFixInFlight(ours: readonly Evidence[]): Cited | null {
  let found: Cited | null = null;
  for (const e of ours) {
    let defined: string | null = null;
    for (const s of analyze(e.text).sentences) {
      if (readsFixInFlight(s)) found = { text: s.text, cite: e.id };
      else if (defined && bareStateOfFix(s))
        found = { text: `fix: ${defined} (${s.text.trim()})`, cite: e.id };
      defined = fixDefinition(s);
    }
  }
  return found;
}

/** The customer's asks made after our last public reply; all of them when we never replied. */
function readOpenAsks(input: RenderInput, ours: readonly Evidence[]): Cited[] {
  const lastReply = ours
    .filter((e) => e.visibility === 'public')
    .map((e) => e.at ?? '')
    .sort()
    .pop();
  const at = new Map(input.evidence.map((e) => [e.id, e.at ?? ''] as const));
  return input.facts.customerAsks
    .filter((a) => {
      const when = a.cites.map((c) => at.get(c) ?? '').sort()[0] ?? '';
      return (lastReply === undefined || when > lastReply) && asksForAnswer(String(a.value));
    })
    .slice(0, MAX_ASKS)
    .map((a) => ({ text: String(a.value), cite: a.cites[0] ?? '' }));
}

/** The lines of the chosen or pasted article that read as steps: long enough to compare. */
function articleLines(input: RenderInput): string[] {
  const chosen = (input.knowledge ?? []).flatMap((c) => (c.article.visibility === 'public' ? c.steps : []));
  const pasted = publishedArticleIds(input.evidence, input.sources);
  const lines = [...chosen, ...input.evidence.filter((e) => pasted.has(e.id)).map((e) => e.text)];
  return lines.filter((l) => contentWords(l).length >= MIN_STEP_WORDS);
}

/** Our public reply that repeats most of the words of a documented step. */
function readStepsGiven(input: RenderInput, ours: readonly Evidence[]): string | null {
  const steps = articleLines(input).map((l) => contentWords(l));
  for (const e of ours) {
    if (e.visibility !== 'public') continue;
    const said = new Set(contentWords(e.text));
    if (steps.some((w) => w.filter((x) => said.has(x)).length >= STEP_SHARE * w.length)) return e.id;
  }
  return null;
}

// what closes: "the links expire Friday", "backups are purged at 02:00", "the grace period lapses"
const CLOSES = new Set(['expire', 'lapse', 'purge']);
const POINT_IN_TIME = new Set(['time', 'date']);

/** "… run out this evening", "… stop being voidable around 19:05 tonight", "… is no longer refundable after Friday". */
function closesAt(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t) return false;
  // "no longer refundable" is negated by its own "no"; any other denied closing closes nothing
  if (t.normal === 'longer' && s.tokens[i - 1]?.normal === 'no')
    return s.tokens.slice(i + 1, i + 3).some((n) => n.pos === 'ADJ' && n.normal.endsWith('able'));
  if (t.negated) return false;
  // the tagger reads "lapses" after a noun as a noun too; "the purge", "0 expired" name or count, they close nothing
  if (CLOSES.has(t.lemma)) return !['DET', 'NUM', 'ADJ'].includes(s.tokens[i - 1]?.pos ?? 'DET');
  // "ran out of memory" is exhaustion, not a window
  if (t.lemma === 'run' && s.tokens[i + 1]?.normal === 'out') return s.tokens[i + 2]?.normal !== 'of';
  // "stop being voidable": what can be done stops being possible
  return (
    t.lemma === 'stop' &&
    s.tokens.slice(i + 1, i + 3).some((n) => n.pos === 'ADJ' && n.normal.endsWith('able'))
  );
}

/**
 * A window that closes at a stated time: a closing verb (expire, lapse, be purged, run out, stop
 * being -able, no longer -able) with a time or date in the same sentence; not a question or a condition.
 */
export function readsClosingWindow(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const times = s.entities.filter((e) => POINT_IN_TIME.has(e.type));
  // a timestamped log line ("2023-06-14 19:51:21 W … expires in …") reports, it sets no window
  if (times.length === 0 || s.tokens[0]?.pos === 'NUM') return false;
  return s.tokens.some((_, i) => closesAt(s, i));
}

/** The latest closing window in our side's words, else in the customer's (never a bot's, a log's, an article's or the draft's). */
function readClosingWindow(input: RenderInput): Cited | null {
  const articles = publishedArticleIds(input.evidence, input.sources);
  const drafts = new Set(draftEvidence(input.evidence, input.sources).map((e) => e.id));
  const said = input.evidence
    .filter(
      (e) =>
        e.author?.role !== 'bot' &&
        !NOT_WORDS.has(e.meta?.unit ?? '') &&
        !articles.has(e.id) &&
        !drafts.has(e.id),
    )
    .sort(byTime);
  // our side's reading of the window (often with the exact time) before the customer's
  let ours: Cited | null = null;
  let theirs: Cited | null = null;
  for (const e of said)
    for (const s of analyze(e.text).sentences) {
      if (!readsClosingWindow(s)) continue;
      if (e.author?.role === 'customer') theirs = { text: s.text, cite: e.id };
      else ours = { text: s.text, cite: e.id };
    }
  return ours ?? theirs;
}

// a due time read as the step's own limit ("by 2pm", "before the call"), not an event the step waits for
const STEP_LIMITS = new Set(['limit', 'need']);

/**
 * "Send Legal the facts by 2pm" read at 15:00: the step's own due time (an hour, said with a limit)
 * has passed at `asOf`, so it is no longer the move to make first: it was done, or it is late and the
 * thread says so elsewhere. A bare day ("by Friday") is not read: the day may still be running.
 */
export function dueTimePassed(text: string, said: string | null | undefined, asOf: string): boolean {
  const now = Date.parse(asOf);
  if (!said || Number.isNaN(now)) return false;
  return joinDayAndTime(text, resolveDates(text, said, false)).some(
    (d) => d.hasTime && d.date.getTime() < now && STEP_LIMITS.has(readsDueTime(text, d) ?? ''),
  );
}

/**
 * The latest step our side set itself in an internal message (a plan, a check, a promise, one asked
 * of a colleague) that no later message reports done and whose own due time has not passed at
 * `asOf`. Read from the newest message back with the later statements indexed, so a long thread
 * costs one pass and not one pass per step.
 */
function readOpenStep(ours: readonly Evidence[], asOf: string): Cited | null {
  const read = ours
    .filter((e) => e.visibility === 'internal')
    .map((e) => ({ e, sentences: analyze(e.text).sentences }));
  const later = new LaterStatements();
  for (let m = read.length - 1; m >= 0; m--) {
    const { e, sentences } = read[m] as (typeof read)[number];
    for (let k = sentences.length - 1; k >= 0; k--) {
      const s = sentences[k] as Sentence;
      const open = readStepStatements(s, 'note', 'ours').some((step) => !later.reportsDone(step));
      if (open && !dueTimePassed(s.text, e.at, asOf)) return { text: s.text, cite: e.id };
    }
    for (const s of sentences) later.add(s);
  }
  return null;
}

/** The thread's state as the first move reads it. */
export function readThreadState(input: RenderInput): ThreadState {
  const ours = ourMessages(input);
  return {
    fixInFlight: readFixInFlight(ours),
    plan: readPlan(ours),
    fixNamed: readFixNamed(ours),
    waitingOn: readWaiting(ours),
    openAsks: readOpenAsks(input, ours),
    stepsGivenIn: readStepsGiven(input, ours),
    closingWindow: readClosingWindow(input),
    openStep: readOpenStep(ours, input.asOf),
  };
}
