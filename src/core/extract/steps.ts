/**
 * @module The one reading of a step someone said they will take, and of whether a later statement
 * reports it done. Each sentence gives step statements: who takes the step (our side, the
 * customer, or a third party: another company or another team of ours), what it is (a verb
 * phrase), and its state (promised, planned, requested, in progress, refused). Later statements are
 * indexed once by their words ({@link LaterStatements}), so asking whether a step was done later
 * reads only the statements that share a word with it, never the whole rest of the thread.
 */
import { isPastForm, looksPast } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';
import { pastParticiple } from './past-participle.js';
import { actionEnd, readPlan } from './pending-plan.js';
import { readSteps } from './pending-step.js';
import { contentWords } from './text/content-words.js';
import { readThirdPartySteps } from './third-party-step.js';

export type StepParty = 'ours' | 'customer' | 'third-party';
export type StepState = 'promised' | 'planned' | 'requested' | 'in-progress' | 'refused';
/** Who wrote the sentence: our internal note, our reply to the customer, or the customer. */
export type StepVoice = 'note' | 'reply' | 'customer';

export interface StepStatement {
  readonly party: StepParty;
  /** who takes it, in the third person: "we", "the customer", "the bank", "Legal" */
  readonly who: string;
  /** another team of ours (Legal, Finance) */
  readonly internal: boolean;
  /** who takes it is more than one ("the carriers") */
  readonly plural?: boolean;
  /** the verb's lemma: "rerun" */
  readonly verb: string;
  /** the verb phrase in the base form: "rerun the export tonight" */
  readonly action: string;
  /** what follows the verb: "the export tonight" */
  readonly object: string;
  readonly state: StepState;
  /** its result is a finding (check, verify, investigate …) rather than a change */
  readonly check: boolean;
  /** a check's embedded question: "whether the crawler fetched their ids" (empty when none) */
  readonly clause: string;
  /** the verb as written when the sentence already has it done-shaped ("haven't re-added …") */
  readonly done?: string;
}

// telling, thanking and deciding are no step on the problem; asking for a fact ("can you confirm
// they're on Pro?") or relaying ("ask billing", "draft the reply") does no work on it either, nor
// does reading, finding or going somewhere ("please read the rules", "please find below")
const NOT_ASKED_STEPS = new Set(
  'tell reply answer inform let update write thank say quote promise approve decide confirm ask draft read find see go refer visit'.split(
    ' ',
  ),
);
const ASKING = new Set(['can', 'could', 'would']);
const OBJECT = new Set(['NOUN', 'PROPN', 'NUM']);
// a pronoun that points back at a thing named before ("check it"), not "anything"
const POINTER = new Set(['it', 'them', 'this', 'that', 'these', 'those']);
const OBJECT_REACH = 4;
const AFTER_VERB = new Set(['DET', 'ADV', 'ADP', 'PART']);

/** The verb at `k` when it names something to do on the problem and acts on something, else -1. */
function doingAt(tokens: readonly Token[], k: number): number {
  const verb = tokens[k];
  if (!verb || verb.negated || verb.normal !== verb.lemma || NOT_ASKED_STEPS.has(verb.lemma)) return -1;
  // the tagger may read an unfamiliar verb as a noun ("please re-run the export")
  const verbal = verb.pos === 'VERB' || (verb.pos === 'NOUN' && AFTER_VERB.has(tokens[k + 1]?.pos ?? ''));
  // it acts on something named before any clause of its own ("review before anything goes out" names nothing)
  const rest = tokens.slice(k + 1, k + 1 + OBJECT_REACH);
  const until = rest.findIndex((t) => t.pos === 'SCONJ' || t.pos === 'PUNCT');
  const acted = (until < 0 ? rest : rest.slice(0, until)).some(
    (t) => OBJECT.has(t.pos) || POINTER.has(t.normal),
  );
  return verbal && acted ? k : -1;
}

/** "Wei: can you pull the API logs …?", "please check the worker logs": a colleague asked to do something. */
function askedOfColleague(s: Sentence): StepStatement | null {
  if (s.conditional) return null;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i] as Token;
    const v =
      ASKING.has(x.normal) && t[i + 1]?.normal === 'you'
        ? doingAt(t, i + 2)
        : x.normal === 'please'
          ? doingAt(t, i + 1)
          : -1;
    if (v < 0) continue;
    const end = actionEnd(t, v + 1);
    const text = (a: number, b: number): string =>
      b <= a ? '' : s.text.slice((t[a]?.start ?? 0) - s.start, (t[b - 1]?.end ?? 0) - s.start).trim();
    const verb = (t[v] as Token).lemma;
    const object = text(v + 1, end);
    return {
      party: 'ours',
      who: 'we',
      internal: false,
      verb,
      action: `${verb} ${object}`.trim(),
      object,
      state: 'requested',
      check: false,
      clause: '',
    };
  }
  return null;
}

const going = (s: Sentence): boolean => s.tokens.some((t) => t.normal === 'going' || t.normal === 'gonna');
const ongoing = (s: Sentence, verb: string): boolean =>
  s.tokens.some((t) => t.normal.endsWith('ing') && t.normal.startsWith(verb.slice(0, -1)));

/** Our side's own step in `s` (a plan, a check, a promise, or one asked of a colleague), or null. */
function oursIn(s: Sentence, voice: StepVoice): StepStatement | null {
  const plan = readPlan(s);
  if (plan) {
    const state: StepState = going(s) ? 'planned' : ongoing(s, plan.verb) ? 'in-progress' : 'promised';
    return {
      party: 'ours',
      who: 'we',
      internal: false,
      verb: plan.verb,
      action: plan.action,
      object: plan.object,
      state,
      check: plan.kind === 'check',
      clause: plan.clause,
    };
  }
  return voice === 'note' ? askedOfColleague(s) : null;
}

/**
 * The step statements of `s` (those of one party with `only`), by who says it: our side's plans, checks, promises and asks of a
 * colleague (our voice only), the steps left with the customer or promised by them, and the steps
 * a third party has ahead of it.
 */
export function readStepStatements(s: Sentence, voice: StepVoice, only?: StepParty): StepStatement[] {
  // each sentence is read once per voice, whichever reader of the thread asks first
  let byVoice = READ.get(s);
  if (!byVoice) {
    byVoice = new Map();
    READ.set(s, byVoice);
  }
  let all = byVoice.get(voice);
  if (!all) {
    all = readAll(s, voice);
    byVoice.set(voice, all);
  }
  return only === undefined ? all : all.filter((step) => step.party === only);
}

const READ = new WeakMap<Sentence, Map<StepVoice, StepStatement[]>>();

function readAll(s: Sentence, voice: StepVoice): StepStatement[] {
  if (s.question || s.text.trim().endsWith('?')) {
    // "can you pull the API logs?" asks a colleague: the one question that is a step
    const asked = voice === 'note' ? askedOfColleague(s) : null;
    return asked ? [asked] : [];
  }
  const out: StepStatement[] = [];
  const ours = voice === 'customer' ? null : oursIn(s, voice);
  if (ours) out.push(ours);
  for (const step of readSteps(s, voice)) {
    // the customer's own "I will recreate the container" is promised; ours to them is requested
    out.push({
      party: 'customer',
      who: 'the customer',
      internal: false,
      verb: step.verb,
      action: `${step.verb} ${step.object}`.trim(),
      object: step.object,
      state: voice === 'customer' ? 'promised' : 'requested',
      check: false,
      clause: '',
      ...(step.done ? { done: step.done } : {}),
    });
  }
  for (const step of readThirdPartySteps(s))
    out.push({
      party: 'third-party',
      who: step.who,
      internal: step.internal,
      plural: step.plural,
      verb: step.verb,
      action: `${step.verb} ${step.object}`.trim(),
      object: step.object,
      state: step.state,
      check: false,
      clause: '',
    });
  return out;
}

/** "Has the bank released the hold?", "Has the customer added the 2 records back?" */
export function hasTakenQuestion(step: StepStatement): string {
  return `${step.plural ? 'Have' : 'Has'} ${step.who} ${step.done ?? pastParticiple(step.verb)} ${step.object}?`;
}

// a step reported through: "finished", "completed"; our own check or plan also by its result
// ("confirmed", "failed"); "done", "worked", "fixed" are generic and say it only in a sentence that
// denies nothing ("we never touched it, it worked for 2 years" is history)
const COMPLETION = new Set(['finish', 'complete', 'succeed']);
const RESULT = new Set(['confirm', 'verify', 'check', 'fail']);
const GENERIC = new Set(['do', 'work', 'fix']);
const AHEAD = new Set(['will', "'ll", 'shall', 'gonna']);
const ZERO = new Set(['0', 'zero', 'no', 'none']);
// "Done.", "Rebuilt it.": a report short enough to be about the step just before it
const SHORT = 3;

/** What a later statement says, read once. */
interface Said {
  readonly s: Sentence;
  /** a statement of what happened: no question, nothing ahead */
  readonly statement: boolean;
  /** lemmas the statement has in the past, not denied */
  readonly past: ReadonlySet<string>;
  /** those past forms as written: "re-weighed", found by a step's participle when the tagger knows no lemma */
  readonly pastForms: ReadonlySet<string>;
  /** a past-tense verb as the predicate ("pulled the logs"), not a participle after an auxiliary */
  readonly reports: boolean;
  readonly words: ReadonlyMap<string, number>;
  /** its content words and its words as written, lower-cased: what it is found by */
  readonly keys: readonly string[];
  readonly short: boolean;
}

// a statement is read once, whichever index of the thread holds it first
const SAID = new WeakMap<Sentence, Said>();

function readSaid(s: Sentence): Said {
  const known = SAID.get(s);
  if (known) return known;
  const tokens = s.tokens;
  const ahead = tokens.some(
    (t, i) => AHEAD.has(t.normal) || (t.normal === 'going' && tokens[i + 1]?.normal === 'to'),
  );
  const past = new Set<string>();
  const pastForms = new Set<string>();
  let reports = false;
  for (const [i, t] of tokens.entries()) {
    if (t.negated || !looksPast(t)) continue;
    past.add(t.lemma || t.normal);
    pastForms.add(t.normal);
    if (isPastForm(t) && tokens[i - 1]?.pos !== 'AUX') reports = true;
  }
  const words = new Map<string, number>();
  for (const w of contentWords(s.text)) words.set(w, (words.get(w) ?? 0) + 1);
  const keys = new Set(words.keys());
  for (const t of tokens) if (t.kind === 'word') keys.add(t.normal);
  const said: Said = {
    s,
    keys: [...keys],
    statement: !s.question && !s.text.trim().endsWith('?') && !ahead,
    past,
    pastForms,
    reports,
    words,
    short: tokens.filter((t) => t.pos !== 'PUNCT').length <= SHORT,
  };
  SAID.set(s, said);
  return said;
}

/**
 * The statement has `verb` (a lemma) in the past: by the lemma the analyser gives, or, for a verb it
 * does not know ("re-weighed" stays unlemmatised), by the verb's past participle as written.
 */
const didStep = (later: Said, verb: string): boolean =>
  later.past.has(verb) || later.pastForms.has(pastParticiple(verb));

/**
 * True when `later` reports `step` done: a statement (no question, nothing ahead) with the step's
 * verb or a completion word in the past that shares a word of the step (or is as short as "Done."),
 * or with any past verb and two of the step's words; our own checks and plans are also answered by
 * a statement of two words of what they name, and a check by a denial of it ("zero 429s").
 */
function reportsDone(later: Said, step: StepStatement): boolean {
  if (!later.statement) return false;
  const named = contentWords(step.action);
  let shared = 0;
  for (const w of new Set(named)) shared += later.words.get(w) ?? 0;
  const generic = later.s.negators.length === 0 && [...GENERIC].some((g) => later.past.has(g));
  const done =
    didStep(later, step.verb) ||
    generic ||
    [...COMPLETION].some((c) => later.past.has(c)) ||
    (step.party === 'ours' && [...RESULT].some((c) => later.past.has(c)));
  if (done && (shared > 0 || later.short || named.length === 0)) return true;
  // the rest reads our side's own steps: any report with two of their words, a result of what they name
  if (step.party !== 'ours') return false;
  if (later.reports && later.s.negators.length === 0 && shared >= 2) return true;
  if (step.state === 'requested') return false;
  const asked = new Set(contentWords(step.object));
  const need = Math.min(2, asked.size);
  if (need > 0 && [...asked].filter((w) => later.words.has(w)).length >= need) return true;
  // a check answered with a denial or a count of none: "Not quota – zero 429s in the last 48h"
  const tokens = later.s.tokens;
  return (
    step.check &&
    tokens.some(
      (t, i) =>
        t.pos === 'NOUN' && asked.has(t.normal) && (t.negated || ZERO.has(tokens[i - 1]?.normal ?? '')),
    )
  );
}

/**
 * The statements said after some point of a thread, indexed by their words as they are added (from
 * the newest back), so whether something is settled later reads only the statements that share a
 * word with it (and the short ones, "Done."), not every later sentence.
 */
export class LaterStatements {
  private readonly said: Said[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly shortOnes: number[] = [];

  private readonly added: Sentence[] = [];

  /** Adds a statement said after every one asked about from now on (read only once something is asked). */
  add(s: Sentence): void {
    this.added.push(s);
  }

  // statements are read and indexed when first asked about: a thread with nothing pending reads none
  private index(): void {
    for (let k = this.said.length; k < this.added.length; k++) {
      const s = this.added[k] as Sentence;
      const said = readSaid(s);
      this.said.push(said);
      // a question settles nothing in any reader: it is not found by its words
      if (s.question) continue;
      for (const key of said.keys) {
        const list = this.byWord.get(key);
        if (list) list.push(k);
        else this.byWord.set(key, [k]);
      }
      if (said.short) this.shortOnes.push(k);
    }
  }

  /** Whether a statement holding one of `keys` (or a short one, with `short`) passes `test`. */
  some(keys: Iterable<string>, test: (s: Sentence) => boolean, short = false): boolean {
    return this.find(keys, (said) => test(said.s), short);
  }

  /** Whether a later statement reports `step` done. */
  reportsDone(step: StepStatement): boolean {
    const keys = [...contentWords(step.action), step.verb, pastParticiple(step.verb)];
    return this.find(keys, (said) => reportsDone(said, step), true);
  }

  private find(keys: Iterable<string>, test: (said: Said) => boolean, short: boolean): boolean {
    this.index();
    const seen = new Set<number>();
    const check = (id: number): boolean => {
      if (seen.has(id)) return false;
      seen.add(id);
      return test(this.said[id] as Said);
    };
    for (const k of keys) for (const id of this.byWord.get(k.toLowerCase()) ?? []) if (check(id)) return true;
    if (short) for (const id of this.shortOnes) if (check(id)) return true;
    return false;
  }
}
