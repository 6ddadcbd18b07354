/**
 * @module Our side's own severity call: "treat as P1", "Declaring SEV1", "This is critical",
 * "Severity 1, 31 tenants …", "sev 2 for now", "marking it high priority", or an agent changing the
 * ticket's priority field ("Priority changed: normal → high"; the field's top step reads as High,
 * see deriveStatedSeverity). Read from structure: a severity
 * code by its shape (P0–P4, Sev0–Sev4, "severity 1"), or a level word (critical, urgent, high, low …)
 * where it rates the case — after a priority or severity label, before one, as the predicate of
 * "this/it/the ticket is …", or after "treat/mark/raise … as/to". "Critical alerts", "a critical
 * section", "it's critical that we reply today" and "top priority" rate nothing. Our staff only: the
 * customer's "urgent!!" is their tone, and a ticket field nobody of ours set may be stale.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext, Item } from './context.js';
import { isOurs } from './derive-assessment.js';
import { isVerbIn } from './derive-our-routing.js';
import { speaksForItself } from './read-assessment.js';

/** The level our side gave the case, in the common four-step scale. */
export type StatedSeverity = 'critical' | 'high' | 'medium' | 'low';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// the usual scales: P0/P1 and Sev0/Sev1 are the top step; Jira's blocker and highest too
const LEVELS: ReadonlyMap<string, StatedSeverity> = new Map([
  ...[...set('critical urgent blocker highest')].map((w) => [w, 'critical'] as const),
  ['high', 'high'],
  ...[...set('medium normal')].map((w) => [w, 'medium'] as const),
  ...[...set('low lowest minor trivial')].map((w) => [w, 'low'] as const),
]);
const BY_NUMBER: readonly StatedSeverity[] = ['critical', 'critical', 'high', 'medium', 'low'];
// "P1", "SEV-2": a code by its shape
const CODE_PREFIX = set('p sev');
const LABEL = set('priority severity sev pri prio');
// what may stand between a label and its value: "Priority changed: normal → urgent", "severity is 1"
const BETWEEN = set('changed change set raised lowered moved updated from to is was now as be : - → =');
// a level word as a predicate rates the case only for the top step: "it's high" may be a reading
const PREDICATE = set('critical urgent blocker');
const SUBJECT = set('this it that');
// what a level word may head and still rate the case: "a critical issue", not "critical alerts"
const CASE_NOUN = set('issue incident case ticket problem bug escalation outage');
// rating verbs: "treat this as urgent", "Marking as a P1", "Bumping this to P1", "call this a P1"
const RATE = set(
  'treat mark flag rate classify raise bump upgrade downgrade declare escalate put make call label',
);
// what may stand between a rating verb and the level: "marking it as a", "bumping this one to"
const RATE_GAP = set('it this that the case ticket issue one as to a an');
// what may follow a code or a level and leave it the case's: "P1 since …", "[P1]", "sev 2 for now"
const ENDS = set('PUNCT ADP SCONJ CCONJ');
const POSSESSIVE = set('our my your their its');

// "p1", "sev1", "sev-2" → the level; a plural ("three P1s open") or any other shape is none
function codeLevel(t: Token | undefined): StatedSeverity | null {
  const m = t ? /^([a-z]+)-?(\d)$/.exec(t.normal) : null;
  if (!m || !CODE_PREFIX.has(m[1] ?? '')) return null;
  return BY_NUMBER[Number(m[2])] ?? null;
}

// a number, a code or a level word as a label's value: "severity 1", "Priority: urgent", "Priority P2"
function valueLevel(t: Token): StatedSeverity | null {
  if (t.pos === 'NUM') return t.normal.length === 1 ? (BY_NUMBER[Number(t.normal)] ?? null) : null;
  return codeLevel(t) ?? LEVELS.get(t.normal) ?? null;
}

// the level stands alone: nothing after it that it would qualify ("low refresh rate", "high enough")
const standsAlone = (t: readonly Token[], i: number): boolean => {
  const next = t[i + 1];
  if (!next || ENDS.has(next.pos) || LABEL.has(next.normal) || CASE_NOUN.has(next.lemma)) return true;
  // "a P3 now", "low priority anyway"; not "high enough"
  return next.pos === 'ADV' && next.normal !== 'enough';
};

// "Priority changed: normal → urgent": the last value in the run after the label is the one now
function afterLabel(t: readonly Token[], i: number): { level: StatedSeverity; at: number } | null {
  let found: { level: StatedSeverity; at: number } | null = null;
  for (let j = i + 1; j < t.length && j <= i + 6; j++) {
    const k = t[j];
    if (!k) break;
    const level = valueLevel(k);
    if (level && standsAlone(t, j)) found = { level, at: j };
    else if (!level && !BETWEEN.has(k.normal)) break;
  }
  return found;
}

// "high priority", "critical-severity": the label ends the phrase ("high priority customers",
// "a low-priority update" rate other things) unless it names the case ("a high priority issue");
// "our highest priority", like "a top priority", reassures the customer and rates nothing
function beforeLabel(t: readonly Token[], i: number): StatedSeverity | null {
  const level = LEVELS.get(t[i]?.normal ?? '');
  if (!level || POSSESSIVE.has(t[i - 1]?.normal ?? '')) return null;
  const label = t[i + 1]?.text === '-' ? i + 2 : i + 1;
  return LABEL.has(t[label]?.normal ?? '') && standsAlone(t, label) ? level : null;
}

// "This is critical", "it's a P1", "it's a critical incident"; not "it's critical that/to …"
function predicate(t: readonly Token[], i: number, level: StatedSeverity, code: boolean): boolean {
  if (!code && !PREDICATE.has(t[i]?.normal ?? '')) return false;
  let b = i - 1;
  if (t[b]?.pos === 'DET') b--;
  // "it's critical that we reply today", "critical to get right": the urgency of an act, not a rating
  const next = t[i + 1]?.normal;
  if (!code && (next === 'that' || next === 'to')) return false;
  return t[b]?.lemma === 'be' && SUBJECT.has(t[b - 1]?.normal ?? '') && level !== null;
}

// "treat", "Marking", and a sentence-initial "Downgrading" the tagger reads as a name; not "the rate"
const isRateVerb = (k: Token): boolean => k.pos !== 'NOUN' && (RATE.has(k.lemma) || isVerbIn(k, RATE));

// "treat this as urgent", "Marking as a P1", "Bumping this to P1", "Declaring SEV1", "call this a P1"
function rated(t: readonly Token[], i: number): boolean {
  for (let v = i - 1; v >= 0 && v >= i - 5; v--) {
    const k = t[v];
    if (!k) return false;
    if (isRateVerb(k)) return true;
    if (!RATE_GAP.has(k.normal)) return false;
  }
  return false;
}

// "P1 since this shouldn't have gone in", "[P1] edge-syd-3 …": a code heading the sentence, as a
// tag or with its reason; "p1, st, err = …" lists variables
const HEAD_END = set('] ) : since because as');
const heads = (t: readonly Token[], i: number): boolean =>
  t.slice(0, i).every((k) => k.pos === 'PUNCT') &&
  (i + 1 >= t.length || HEAD_END.has(t[i + 1]?.normal ?? ''));

/** The level one sentence gives the case, or null when it rates nothing (or says no to a rating). */
export function readStatedSeverity(s: Sentence): StatedSeverity | null {
  if (s.question || s.conditional) return null;
  const t = s.tokens;
  let stated: StatedSeverity | null = null;
  for (let i = 0; i < t.length; i++) {
    const k = t[i];
    if (!k) continue;
    let level: StatedSeverity | null = null;
    let at = i;
    const code = codeLevel(k);
    if (LABEL.has(k.normal)) {
      const value = afterLabel(t, i);
      if (value) ({ level, at } = value);
    } else if (code) {
      // a code by itself may be a part, a variable or a CPU ("P4 2.8GHz", "p1 = …"): only where it rates
      if (standsAlone(t, i) && (rated(t, i) || predicate(t, i, code, true) || heads(t, i))) level = code;
    } else {
      const word = LEVELS.get(k.normal) ?? null;
      level = beforeLabel(t, i);
      if (!level && word && standsAlone(t, i) && (predicate(t, i, word, false) || rated(t, i))) level = word;
    }
    if (!level || k.negated || isDenied(s, i) || isDenied(s, at)) continue;
    stated = level;
    if (at > i) i = at;
  }
  return stated;
}

export interface StatedSeveritySignal {
  readonly value: StatedSeverity | 'none';
  /** evidence ids of our sentences (or field changes) that give this level, the latest call */
  readonly cites: readonly string[];
  readonly traces: readonly Trace[];
}

// an agent setting the ticket's priority: "Priority changed: normal → urgent"
const setsPriority = (i: Item): boolean => i.unit === 'field' && i.isStaff && i.ev.meta?.field === 'priority';

/**
 * The severity our side gave the case as the thread stands: the latest call wins ("Sev1" then
 * "down to Sev3 now the workaround holds" is medium). Our staff's statements (not a question, a
 * condition, a doubt or someone else's words) and our staff's changes to the priority field.
 */
export function deriveStatedSeverity(ctx: ExtractContext): StatedSeveritySignal {
  let value: StatedSeveritySignal['value'] = 'none';
  let traces: Trace[] = [];
  for (const item of ctx.items) {
    const field = setsPriority(item);
    if (!field && !isOurs(item)) continue;
    item.analyzed.forEach((sentence, index) => {
      if (!field && !speaksForItself(sentence)) return;
      let level = readStatedSeverity(sentence);
      if (!level) return;
      // a help desk's priority field orders the queue: its top step ("urgent") says answer first,
      // not that the impact is critical, so it reads as High and leaves a spoken Critical standing
      if (field && level === 'critical') {
        if (value === 'critical') return;
        level = 'high';
      }
      if (level !== value) traces = [];
      value = level;
      traces.push({
        mechanism: field ? 'field' : 'structure',
        rule: 'stated-severity',
        evidence: item.id,
        sentence: item.sentences[index] ?? sentence.text,
      });
    });
  }
  const kept = traces.slice(-5);
  return { value, cites: [...new Set(kept.map((t) => t.evidence))], traces: kept };
}
