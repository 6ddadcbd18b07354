/**
 * @module What one sentence of ours assesses: handle in support, not a defect, customer-side,
 * documented, resolved — or that it is a defect after all. Read from structure (negation scope,
 * subject, modality), with a few general words per assessment, never from one case's phrasing.
 */
import { findWord, isDenied } from '../language/polarity.js';
import { isHedgeWord } from '../language/read-sentence.js';
import { isPastForm, looksPast } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';
import type { Assessment } from '../model/signals.js';
import { readsCauseOwner } from './reads-cause-owner.js';
import { wayRoundCue } from './reads-way-round.js';

export { ASSESSMENTS, type Assessment } from '../model/signals.js';

/** A sentence's reading: the assessment (or 'defect': our side says it is one) and the rule. */
export interface AssessmentReading {
  readonly value: Exclude<Assessment, 'none'> | 'defect';
  readonly rule: string;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const DEFECT = set('bug defect regression');
const ESCALATION = set('escalate escalation engineering eng dev devs developer developers');
const HANDLE = set('handle keep solve settle answer deal');
const SUPPORT = set('support l1 l2');
const DESIGNED = set('design intend expect document');
const OWNERS = set('customer client their your');
const SIDE = set('side end');
const FAULT = set('issue bug problem fault defect error regression');
const LOCATING = set('in with');

/**
 * "an issue in the latest firmware that stops alarms reaching your receiver": the sentence already
 * put the fault in something not theirs before it names their part.
 */
function faultPlacedBefore(t: readonly Token[], owner: number): boolean {
  for (let i = 0; i + 2 < owner; i++) {
    if (!FAULT.has(t[i]?.lemma ?? '') || !LOCATING.has(t[i + 1]?.normal ?? '')) continue;
    const next = t[i + 2]?.pos === 'DET' ? t[i + 3] : t[i + 2];
    if (next && !OWNERS.has(next.normal)) return true;
  }
  return false;
}
const THEIR_PART = set(
  'config configuration setup setting settings dns certificate cert firewall proxy network environment change receiver server',
);
const LIMITATION = set('limitation how-to howto');
const TELLING = set('described explained outlined documented stated covered specified');
const DOCS = set('doc docs documentation guide article manual faq handbook reference kb');
const FIXED = set('resolve fix recover restore mitigate');
const NOT_YET = set('will shall would should can could once until when after since before');
const ONGOING = set('still but');
const REPORTING = set('say claim insist think believe feel report tell ask');
const OURS = set('we i');
const EVIDENTIAL = set('show indicate suggest confirm mention list');
const PARTITIVE = set('one some any of a an the');
// passing something on, beside REPORTING and EVIDENTIAL: "raised by", "escalated by their admin"
const SPEAKING = set('raise flag send open submit escalate notice email forward request log file');
const UNDONE = set('will would should must need needs');
const NOUN_PHRASE = set('NOUN PROPN ADJ VERB');

const words = (s: Sentence): Token[] => s.tokens.filter((t) => t.kind === 'word');

/** "The customer says this is not a bug": someone else's words, not our assessment. */
// a modal or a hedge ("might be their DNS", "probably not a bug"); "seems to be" is a polite
// assertion in a maintainer's reply, not doubt
const DOUBT = set(
  'might may could maybe perhaps possibly probably likely unlikely guess suspect wonder supposedly apparently reportedly',
);
const doubts = (s: Sentence): boolean =>
  s.hedged && s.tokens.some((t) => (DOUBT.has(t.normal) || DOUBT.has(t.lemma)) && isHedgeWord(t));

// "The customer says this is not a bug", "status page says resolved": someone else's words; "…,
// their developer says so" only agrees with what the sentence already stated
function reportingAt(s: Sentence): number {
  const ws = words(s);
  const at = ws.findIndex(
    (t, i) =>
      REPORTING.has(t.lemma) &&
      t.pos === 'VERB' &&
      i > 0 &&
      !OURS.has(ws[i - 1]?.normal ?? '') &&
      ws[i + 1]?.normal !== 'so',
  );
  return at < 0 ? -1 : s.tokens.indexOf(ws[at] as Token);
}

function reportsOthers(s: Sentence): boolean {
  return reportingAt(s) >= 0;
}

// where one clause ends and the next begins: "…, so this stays with support: Ana tells them …"
const CLAUSE_JOIN = set(', ; : — – and so but then');

/**
 * The part of the sentence that speaks for its writer: the words reported ("the customer says it
 * is a bug") are someone else's, but the clauses before the reporting verb's own clause are ours
 * ("Nothing to escalate, so Ana tells them the steps"). A reporting verb at the end ("…, the
 * customer says") reports the whole sentence. Null when no part of it is ours.
 */
function ownPart(s: Sentence): Sentence | null {
  if (s.question || doubts(s)) return null;
  const at = reportingAt(s);
  if (at < 0) return s;
  if (!s.tokens.slice(at + 1).some((t) => t.kind === 'word')) return null;
  let cut = at - 1;
  while (cut > 0 && !CLAUSE_JOIN.has(s.tokens[cut]?.normal ?? '')) cut--;
  if (cut <= 0) return null;
  const tokens = s.tokens.slice(0, cut);
  return { ...s, tokens, negators: s.negators.filter((n) => n < cut) };
}

/** True when some token is one of `wanted` and not denied. */
function affirms(s: Sentence, wanted: ReadonlySet<string>): boolean {
  for (let i = findWord(s, wanted); i >= 0; i = findWord(s, wanted, i + 1)) if (!isDenied(s, i)) return true;
  return false;
}

// "it is a bug", not "I told them it was a bug": what one of us said to someone reports an earlier
// word, it does not confirm a defect now (and so does not undo a decision to keep it in support)
function affirmsOwn(s: Sentence, wanted: ReadonlySet<string>): boolean {
  const told = s.tokens.findIndex((t) => REPORTING.has(t.lemma) && t.pos === 'VERB');
  for (let i = findWord(s, wanted); i >= 0; i = findWord(s, wanted, i + 1))
    if ((told < 0 || i < told) && !isDenied(s, i)) return true;
  return false;
}

// what an assessment may be about as a whole: the case itself, not one piece of work in it
const WHOLE = set(
  'case issue ticket problem matter thing one bug error failure fault behaviour behavior report',
);
const SUBJECT_WORDS = set('NOUN PROPN ADJ DET NUM');

/**
 * "The statement is finance ops, not eng", "the refund is billing's, no need for engineering": the
 * clause that denies escalation is about a named piece of work (a noun phrase before its "be"
 * whose head is no word for the case), so it places that piece, not the whole case. A pronoun
 * ("this is not eng"), a word for the case ("the issue is not for eng") or no subject ("no need to
 * escalate") assesses the case.
 */
function aboutPart(s: Sentence, at: number): boolean {
  let be = at - 1;
  while (be >= 0 && s.tokens[be]?.lemma !== 'be') be--;
  if (be <= 0) return false;
  let from = be - 1;
  while (from >= 0 && !CLAUSE_JOIN.has(s.tokens[from]?.normal ?? '')) from--;
  const subject = s.tokens.slice(from + 1, be).filter((t) => t.kind === 'word');
  const head = subject.at(-1);
  return (
    head !== undefined &&
    head.pos === 'NOUN' &&
    !WHOLE.has(head.lemma) &&
    subject.every((t) => SUBJECT_WORDS.has(t.pos) && !OURS.has(t.normal))
  );
}

function deniesEscalation(s: Sentence): boolean {
  for (let i = findWord(s, ESCALATION); i >= 0; i = findWord(s, ESCALATION, i + 1))
    if (isDenied(s, i) && !aboutPart(s, i)) return true;
  return false;
}

function denies(s: Sentence, wanted: ReadonlySet<string>): boolean {
  for (let i = findWord(s, wanted); i >= 0; i = findWord(s, wanted, i + 1)) if (isDenied(s, i)) return true;
  return false;
}

// "works as designed", "by design", "expected behaviour", "intended behavior": the index of the
// phrase, or -1
function designedAt(s: Sentence): number {
  const t = s.tokens;
  return t.findIndex((k, i) => {
    const next = t[i + 1];
    const after = t[i + 2];
    if (k.lemma === 'work' && next?.normal === 'as' && after && DESIGNED.has(after.lemma))
      return !isDenied(s, i);
    if (k.normal === 'by' && next?.lemma === 'design') return !isDenied(s, i);
    return (
      (k.normal === 'expected' || k.normal === 'intended') &&
      /^behaviou?r$/.test(next?.normal ?? '') &&
      !isDenied(s, i)
    );
  });
}

function asDesigned(s: Sentence): boolean {
  return designedAt(s) >= 0;
}

// what "by design" is said of: "it works as designed", "this is by design", "the behaviour is
// expected" speak of the matter; "the override is by design ignored by the feeds" of one part of it
const THE_MATTER = set('it this that which what behaviour behavior');

/** "The override is by design ignored by the feeds": intended, said of one named part, not the whole. */
function designedPart(s: Sentence): boolean {
  const at = designedAt(s);
  for (let j = at - 1; j >= 0; j--) {
    const t = s.tokens[j] as Token;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'PRON' || THE_MATTER.has(t.lemma)) return !THE_MATTER.has(t.normal);
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  }
  return false;
}

// "their own release swapped the key", "his own admin turned it on": something the customer owns,
// the subject of what was done (a verb right after the noun), not of a state ("their own users are
// blocked")
function ownDoing(s: Sentence, t: readonly Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 3; k++) {
    const token = t[k];
    // "their own deploy script": a modifier may be read as a verb
    if (!token || !NOUN_PHRASE.has(token.pos)) return false;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
    const next = t[k + 1];
    // "their own logs show …" tells what a record says, not what their side did
    if (next?.pos === 'VERB')
      return (
        !REPORTING.has(next.lemma) && !EVIDENTIAL.has(next.lemma) && !isDenied(s, s.tokens.indexOf(next))
      );
  }
  return false;
}

// "set by their admin", "switched on by one of your users": the state was made by the customer's
// own hand (a passive with their person as the agent); "reported by their admin" tells who spoke
function doneByThem(s: Sentence): boolean {
  const t = s.tokens;
  return t.some((k, i) => {
    if (k.normal !== 'by') return false;
    // "by their admin", "by one of your users"
    let o = i + 1;
    while (o < i + 4 && PARTITIVE.has(t[o]?.normal ?? '')) o++;
    if (!OWNERS.has(t[o]?.normal ?? '')) return false;
    const agent = t.slice(o + 1, o + 3).find((a) => a.pos === 'NOUN' || a.pos === 'PROPN');
    if (!agent) return false;
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const v = t[j] as Token;
      if (v.pos === 'PUNCT') return false;
      if (v.pos === 'VERB')
        return (
          !SPEAKING.has(v.lemma) && !REPORTING.has(v.lemma) && !EVIDENTIAL.has(v.lemma) && !isDenied(s, j)
        );
    }
    return false;
  });
}

// "not ours", "nothing broke", "nothing is broken": our side says the fault is not ours
function deniesOurFault(s: Sentence): boolean {
  // "nothing broke in the deploy but logins failed": the fault goes on
  if (s.tokens.some((k) => k.normal === 'but' || k.normal === 'however')) return false;
  return s.tokens.some((k, i) => {
    // "not ours to decide" is about whose call it is
    if (k.normal === 'ours') return isDenied(s, i) && s.tokens[i + 1]?.normal !== 'to';
    const before = s.tokens[i - 1]?.normal === 'nothing' ? 1 : s.tokens[i - 2]?.normal === 'nothing' ? 2 : 0;
    return k.lemma === 'break' && before > 0;
  });
}

// "your configuration is correct", "their DNS records look fine": the customer's part checked and
// found sound rules their side out; "your config isn't correct" leaves it in
const SOUND = set('correct fine right ok okay valid good correctly properly');
const SEEM = set('be look seem');
function judgedSound(s: Sentence, part: number): boolean {
  const t = s.tokens;
  let i = part + 1;
  // "your DNS settings are correct": the rest of the noun phrase
  while (t[i]?.pos === 'NOUN' || t[i]?.pos === 'PROPN') i++;
  if (!SEEM.has(t[i]?.lemma ?? '')) return false;
  for (let j = i + 1; j < t.length && j <= i + 3; j++) {
    const k = t[j];
    if (k?.kind !== 'word') return false;
    if (SOUND.has(k.normal)) return !isDenied(s, j) && !isDenied(s, i);
    // "is all correct", "looks set up correctly", "is configured properly"
    const participle = (k.pos === 'VERB' || k.pos === 'ADJ') && looksPast(k);
    if (!participle && k.pos !== 'ADV' && k.pos !== 'ADP' && k.pos !== 'PART') return false;
  }
  return false;
}

// verbs of stopping one's own use for a while: "paused", "put on hold", "froze"
const PAUSING = set('pause suspend halt freeze hold');

// "auto-booking paused on their side", "one thing to do on your side": what is placed on their side
// is an act of theirs that gets round the fault (a pause of their own use) or is still to be done (a
// step, after "to" or a modal) — where they act, not where the cause lies
function actsThere(t: readonly Token[], owner: number): boolean {
  if (t[owner - 1]?.normal !== 'on') return false;
  let v = owner - 2;
  while (t[v]?.pos === 'ADV') v--;
  const act = t[v];
  if (act?.pos !== 'VERB') return false;
  return PAUSING.has(act.lemma) || t[v - 1]?.normal === 'to' || MODALS.has(t[v - 1]?.normal ?? '');
}
const MODALS = set("can could should must will 'll may might");

// "on their side", "customer-side", "their proxy", "your DNS": the cause sits with the customer;
// a way round they take ("they can re-run it manually", "switched to one-way sync meanwhile") is
// an act of theirs, no cause on their side
function customerSide(s: Sentence): boolean {
  const t = s.tokens.filter((k) => k.text !== '-');
  if (wayRoundCue(s) !== null) return false;
  return t.some((k, i) => {
    if (!OWNERS.has(k.normal)) return false;
    // "an issue in the firmware that stops alarms reaching your receiver": the fault is already placed
    if (faultPlacedBefore(t, i)) return false;
    const next = t[i + 1];
    const own = next?.normal === 'own';
    const skip = own ? t[i + 2] : next;
    if (!skip) return false;
    if (SIDE.has(skip.lemma) && actsThere(t, i)) return false;
    if (SIDE.has(skip.lemma) || THEIR_PART.has(skip.lemma)) {
      const at = s.tokens.indexOf(skip);
      return !isDenied(s, at) && !isDenied(s, s.tokens.indexOf(k)) && !judgedSound(s, at);
    }
    return own && ownDoing(s, t, i + 2);
  });
}

// "as described in our rate limits guide", "as explained in the help article": the behaviour told
// by the docs as they stand (a reference, "as" + a verb of telling + "in" the docs)
function asTheDocsSay(s: Sentence): boolean {
  const t = s.tokens;
  return t.some((k, i) => {
    if (k.normal !== 'as' || !TELLING.has(t[i + 1]?.normal ?? '') || t[i + 2]?.normal !== 'in') return false;
    for (let j = i + 3; j < t.length && j <= i + 7; j++) {
      const w = t[j];
      if (!w || w.kind !== 'word') return false;
      if (DOCS.has(w.lemma) || DOCS.has(w.normal)) return !isDenied(s, i);
    }
    return false;
  });
}

// "is documented", "a known limitation", "a how-to": not "I documented the steps", not "Not a how-to"
function documented(s: Sentence): boolean {
  if (asTheDocsSay(s)) return true;
  const t = s.tokens;
  const joined = t.map((k) => k.normal).join(' ');
  if (/\bhow - to\b/.test(joined)) {
    const at = t.findIndex((k, i) => k.normal === 'how' && t[i + 1]?.text === '-');
    if (!isDenied(s, at)) return true;
  }
  return t.some((k, i) => {
    if (LIMITATION.has(k.lemma)) return t[i - 1]?.normal === 'known' && !isDenied(s, i);
    if (k.normal !== 'documented') return false;
    // "I documented the steps", "we have also documented your request", "QA documented the marks",
    // "will be documented in your file", "should be documented": someone recording something or a
    // wish, not the docs as they stand
    let b = i - 1;
    while (t[b]?.pos === 'ADV') b--;
    const before = t[b];
    const object = t[i + 1]?.pos === 'DET' || t[i + 1]?.pos === 'PRON';
    const future = t.slice(Math.max(0, i - 3), i).some((c) => UNDONE.has(c.normal));
    return before?.pos !== 'PRON' && before?.lemma !== 'have' && !object && !future && !isDenied(s, i);
  });
}

// "unrelated", "not related", "not connected": the sentence speaks of another matter
function unrelated(s: Sentence): boolean {
  return s.tokens.some(
    (k, i) =>
      k.normal === 'unrelated' || (['related', 'connected', 'linked'].includes(k.normal) && isDenied(s, i)),
  );
}

// "was resolved", "Fixed in 4.8.2", "back to normal": done, not promised ("will fix") nor doubted;
// "the status page incident was resolved, not related" resolved another matter, not this one
function resolved(s: Sentence): boolean {
  if (s.conditional || unrelated(s)) return false;
  const t = s.tokens;
  const done = t.some((k, i) => {
    if (!FIXED.has(k.lemma) || !isPastForm(k)) return false;
    // a state ("was resolved", "has been fixed", "Fixed in 4.8.2"), not an act on something
    // ("pods resolved the host once at start-up")
    const before = t[i - 1];
    // "fixed-amount discounts": an adjective, not a repair
    if (t[i + 1]?.text === '-') return false;
    if (before && before.lemma !== 'be' && before.lemma !== 'have' && before.pos !== 'PUNCT') return false;
    const clause = t.slice(Math.max(0, i - 4), i);
    return !clause.some((c) => NOT_YET.has(c.normal)) && !isDenied(s, i);
  });
  const normal = t.some(
    (k, i) => k.normal === 'back' && t[i + 1]?.normal === 'to' && t[i + 2]?.normal === 'normal',
  );
  // "resolved … but customers are still delayed": the problem goes on
  return (done || normal) && !t.some((k) => ONGOING.has(k.normal));
}

/**
 * A sentence that speaks for its writer: not a question, not doubted ("might be their DNS") and not
 * someone else's reported words ("the customer says it is urgent").
 */
export function speaksForItself(s: Sentence): boolean {
  return !(s.question || doubts(s) || reportsOthers(s));
}

/** "Not a bug", "works as designed", "expected behaviour": the sentence says the behaviour is intended. */
export function deniesDefect(s: Sentence): boolean {
  return !s.question && (denies(s, DEFECT) || asDesigned(s));
}

/**
 * Like deniesDefect, but only of the matter as a whole: "not a bug", "it works as designed"; a part
 * said to be intended ("the override is by design ignored by the feeds") leaves a defect our side
 * confirmed standing.
 */
export function deniesWholeDefect(s: Sentence): boolean {
  return !s.question && (denies(s, DEFECT) || (asDesigned(s) && !designedPart(s)));
}

/**
 * "The cause is on our side", "my mistake in the build", "our update cut the feed": the sentence,
 * in its writer's own words (no question, hedge, condition or reported claim), puts the cause on our
 * side. The cause-owner rule, or null.
 */
export function readsOurFault(sentence: Sentence): string | null {
  const s = ownPart(sentence);
  if (!s || s.conditional || denies(s, DEFECT) || asDesigned(s)) return null;
  const owner = readsCauseOwner(s);
  return owner?.owner === 'ours' ? owner.rule : null;
}

/**
 * Reads one sentence written by our side. Questions, hedged sentences ("might be their DNS") and
 * someone else's reported words assess nothing. Returns null when the sentence assesses nothing.
 */
export function readAssessment(sentence: Sentence): AssessmentReading | null {
  const s = ownPart(sentence);
  if (!s) return null;
  if (deniesEscalation(s)) return { value: 'handle_in_support', rule: 'assess-no-escalation' };
  if (affirms(s, HANDLE) && affirms(s, SUPPORT))
    return { value: 'handle_in_support', rule: 'assess-handle-in-support' };
  if (denies(s, DEFECT)) return { value: 'not_a_defect', rule: 'assess-not-a-defect' };
  if (asDesigned(s))
    return {
      value: 'not_a_defect',
      rule: designedPart(s) ? 'assess-part-as-designed' : 'assess-not-a-defect',
    };
  if (s.conditional) return null;
  // "the cause is on our side", "my mistake", "our update cut …"; "the remaining breakage is theirs"
  const owner = readsCauseOwner(s);
  if (owner)
    return { value: owner.owner === 'ours' ? 'defect' : 'customer_side', rule: `assess-${owner.rule}` };
  if (
    affirmsOwn(s, DEFECT) &&
    s.tokens.some((t) => t.lemma === 'be' || t.lemma === 'confirm' || t.lemma === 'reproduce')
  )
    return { value: 'defect', rule: 'assess-defect' };
  // an instruction ("check their DNS") asks for a look, it does not place the cause; a note that
  // opens with what was done ("Checked the log: …") reports
  const [first, second] = words(s);
  const imperative = (t: Token | undefined): boolean => t?.pos === 'VERB' && t.normal === t.lemma;
  const instruction = imperative(first) || (first?.normal === 'please' && second?.pos === 'VERB');
  if (!instruction && customerSide(s)) return { value: 'customer_side', rule: 'assess-customer-side' };
  if (doneByThem(s)) return { value: 'customer_side', rule: 'assess-done-by-them' };
  if (deniesOurFault(s)) return { value: 'not_a_defect', rule: 'assess-not-our-fault' };
  if (documented(s)) return { value: 'documented', rule: 'assess-documented' };
  if (resolved(s)) return { value: 'resolved', rule: 'assess-resolved' };
  return null;
}
