/**
 * @module A decision still waiting on someone named: "needs Finance to decide …", "the refund is
 * for the VP to decide", "Marta decides at 17:00 whether …", "waiting on Legal's approval of …",
 * "needs product sign-off", "we are waiting on a decision from Legal about …". The reading is
 * readApproval's; this keeps the pending ones with a named decider that someone waits for, or that
 * a verb, a possessive or "up to" hands to someone, and asks them as a lead's question.
 */

import { analyze } from '../language/analyze.js';
import { looksPast } from '../language/tense.js';
import { textCue } from '../language/text-cue.js';
import type { Sentence, Token } from '../language/types.js';
import { opensQuestion } from './direct-question.js';
import { APPROVAL_WORDS, isRoleNoun, readApproval, trimEnd } from './read-approval.js';
import { contentWords } from './text/content-words.js';

export interface PendingDecision {
  readonly decider: string;
  /** 'approve' for approvals and sign-offs, 'decide' for choices */
  readonly act: 'approve' | 'decide';
  /** what is decided, as written (empty when the sentence does not say) */
  readonly thing: string;
  /** "at 17:00", "before Friday" (may be empty) */
  readonly deadline: string;
  /** a body decides when it sits ("the change board meets Thursday"): asked even when no thing is named */
  readonly sitting?: boolean;
}

// a sentence that cannot hold a decision word is not analysed
const MAY_DECIDE = textCue(APPROVAL_WORDS.lemmas, APPROVAL_WORDS.normals);
const PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those']);
const QUANTIFIED = new Set(['any', 'every', 'all', 'each']);
// a capital that only opened the sentence: "The board", "Their legal team"
const OPENERS = new Set(['The', 'Their', 'Our', 'Your', 'His', 'Her', 'My']);
const ARTICLED = new Set(['the', 'a', 'an', 'their', 'our', 'your', 'his', 'her', 'my', 'its', 'all', 'any']);

/** readApproval over a text that is one sentence and can hold a decision word; null otherwise. */
function approvalIn(sentence: string): ReturnType<typeof readApproval> {
  const text = sentence.trim();
  if (!MAY_DECIDE.test(text)) return null;
  const read = analyze(text).sentences;
  const s = read[0];
  return read.length === 1 && s ? readApproval(s) : null;
}

/** The pending decision a sentence speaks of, with who holds it, or null. */
export function readPendingDecision(sentence: string): PendingDecision | null {
  const d = approvalIn(sentence);
  // a standing rule ("any credit needs VP approval") waits on no one today
  if (!d || d.state !== 'pending' || !d.approver || d.rule) return null;
  // whose the decision is ("a product decision", "sent to Legal for approval") says less than who is
  // to make it, unless the sentence waits for it: "needs product sign-off", "waiting on a decision from Legal"
  if (!d.awaited && (d.by === 'modifier' || d.by === 'from' || d.by === 'recipient')) return null;
  const read = { decider: d.approver, act: d.act, thing: d.thing, deadline: d.deadline };
  return d.by === 'sitting' ? { ...read, sitting: true } : read;
}

/**
 * An approval a lead still asks about that readPendingDecision leaves out: a standing rule with
 * someone named ("any credit needs VP approval"; asked of "the credit"), or one awaited with no one
 * named ("the credit part needs approval"). The thing must be named; the decider may be ''.
 */
export function readStandingApproval(sentence: string): PendingDecision | null {
  const d = approvalIn(sentence);
  if (!d || d.state !== 'pending' || d.act !== 'approve' || !d.thing) return null;
  if (d.approver ? !d.rule : !d.awaited) return null;
  // the rule's "any credit" is this case's "the credit"
  const [first = '', ...rest] = d.thing.split(' ');
  const thing = QUANTIFIED.has(first.toLowerCase()) ? ['the', ...rest].join(' ') : d.thing;
  if (PRONOUNS.has(thing.toLowerCase()) || opensQuestion(thing)) return null;
  return { decider: d.approver, act: d.act, thing, deadline: d.deadline };
}

// "Rollout" opens the question's object in lower case; "VP CS" and "EU" keep theirs
const lower = (s: string): string =>
  s.charAt(1) === s.charAt(1).toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/**
 * Whether an approval's object reads as a noun phrase: no verb in it except one that modifies the
 * noun after it ("written approval", "the signed order form") or follows a determiner ("the revert"). "her deputy says an uplift" or "the
 * rule … reviewed by them" is a clause the reading ran into, and a question built on it is garbled.
 */
export function readsAsNounPhrase(thing: string): boolean {
  const tokens = analyze(thing).sentences.flatMap((s) => s.tokens);
  return tokens.every((t, k) => {
    if (t.pos !== 'VERB' && t.pos !== 'AUX') return true;
    // after a determiner it is the noun the tagger misread ("the revert"); after "or" an
    // alternative ("rollback or fix forward")
    const prev = tokens[k - 1]?.pos ?? '';
    const next = tokens[k + 1]?.pos ?? '';
    // "the seat upgrade", "the firmware push": a noun phrase's last word after a noun is its head
    const head =
      t.pos === 'VERB' &&
      k === tokens.length - 1 &&
      prev === 'NOUN' &&
      tokens.slice(0, k).some((x) => x.pos === 'DET');
    return (
      head || prev === 'DET' || prev === 'CCONJ' || next === 'NOUN' || next === 'PROPN' || next === 'ADJ'
    );
  });
}

const CHUNK = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

// a hyphen written inside a word ("one-off", "follow-up"): it touches the words on both sides, which
// the tagger splits and may tag as anything ("off" as a preposition); the compound stays one modifier
const joinedHyphen = (tokens: readonly Token[], j: number): boolean => {
  const [before, dash, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return (
    !!before &&
    !!dash &&
    !!after &&
    dash.text === '-' &&
    before.end === dash.start &&
    dash.end === after.start &&
    after.kind === 'word'
  );
};
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The noun phrase an approval's "it" stands for when the same sentence names it before its decider:
 * "the plan allows a one-off increase but only the VP can approve it" → "a one-off increase". The
 * last run that opens on a/an/the and ends on a noun, before the decider's head word; '' when none.
 */
export function antecedentBefore(sentence: string, decider: string): string {
  const tokens = analyze(sentence).sentences.flatMap((s) => s.tokens);
  const head = decider.split(' ').at(-1)?.toLowerCase() ?? '';
  const end = tokens.findIndex((t) => t.normal === head);
  // only an approval of a pronoun after the decider ("can approve it") stands for a phrase before
  if (end <= 0 || !tokens.slice(end + 1).some((t) => PRONOUNS.has(t.normal))) return '';
  let best = '';
  for (let k = 0; k < end; k++) {
    if (tokens[k]?.pos !== 'DET' || !ARTICLES.has(tokens[k]?.normal ?? '')) continue;
    let j = k + 1;
    while (j < end && (CHUNK.has(tokens[j]?.pos ?? '') || joinedHyphen(tokens, j)))
      j += joinedHyphen(tokens, j) ? 2 : 1;
    const last = tokens[j - 1];
    const first = tokens[k];
    if (
      j > k + 1 &&
      j <= end &&
      first &&
      last &&
      (last.pos === 'NOUN' || last.pos === 'PROPN') &&
      !contentWords(decider).includes(last.normal)
    )
      // as written, so a compound keeps its hyphen ("a one-off increase")
      best = sentence.slice(first.start, last.end);
  }
  return best;
}

/**
 * The decider as a question names it: "The change board" in lower case, a role named without its
 * article given one ("release board" → "the release board"), a name or a function as written.
 */
function deciderInQuestion(decider: string): string {
  const [first = '', ...rest] = decider.split(' ');
  if (rest.length > 0 && OPENERS.has(first)) return [first.toLowerCase(), ...rest].join(' ');
  const last = rest.at(-1) ?? first;
  const bare = first === first.toLowerCase() && !ARTICLED.has(first);
  return bare && rest.length > 0 && isRoleNoun(last) ? `the ${decider}` : decider;
}

/** The question a lead asks: "Will Finance approve the refund before Friday?"; null when nothing names the thing. */
export function decisionQuestion(d: PendingDecision, context = ''): string | null {
  const thing = d.thing || trimEnd(context);
  const decider = deciderInQuestion(d.decider);
  // "the change board meets Thursday": what it sits on may be named nowhere, when it sits is
  const sits = d.sitting && d.deadline ? ` when it meets ${d.deadline}` : '';
  if (!thing && sits) return `What will ${decider} approve${sits}?`;
  // "decides that": the pronoun names nothing a reader of the list can see
  if (!thing || PRONOUNS.has(thing.toLowerCase())) return null;
  // an approval's object is a thing; a choice may be a clause ("decide whether …")
  if (d.act === 'approve' && !readsAsNounPhrase(thing)) return null;
  const when = sits || (d.deadline ? ` ${d.deadline}` : '');
  // "decide the refund" reads as "decide on the refund"; "decide whether …" needs nothing
  const on =
    d.act === 'decide' && !opensQuestion(thing) && !thing.toLowerCase().startsWith('to ') ? 'on ' : '';
  return `Will ${decider} ${d.act} ${on}${lower(thing)}${when}?`;
}

// a past "approved", "decided": the decision is made
const MADE = new Set(['approve', 'decide', 'sign', 'reject', 'decline', 'agree', 'choose', 'confirm']);

/**
 * True when `s` records the decision: a past "approved"/"decided", not denied and not asked, that
 * names a word of the decider or the thing; "until the revert is approved by X" still waits.
 */
export function recordsDecision(s: Sentence, d: PendingDecision): boolean {
  if (s.question) return false;
  const made = s.tokens.some((t) => MADE.has(t.lemma || t.normal) && looksPast(t) && !t.negated);
  const read = readApproval(s);
  // "the CAB gave its OK", "we got the green light from Legal": a decision held
  if (!made && read?.state !== 'given') return false;
  const words = new Set([...contentWords(d.decider), ...contentWords(d.thing)]);
  return contentWords(s.text).some((w) => words.has(w)) && read?.state !== 'pending';
}
