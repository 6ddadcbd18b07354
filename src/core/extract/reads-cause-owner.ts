/**
 * @module Whose side one sentence puts the cause on. Ours: a fault owned in the first person ("my
 * mistake", "our bug", "a regression in our 4.2 release"), the problem placed with us ("the cause
 * is on our side", "that's on us"), or a change of ours, or we ourselves, as the agent of the
 * breakage ("our update cut the feed", "we broke the export"). Theirs: the problem owned by the
 * other side ("the remaining breakage is theirs"). Read from structure — possessor, the noun it
 * owns, the verb and its subject — with negation respected ("not our bug", "nothing on our side");
 * the caller gives only a sentence of ours that is no question, hedge, condition or someone else's
 * reported words.
 */
import { isDenied } from '../language/polarity.js';
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';

export type CauseOwner = 'ours' | 'theirs';

export interface CauseOwnerReading {
  readonly owner: CauseOwner;
  readonly rule: string;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// what a fault is called when someone owns it: "my mistake", "our bug" (not "error": "my error"
// is as often the error message someone gets)
const FAULT = set('fault bug defect regression mistake');
// what a problem is called when it is placed on a side: "the cause is on our side"
const PROBLEM = set('fault bug defect regression mistake error cause issue problem failure breakage culprit');
// "that's on us", "this one is on our side"
const DEICTIC = set('it this that');
const OUR = set('our my');
const OUR_ONLY = set('bug defect');
const OURS = set('ours mine');
const THEIRS = set('theirs yours');
const SIDE = set('side end');
// what we ship or run, as the agent of a breakage: "our update cut …", "caused by our deploy"
const CHANGE = set(
  'release update deploy deployment upgrade migration change changelist commit fix patch build firmware version code rollout script job',
);
// verbs by which something breaks something else
const BREAK = set('break cause introduce cut drop remove delete corrupt overwrite wipe disable');
const WE = set('we i');
const WE_BREAK = set('break cause introduce');
const NOTHING = set('nothing anything');
const SKIP = set('AUX ADV PART');
// the words of a short phrase after a subject: "on Monday", "in May", "to the EU tenants"
const PHRASE = set('ADP DET NUM PROPN NOUN');
// a fault noun ends its phrase when what follows is no word of the phrase: "our bug.", "my mistake
// in …", "our fault, sorry" — not "our bug tracker" nor "our error logs" (a noun, often tagged a verb)
const AFTER_HEAD = set('PUNCT ADP AUX CCONJ SCONJ PART');

const affirmed = (s: Sentence, ...at: number[]): boolean => at.every((i) => !isDenied(s, i));

// "It's my mistake", "my fault, sorry", "that was our bug": one fault owned by us, said as the
// sentence's point (after "be", or opening it), not "fixing my bug" nor "my worst mistakes"; "my
// bug" is as often the bug someone works on, so a bug or defect is owned only as "our"
function ownedFault(s: Sentence, t: readonly Token[], i: number): boolean {
  const k = t[i] as Token;
  if (OUR.has(k.normal)) {
    let before = i - 1;
    while (before >= 0 && (t[before]?.pos === 'ADV' || t[before]?.pos === 'PART')) before--;
    if (before >= 0 && t[before]?.lemma !== 'be') return false;
    for (let j = i + 1; j < t.length && j <= i + 3; j++) {
      const w = t[j] as Token;
      if (FAULT.has(w.lemma)) {
        const owned = k.normal === 'our' || !OUR_ONLY.has(w.lemma);
        return owned && w.normal === w.lemma && AFTER_HEAD.has(t[j + 1]?.pos ?? 'PUNCT') && affirmed(s, i, j);
      }
      // a modifier comes before its noun: "my experience real bugs" is two phrases
      if (w.pos === 'ADJ' && t[j - 1]?.pos === 'NOUN') return false;
      if (w.pos === 'PUNCT' || (w.pos === 'VERB' && j > i + 1)) return false;
    }
    return false;
  }
  return (
    OURS.has(k.normal) && t[i - 1]?.normal === 'of' && FAULT.has(t[i - 2]?.lemma ?? '') && affirmed(s, i - 2)
  );
}

// the noun or pronoun a predicate at `at` ("is on us", "is theirs") says something of
function subjectBefore(t: readonly Token[], at: number): Token | null {
  let j = at - 1;
  while (j >= 0 && SKIP.has(t[j]?.pos ?? '')) j--;
  if (j === at - 1 || (t[j + 1] as Token).lemma !== 'be') {
    // a fault noun right before the place: "an issue on our side", "a bug on our end"
    return j === at - 1 && PROBLEM.has(t[j]?.lemma ?? '') ? (t[j] as Token) : null;
  }
  // "this one is on us": the pronoun the "one" stands with
  const subject = t[j]?.normal === 'one' && DEICTIC.has(t[j - 1]?.normal ?? '') ? t[j - 1] : t[j];
  return subject && (subject.pos === 'NOUN' || subject.pos === 'PRON' || DEICTIC.has(subject.normal))
    ? subject
    : null;
}

// "the cause is on our side", "that's on us", "an issue on our end", "the bug is ours"; with
// `deictic`, also "it's ours", "this one is ours": the pronoun standing for the matter at hand
function placedWithUs(s: Sentence, t: readonly Token[], i: number, deictic = false): boolean {
  const k = t[i] as Token;
  const onUs =
    k.normal === 'on' &&
    (t[i + 1]?.normal === 'us' || (OUR.has(t[i + 1]?.normal ?? '') && SIDE.has(t[i + 2]?.lemma ?? '')));
  if (!onUs && !OURS.has(k.normal)) return false;
  const subject = subjectBefore(t, i);
  if (!subject) return false;
  const placed = PROBLEM.has(subject.lemma) || ((onUs || deictic) && DEICTIC.has(subject.normal));
  return placed && affirmed(s, i, t.indexOf(subject));
}

// "our update cut the feed", "caused by our deploy", "we broke the export"
function brokenByUs(s: Sentence, t: readonly Token[], i: number): boolean {
  const k = t[i] as Token;
  if (!BREAK.has(k.lemma) || k.pos !== 'VERB') return false;
  // "we broke nothing"; "I broke into the debugger" goes somewhere, it breaks nothing
  if (NOTHING.has(t[i + 1]?.normal ?? '') || t[i + 1]?.normal === 'into' || !affirmed(s, i)) return false;
  // a passive with our change or mistake as its agent: "caused by our 4.2 release"
  if (t[i + 1]?.normal === 'by' && OUR.has(t[i + 2]?.normal ?? ''))
    return t.slice(i + 3, i + 6).some((w) => CHANGE.has(w.lemma) || FAULT.has(w.lemma));
  let j = i - 1;
  while (j >= 0 && SKIP.has(t[j]?.pos ?? '')) j--;
  const subject = t[j];
  if (!subject) return false;
  const be = t.slice(j + 1, i).some((w) => w.lemma === 'be');
  const ing = k.normal.endsWith('ing');
  // "my change is caused by the VPN": a passive's subject is what was done to, not the agent; a
  // bare "-ing" ("my code effectively disabling the test") is no statement, "we are causing" is
  if (be !== ing) return false;
  // "we broke the export", "we've introduced a regression": done, not planned ("we will remove
  // the duplicates"); our removing or deleting something is as often a remedy as a fault
  // "we introduced a regression", not "we introduced a new framework"
  if (WE.has(subject.normal))
    return (
      WE_BREAK.has(k.lemma) &&
      (isPastForm(k) || t.slice(j + 1, i).some((w) => w.lemma === 'have')) &&
      (k.lemma !== 'introduce' || t.slice(i + 1, i + 4).some((w) => PROBLEM.has(w.lemma)))
    );
  // "our update cut …", "our 4.2 release broke …", "our patch on Monday cut …": a change of ours as
  // the subject, a short phrase of time or place between
  let c = j;
  while (c > j - 4 && c > 0 && !CHANGE.has(t[c]?.lemma ?? '') && PHRASE.has(t[c]?.pos ?? '')) c--;
  if (!CHANGE.has(t[c]?.lemma ?? '') && !CHANGE.has(t[c]?.normal ?? '')) return false;
  for (let o = c - 1; o >= 0 && o >= c - 3; o--) {
    if (OUR.has(t[o]?.normal ?? '')) return affirmed(s, o);
    if (t[o]?.pos === 'PUNCT' || t[o]?.pos === 'VERB') return false;
  }
  return false;
}

// "a regression in our 4.2 release", "a bug in our code": a fault that sits in what we ship
function faultInOurs(s: Sentence, t: readonly Token[], i: number): boolean {
  const k = t[i] as Token;
  if (!FAULT.has(k.lemma) || k.lemma === 'error' || k.pos !== 'NOUN') return false;
  const by = t[i + 1]?.normal;
  if ((by !== 'in' && by !== 'from') || !OUR.has(t[i + 2]?.normal ?? '')) return false;
  // "a regression from my bug fix", not "a mistake from our partner": from a change of ours
  if (by === 'from' && !t.slice(i + 3, i + 6).some((w) => CHANGE.has(w.lemma))) return false;
  return affirmed(s, i);
}

// "the remaining breakage is theirs", "the rest of the problem is yours"
function placedWithThem(s: Sentence, t: readonly Token[], i: number): boolean {
  if (!THEIRS.has((t[i] as Token).normal)) return false;
  const subject = subjectBefore(t, i);
  return subject !== null && PROBLEM.has(subject.lemma) && affirmed(s, i, t.indexOf(subject));
}

// "I thought I had broken this, but …": a belief held once, which the sentence goes on to drop
const BELIEVING = set('think believe assume suppose');
const heldOnce = (t: readonly Token[], i: number): boolean =>
  t.slice(0, i).some((w) => BELIEVING.has(w.lemma) && isPastForm(w));

/** Whose side the sentence places the cause on, and the rule that read it; null when it places none. */
export function readsCauseOwner(s: Sentence): CauseOwnerReading | null {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (heldOnce(t, i)) return null;
    if (ownedFault(s, t, i)) return { owner: 'ours', rule: 'our-fault' };
    if (placedWithUs(s, t, i)) return { owner: 'ours', rule: 'cause-on-our-side' };
    if (brokenByUs(s, t, i)) return { owner: 'ours', rule: 'broken-by-us' };
    if (faultInOurs(s, t, i)) return { owner: 'ours', rule: 'fault-in-ours' };
    if (placedWithThem(s, t, i)) return { owner: 'theirs', rule: 'cause-on-their-side' };
  }
  return null;
}

/**
 * "It's ours.", "Eng confirms the bug is ours", "This one is ours, not theirs": our side owning the
 * fault beside a reading of it. A pronoun owned ("it's ours") stands for the matter the thread is
 * about, so it counts here, where a stated reading of the cause is at hand; never a duty ("ours to
 * fix"), nor a question, hedge or condition.
 */
export function readsOwnership(s: Sentence): boolean {
  if (s.question || s.hedged || s.conditional) return false;
  const t = s.tokens;
  return t.some((k, i) => k.normal === 'ours' && t[i + 1]?.normal !== 'to' && placedWithUs(s, t, i, true));
}
